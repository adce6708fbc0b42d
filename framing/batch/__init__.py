"""Batch scoring at scale: streaming partitions, a resumable DuckDB store, local or Dask workers.

    >>> from framing.batch import run_batch                                # doctest: +SKIP
    >>> result = run_batch(["articles.jsonl"], db="scores.duckdb", jobs=2)  # doctest: +SKIP

See :func:`run_batch` and, for the tables, :mod:`framing.batch.store`.
"""

from framing.batch.run import DEFAULT_BATCH_SIZE, BatchResult, Progress, run_batch
from framing.batch.store import TABLES, Store

__all__ = ["DEFAULT_BATCH_SIZE", "TABLES", "BatchResult", "Progress", "Store", "run_batch"]
