"""Peak memory of a batch run over 10k and 100k synthetic articles: is it bounded by the batch size?

For each ``--n``, writes that many synthetic articles (benchmarks/synthetic.py: invented, varied, ~1,000
words each) to a JSONL file, then runs ``framing score FILE --db STORE --jobs J`` (via ``run_batch``)
in a fresh Python process and reports that process's peak RSS (the client: reading, partitioning,
the DuckDB store) and the largest peak RSS any worker reported. With ``--jobs 1`` the client scores
the articles itself. Memory is bounded when the peaks stay flat as ``--n`` grows.

    python benchmarks/memory.py --n 10000 100000 --jobs 2
    python benchmarks/memory.py --n 2000 20000 --measures words,sentiment   # a quicker check
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = """
import json, resource, sys, time
from framing.batch import run_batch
args = json.loads(sys.argv[1])
start = time.perf_counter()
result = run_batch([args["corpus"]], db=args["db"], jobs=args["jobs"], batch_size=args["batch_size"],
                   measures=args["measures"])
print(json.dumps({"scored": result.scored, "rejected": result.rejected, "seconds": time.perf_counter() - start,
                  "client_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_mb": result.worker_peak_rss_mb}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[10000, 100000], help="corpus sizes (default 10000 100000)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--batch-size", type=int, default=200, help="articles per batch (default 200)")
    parser.add_argument("--measures", default=None, help="comma-separated measures (default: all)")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from synthetic import write_corpus

    measures = args.measures.split(",") if args.measures else None
    rows = []
    for n in args.n:
        with tempfile.TemporaryDirectory(prefix="framing-memory-") as tmp:
            corpus = Path(tmp) / "corpus.jsonl"
            size = write_corpus(corpus, n)
            spec = {"corpus": str(corpus), "db": str(Path(tmp) / "store.duckdb"), "jobs": args.jobs,
                    "batch_size": args.batch_size, "measures": measures}
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(spec)], capture_output=True, text=True)
            if done.returncode != 0:
                sys.exit(f"run failed for n={n}:\n{done.stderr}")
            result = json.loads(done.stdout.strip().splitlines()[-1])
            store_mb = (Path(tmp) / "store.duckdb").stat().st_size / 1e6
        rows.append((n, result))
        print(f"n={n:,}: corpus {size / 1e6:.0f} MB, store {store_mb:.0f} MB; scored {result['scored']:,} "
              f"(rejected {result['rejected']}) in {result['seconds']:.0f} s "
              f"({result['scored'] / result['seconds']:.1f} articles/s, {time.perf_counter() - start:.0f} s with start-up); "
              f"peak RSS client {result['client_mb']:.0f} MB, largest worker {result['worker_mb']:.0f} MB", flush=True)
    if len(rows) >= 2:
        (n0, a), (n1, b) = rows[0], rows[-1]
        for key, label in (("client_mb", "client"), ("worker_mb", "worker")):
            if a[key]:
                print(f"{label} peak RSS change {n0:,} → {n1:,}: {100 * (b[key] - a[key]) / a[key]:+.1f}%")
    print(f"measures: {args.measures or 'all'}; --jobs {args.jobs}; batch size {args.batch_size}; "
          f"python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
