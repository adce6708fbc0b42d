"""What a worker runs: read a partition, score a batch of articles.

Both are plain module-level functions of picklable arguments, so the same code runs in the client
(``--jobs 1``), in local worker processes (``--jobs N``) and on Dask workers (``--engine dask``).
"""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from framing.batch.partitions import Partition, read_partition
from framing.batch.store import TABLES, to_store_frame
from framing.io.read import Fields
from framing.types import Article, Rejection

__all__ = ["CHUNK", "Scored", "read_task", "release_memory", "score_task"]


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


#: Articles scored at a time inside one batch. The batch's tables are built chunk by chunk, so a
#: worker holds one chunk's Python row objects at a time, not the whole batch's (benchmarks/memory.py).
CHUNK = 25


def score_task(
    articles: Sequence[tuple[Article, str]],
    measures: Sequence[str] | None,
    options: Mapping[str, Mapping[str, Any]] | None,
    profile: str,
    run_id: int,
    *,
    chunk: int = CHUNK,
) -> Scored:
    """Score ``(article, content_hash)`` pairs with :func:`framing.score` and key the article rows.

    The articles are scored ``chunk`` at a time and each chunk's tables are encoded for the store at
    once (:func:`~framing.batch.store.to_store_frame`): the rows are the same as one ``score`` call's,
    but the row dicts and list/dict cells of a whole batch are never alive together.
    """
    from framing.score import score

    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES}
    rejected: list[Rejection] = []
    n_words = 0
    for i in range(0, max(len(articles), 1), chunk):
        scores = score([a for a, _ in articles[i : i + chunk]], measures=measures, options=options)
        for name in TABLES:
            parts[name].append(to_store_frame(getattr(scores, name)))
        rejected.extend(Rejection(r["path"], r["reason"], r["line"]) for r in scores.rejected)
        n_words += int(scores.articles["n_words"].sum())
        del scores
    tables = {name: _concat(frames) for name, frames in parts.items()}
    del parts
    hashes = {a.article_id: h for a, h in articles}
    arts = tables["articles"]
    arts["content_hash"] = pd.array([hashes[i] for i in arts["article_id"]], dtype="string")
    arts["profile"] = pd.array([profile] * len(arts), dtype="string")
    arts["run_id"] = pd.array([run_id] * len(arts), dtype="int64")
    release_memory()
    return Scored(tables, rejected, n_words, _peak_rss_mb())


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Frames of one schema stacked with a fresh index (one frame is returned as it is)."""
    if len(frames) == 1:
        return frames[0]
    return pd.concat(frames, ignore_index=True)


def release_memory() -> None:
    """Hand the heap memory Python has freed back to the operating system (glibc's ``malloc_trim``).

    A long run allocates and frees a batch's worth of small objects over and over; without a trim,
    glibc keeps the freed pages and the process's resident size creeps up with the number of batches.
    A no-op where the C library has no ``malloc_trim`` (macOS, musl).
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Any:
    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None


def _peak_rss_mb() -> float:
    """Peak resident memory of this (worker) process so far, in MB (Linux reports KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
