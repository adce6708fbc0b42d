"""Repetition and exaggeration flags on the SemEval-2020 propaganda corpus (../shared/data/ptc).

Each article file is scored by framing's own pipeline (segmentation, keywords over the whole
article, lexicons), with only the ``repetition`` and ``exaggeration`` measures. A gold sentence is one
line of the file; it is positive when it overlaps a span of the technique (``spans.tsv``: article_id,
technique, start, end). A line is predicted positive when a framing sentence overlapping it is
flagged. Prints precision, recall and F1 of the positive class for:

  * ``repetition_flag`` against ``Repetition``;
  * ``exaggeration_flag`` against ``Exaggeration,Minimisation``.

    python benchmarks/ptc_emphasis.py [--limit N]
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict

import numpy as np
import pandas as pd

from framing import score
from framing.types import Article
from ptc import prf
from shared_data import require

TASKS = {"repetition_flag": "Repetition", "exaggeration_flag": "Exaggeration,Minimisation"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    args = parser.parse_args()
    root = require("data", "ptc")
    spans = pd.read_csv(root / "spans.tsv", sep="\t")
    gold: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for row in spans.itertuples():
        gold[row.technique][str(row.article_id)].append((row.start, row.end))
    paths = sorted((root / "articles").glob("article*.txt"))[: args.limit]
    articles = [
        Article(text=p.read_text(encoding="utf-8"), article_id=p.stem.removeprefix("article"), source="ptc")
        for p in paths
    ]
    start = time.perf_counter()
    scores = score(articles, measures=[name.removesuffix("_flag") for name in TASKS])
    seconds = time.perf_counter() - start
    by_article = {a: t for a, t in scores.sentences.groupby("article_id")}
    y = {name: [] for name in TASKS}
    pred = {name: [] for name in TASKS}
    n_lines = 0
    for article in articles:
        table = by_article.get(article.article_id)
        offset = 0
        for line in article.text.split("\n"):
            lo, hi = offset, offset + len(line)
            offset = hi + 1
            if not line.strip():
                continue
            n_lines += 1
            for name, technique in TASKS.items():
                y[name].append(any(s < hi and e > lo for s, e in gold[technique][article.article_id]))
                hit = False
                if table is not None:
                    over = table[(table["start"] < hi) & (table["end"] > lo)]
                    hit = bool(over[name].fillna(False).astype(bool).any())
                pred[name].append(hit)
    print(f"PTC: {len(articles)} articles, {n_lines} sentences (lines), scored in {seconds:.1f} s")
    for name, technique in TASKS.items():
        print(f"{name:18s} vs {technique:26s} {prf(np.array(y[name]), np.array(pred[name]))}")


if __name__ == "__main__":
    main()
