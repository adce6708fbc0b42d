"""Cutting the inputs of a batch run into partitions that a worker can read on its own.

A partition is a small, picklable description of at most ``size`` articles:

* :class:`FilesPartition`: a list of one-article files (``.txt``, ``.md``, ``.html`` …).
* :class:`JsonlPartition`: a byte range of an uncompressed ``.jsonl`` file, cut at line ends, with the
  line number it starts at (so rejections name the right line).
* :class:`RecordsPartition`: the articles themselves, for inputs that cannot be read from the middle
  (``.jsonl.gz``, ``.csv``, ``.parquet``, :class:`~framing.types.Article` objects, DataFrames); the
  client reads these as a stream and ships them in batches.

:func:`plan` yields partitions lazily, in input order, so a run over millions of articles holds only
the partitions in flight. :func:`read_partition` is what a worker runs: it reads its partition and
returns the articles and the rejections, in order. On a Dask cluster the paths must be visible to the
workers (a shared or network file system).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from framing.io.read import (
    DEFAULT_MAX_BYTES,
    JSONL_SUFFIXES,
    Fields,
    file_suffix,
    list_inputs,
    read_dataframe,
    read_file,
    read_jsonl_lines,
)
from framing.types import Article, Rejection

__all__ = [
    "FilesPartition",
    "JsonlPartition",
    "Partition",
    "RecordsPartition",
    "count_articles",
    "plan",
    "read_partition",
]

_SEEKABLE_JSONL = tuple(s for s in JSONL_SUFFIXES if not s.endswith(".gz"))
_RECORD_FILES = (*JSONL_SUFFIXES, ".csv", ".parquet")


@dataclass(frozen=True)
class FilesPartition:
    """One-article files, read by the worker."""

    paths: tuple[str, ...]


@dataclass(frozen=True)
class JsonlPartition:
    """Lines ``[start, end)`` (byte offsets) of a JSONL file; ``first_line`` is the 1-based number of
    the line at ``start``."""

    path: str
    start: int
    end: int
    first_line: int


@dataclass(frozen=True)
class RecordsPartition:
    """Articles (and rejections) already read by the client."""

    items: tuple[Article | Rejection, ...]


Partition = FilesPartition | JsonlPartition | RecordsPartition


@dataclass
class Planned:
    """What :func:`plan` found besides the partitions: the files it read and those it skipped."""

    files: list[Path]
    skipped: list[Path]


def _jsonl_ranges(path: Path, size: int) -> Iterator[JsonlPartition]:
    """Cut a JSONL file into ranges of ``size`` non-blank lines, reading it once as bytes."""
    start = offset = 0
    first_line = line_no = 1
    records = 0
    with path.open("rb") as fh:
        for raw in fh:
            line_no += 1
            offset += len(raw)
            if raw.strip():
                records += 1
            if records == size:
                yield JsonlPartition(str(path), start, offset, first_line)
                start, first_line, records = offset, line_no, 0
    if records:
        yield JsonlPartition(str(path), start, offset, first_line)


def _chunks(items: Iterable[Article | Rejection], size: int) -> Iterator[RecordsPartition]:
    batch: list[Article | Rejection] = []
    n_articles = 0
    for item in items:
        batch.append(item)
        n_articles += isinstance(item, Article)
        if n_articles == size:
            yield RecordsPartition(tuple(batch))
            batch, n_articles = [], 0
    if batch:
        yield RecordsPartition(tuple(batch))


def plan(
    inputs: Iterable[str | os.PathLike[str] | Article] | pd.DataFrame,
    *,
    size: int,
    fields: Fields = Fields(),
    max_bytes: int = DEFAULT_MAX_BYTES,
    planned: Planned | None = None,
) -> Iterator[Partition]:
    """Yield partitions of at most ``size`` articles covering ``inputs`` in order.

    Args:
        inputs: Paths (files or directories), :class:`~framing.types.Article` objects, or a DataFrame.
        size: Articles per partition (the batch size).
        fields: Record field names (JSONL, CSV, Parquet, DataFrame).
        max_bytes: Per-article size limit (applied where the client reads the records itself).
        planned: If given, filled with the files found and the files skipped.
    """
    if size < 1:
        raise ValueError("partition size must be at least 1")
    planned = planned if planned is not None else Planned([], [])
    if isinstance(inputs, pd.DataFrame):
        yield from _chunks(read_dataframe(inputs, fields=fields, max_bytes=max_bytes), size)
        return
    articles: list[Article] = []
    files: list[str] = []
    for item in inputs:
        if isinstance(item, Article):
            articles.append(item)
            continue
        found, skipped = list_inputs([item])
        planned.files.extend(found)
        planned.skipped.extend(skipped)
        for path in found:
            suffix = file_suffix(path)
            if suffix in _RECORD_FILES or not path.is_file():
                if files:  # keep input order
                    yield FilesPartition(tuple(files))
                    files = []
                if suffix in _SEEKABLE_JSONL and path.is_file():
                    yield from _jsonl_ranges(path, size)
                else:  # read by the client as a stream (or rejected: missing, unreadable)
                    yield from _chunks(read_file(path, fields=fields, max_bytes=max_bytes), size)
            else:
                files.append(str(path))
                if len(files) == size:
                    yield FilesPartition(tuple(files))
                    files = []
    if files:
        yield FilesPartition(tuple(files))
    if articles:
        yield from _chunks(articles, size)


def read_partition(
    partition: Partition, *, fields: Fields = Fields(), max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Article | Rejection]:
    """Read one partition: its articles and rejections, in input order (runs on a worker)."""
    if isinstance(partition, RecordsPartition):
        return list(partition.items)
    if isinstance(partition, FilesPartition):
        return [item for path in partition.paths for item in read_file(path, fields=fields, max_bytes=max_bytes)]
    path = Path(partition.path)
    with path.open("rb") as fh:
        fh.seek(partition.start)
        data = fh.read(partition.end - partition.start)
    lines = data.splitlines(keepends=True)
    return list(read_jsonl_lines(lines, path, fields, max_bytes, partition.first_line))


def count_articles(inputs: Iterable[str | os.PathLike[str] | Article] | pd.DataFrame, *, fields: Fields = Fields()) -> int | None:
    """The number of records in ``inputs`` when it is cheap to know (files, JSONL lines, Parquet
    metadata), else None (CSV and gzip'd JSONL would need a full read). Used for the progress bar."""
    if isinstance(inputs, pd.DataFrame):
        return len(inputs)
    total = 0
    for item in inputs:
        if isinstance(item, Article):
            total += 1
            continue
        found, _ = list_inputs([item])
        for path in found:
            suffix = file_suffix(path)
            if suffix in _SEEKABLE_JSONL:
                with path.open("rb") as fh:
                    total += sum(1 for raw in fh if raw.strip())
            elif suffix == ".parquet":
                import pyarrow.parquet as pq

                try:
                    total += pq.ParquetFile(path).metadata.num_rows
                except Exception:  # an unreadable file is rejected when it is read
                    total += 0
            elif suffix in JSONL_SUFFIXES or suffix == ".csv":
                return None
            else:
                total += 1
    return total
