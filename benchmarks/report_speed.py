"""Wall time of ``framing report`` on N articles, end to end (a fresh process, as a user runs it).

Builds a JSONL of ``--n`` articles from the seed articles (../shared/corpus/seeds) repeated, or the
embedded demo corpus when ../shared is absent. Each copy is its own source — the worst case for the
report (N columns in the coverage matrix, N·(N−1)/2 pairwise bootstrap differences per measure) — and
times the command with and without ``--pdf``.

    python benchmarks/report_speed.py           # 50 articles
    python benchmarks/report_speed.py --n 20
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from throughput import base_articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50, help="articles in the report")
    args = parser.parse_args()
    corpus, base = base_articles()
    framing_cli = Path(sys.executable).with_name("framing")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(args.n):
                a = base[i % len(base)]
                fh.write(json.dumps({"id": f"a{i:03d}", "source": f"{a.source} #{i // len(base)}",
                                     "title": a.title, "text": a.text}) + "\n")
        words = sum(len(base[i % len(base)].text.split()) for i in range(args.n))
        for label, extra in (("html", []), ("html+pdf", ["--pdf", str(Path(tmp) / "r.pdf")])):
            start = time.perf_counter()
            subprocess.run([str(framing_cli), "report", str(path), "-o", str(Path(tmp) / "r.html"), *extra],
                           check=True, capture_output=True)
            seconds = time.perf_counter() - start
            size = (Path(tmp) / "r.html").stat().st_size
            print(f"framing report, {args.n} articles from {corpus} ({words:,} words), {label}: {seconds:.1f} s "
                  f"(HTML {size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
