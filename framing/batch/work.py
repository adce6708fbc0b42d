"""What a worker runs: read a partition, score a batch of articles.

Both are plain module-level functions of picklable arguments, so the same code runs in the client
(``--jobs 1``), in local worker processes (``--jobs N``) and on Dask workers (``--engine dask``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from framing.batch.partitions import Partition, read_partition
from framing.batch.store import TABLES, to_store_frame
from framing.io.read import Fields
from framing.types import Article, Rejection

__all__ = ["Scored", "read_task", "score_task"]


@dataclass
class Scored:
    """A scored batch, ready for the store: one frame per score table (JSON columns encoded), the
    articles that failed to score, their word count, and the worker's peak memory so far."""

    tables: dict[str, pd.DataFrame]
    rejected: list[Rejection] = field(default_factory=list)
    n_words: int = 0
    peak_rss_mb: float = 0.0


def read_task(partition: Partition, fields: Fields, max_bytes: int) -> list[Article | Rejection]:
    """Read one partition (see :func:`framing.batch.partitions.read_partition`)."""
    return read_partition(partition, fields=fields, max_bytes=max_bytes)


def score_task(
    articles: Sequence[tuple[Article, str]],
    measures: Sequence[str] | None,
    options: Mapping[str, Mapping[str, Any]] | None,
    profile: str,
    run_id: int,
) -> Scored:
    """Score ``(article, content_hash)`` pairs with :func:`framing.score` and key the article rows."""
    from framing.score import score

    scores = score([a for a, _ in articles], measures=measures, options=options)
    hashes = {a.article_id: h for a, h in articles}
    tables = {name: to_store_frame(getattr(scores, name)) for name in TABLES}
    arts = tables["articles"]
    arts["content_hash"] = pd.array([hashes[i] for i in arts["article_id"]], dtype="string")
    arts["profile"] = pd.array([profile] * len(arts), dtype="string")
    arts["run_id"] = pd.array([run_id] * len(arts), dtype="int64")
    rejected = [Rejection(r["path"], r["reason"], r["line"]) for r in scores.rejected]
    return Scored(tables, rejected, int(scores.articles["n_words"].sum()), _peak_rss_mb())


def _peak_rss_mb() -> float:
    """Peak resident memory of this (worker) process so far, in MB (Linux reports KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
