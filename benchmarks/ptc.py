"""Loaded language on the SemEval-2020 propaganda corpus (../shared/data/ptc): sentence-level F1.

A sentence (one line of an article file) is gold-positive when it overlaps a ``Loaded_Language`` span
(``spans.tsv``: article_id, technique, start, end, character offsets into the article file). Prints
precision, recall and F1 of the positive class for framing's definitions of a loaded sentence:

  * classifier: the shipped model's ``loaded_prob`` ≥ 0.5 (what ``loaded_share`` counts);
  * lexicon: at least one non-negated lexicon term (what ``loaded_n`` counts);
  * lexicon (strong): at least one non-negated strength-2 term;
  * counted terms: at least one term framing counts (strong, or weak in a sentence with
    loaded_prob ≥ 0.5), i.e. ``loaded_n > 0`` without scare quotes.

A secondary figure uses as gold any span of the techniques framing's "loaded wording" covers
(Loaded_Language, Name_Calling/Labeling, Exaggeration/Minimisation, Doubt): PTC files much loaded
wording under those labels, so the Loaded_Language-only gold counts it as false positives.

    python benchmarks/ptc.py
"""

from __future__ import annotations

import time
from collections import defaultdict

import numpy as np
import pandas as pd

from framing.classify.model import load_model
from framing.lexicons import load_lexicon
from shared_data import require


#: PTC techniques that framing's notion of loaded wording covers (for the secondary "family" figure).
LOADED_FAMILY = ("Loaded_Language", "Name_Calling,Labeling", "Exaggeration,Minimisation", "Doubt")


def sentences() -> pd.DataFrame:
    """One row per non-empty line: ``y`` (overlaps Loaded_Language) and ``y_family`` (overlaps any of
    :data:`LOADED_FAMILY`)."""
    root = require("data", "ptc")
    spans = pd.read_csv(root / "spans.tsv", sep="\t")
    loaded = defaultdict(list)
    family = defaultdict(list)
    for row in spans.itertuples():
        if row.technique == "Loaded_Language":
            loaded[str(row.article_id)].append((row.start, row.end))
        if row.technique in LOADED_FAMILY:
            family[str(row.article_id)].append((row.start, row.end))
    rows = []
    for path in sorted((root / "articles").glob("article*.txt")):
        article = path.stem.removeprefix("article")
        text = path.read_text(encoding="utf-8")
        offset = 0
        for line in text.split("\n"):
            start, end = offset, offset + len(line)
            offset = end + 1
            if not line.strip():
                continue
            gold = any(s < end and e > start for s, e in loaded[article])
            wider = any(s < end and e > start for s, e in family[article])
            rows.append({"article": article, "text": line, "y": int(gold), "y_family": int(wider)})
    return pd.DataFrame(rows)


def prf(y: np.ndarray, pred: np.ndarray) -> str:
    tp = int((y & pred).sum())
    p = tp / pred.sum() if pred.sum() else 0.0
    r = tp / y.sum() if y.sum() else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"F1 {f:.3f}  P {p:.3f}  R {r:.3f}"


def main() -> None:
    table = sentences()
    y = table["y"].to_numpy().astype(bool)
    start = time.perf_counter()
    prob = load_model().predict_proba(table["text"].tolist())
    lexicon = load_lexicon()
    matches = [[m for m in lexicon.match(t) if not m.negated] for t in table["text"]]
    print(f"PTC: {table['article'].nunique()} articles, {len(table)} sentences, {int(y.sum())} with Loaded_Language "
          f"({y.mean():.1%}); scored in {time.perf_counter() - start:.1f} s")
    print(f"classifier (loaded_prob ≥ 0.5):   {prf(y, prob >= 0.5)}")
    print(f"lexicon (any term):              {prf(y, np.array([bool(m) for m in matches]))}")
    print(f"lexicon (strength-2 term):       {prf(y, np.array([any(x.entry.strength == 2 for x in m) for m in matches]))}")
    counted = np.array([any(x.entry.strength == 2 or p >= 0.5 for x in m) for m, p in zip(matches, prob, strict=True)])
    print(f"counted terms (loaded_n > 0):    {prf(y, counted)}")
    yf = table["y_family"].to_numpy().astype(bool)
    print(f"secondary — gold = any of {', '.join(LOADED_FAMILY)} ({yf.mean():.1%} of sentences):")
    print(f"  classifier (loaded_prob ≥ 0.5): {prf(yf, prob >= 0.5)}")
    print(f"  lexicon (any term):            {prf(yf, np.array([bool(m) for m in matches]))}")


if __name__ == "__main__":
    main()
