"""A batch run: stream the inputs in partitions, skip what the store already has, score the rest on an
engine, commit each batch to the DuckDB store.

The client plans partitions lazily (:mod:`framing.batch.partitions`) and keeps at most ``window``
partitions being read and ``window`` batches being scored, so memory is bounded by the batch size, not
the corpus. Reading and scoring run on the engine (:mod:`framing.batch.engines`); the client decides
what to score (ids already seen in this run are duplicates, tracked in the store, not in memory; stored articles with the same content hash
and scoring profile are skipped) and writes each scored batch in one transaction
(:class:`~framing.batch.store.Store`). Batches are committed in input order.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from framing import __version__
from framing.batch.engines import open_executor
from framing.batch.partitions import Planned, count_articles, plan
from framing.batch.profile import content_hash, scoring_profile
from framing.batch.store import DEFAULT_DB_MEMORY, TABLES, Store
from framing.batch.work import Scored, read_task, release_memory, score_task
from framing.io.read import DEFAULT_MAX_BYTES, Fields, duplicate
from framing.score import score, select_measures
from framing.types import Article, Rejection

__all__ = ["DEFAULT_BATCH_SIZE", "BatchResult", "Progress", "run_batch"]

DEFAULT_BATCH_SIZE = 200
#: Rejections kept in :attr:`BatchResult.rejected` (all of them are in the store's ``rejected`` table).
MAX_REJECTIONS_KEPT = 1000


@dataclass
class Progress:
    """Counters after each committed batch (passed to the ``progress`` callback)."""

    total: int | None
    read: int = 0
    scored: int = 0
    skipped: int = 0
    rejected: int = 0
    words: int = 0
    started: float = field(default_factory=time.perf_counter)

    @property
    def done(self) -> int:
        """Inputs dealt with: scored, skipped or rejected."""
        return self.scored + self.skipped + self.rejected

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started


@dataclass
class BatchResult:
    """What a run did. The scores themselves are in the store."""

    db: Path
    run_id: int
    profile: str
    scored: int
    skipped: int
    rejected: int
    sentences: int
    words: int
    seconds: float
    rejections: list[dict[str, Any]]
    skipped_files: list[str]
    exported: list[Path] = field(default_factory=list)
    worker_peak_rss_mb: float = 0.0


def _rejection_row(r: Rejection) -> tuple[str, int | None, str]:
    return (r.path, r.line, r.reason)


def run_batch(
    inputs: Iterable[str | os.PathLike[str] | Article] | pd.DataFrame,
    *,
    db: str | os.PathLike[str],
    out: str | os.PathLike[str] | None = None,
    measures: Sequence[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    fields: Fields = Fields(),
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = DEFAULT_BATCH_SIZE,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    window: int | None = None,
    progress: Callable[[Progress], None] | None = None,
    command: Sequence[str] | None = None,
    db_memory: str = DEFAULT_DB_MEMORY,
) -> BatchResult:
    """Score ``inputs`` into the DuckDB store ``db``, resumably; optionally export Parquet to ``out``.

    Args:
        inputs: Paths (files or directories: .txt .md .html .jsonl[.gz] .csv .parquet), articles, or a
            DataFrame.
        db: The DuckDB file (created if missing).
        out: If given, the score tables are exported to ``out/<table>/part-*.parquet`` at the end.
        measures: Measures to run (default all).
        options: Per-measure options.
        fields: Record field names.
        max_bytes: Articles larger than this are rejected.
        batch_size: Articles per partition and per transaction.
        jobs: Worker processes (``local``) or local Dask workers (``dask`` without ``scheduler``).
        engine: ``local`` or ``dask``.
        scheduler: Dask scheduler address.
        window: Partitions in flight per stage (default ``2 * jobs``).
        progress: Called with :class:`Progress` after each committed batch.
        command: The command line, recorded in the ``runs`` table.
        db_memory: DuckDB's memory limit in the client (see :class:`~framing.batch.store.Store`); raise
            it if a very large store fails a checkpoint ("could not allocate block").

    Returns:
        :class:`BatchResult`. Bad inputs never raise: they are counted and stored in ``rejected``.
    """
    chosen = select_measures(measures)
    names = [m.name for m in chosen]
    profile, spec = scoring_profile(chosen, options)
    if not isinstance(inputs, pd.DataFrame):
        inputs = list(inputs)
    counters = Progress(total=count_articles(inputs, fields=fields))
    window = window or max(2, 2 * jobs)
    planned = Planned([], [])
    templates = score([], measures=names)  # empty tables with the run's schema
    rejections: list[dict[str, Any]] = []

    def keep(rows: Iterable[tuple[str, int | None, str]]) -> None:
        for path, line, reason in rows:
            if len(rejections) < MAX_REJECTIONS_KEPT:
                rejections.append({"path": path, "line": line, "reason": reason})

    with Store(db, memory_limit=db_memory) as store:
        store.ensure_tables({name: getattr(templates, name) for name in TABLES})
        run_id = store.begin_run(framing_version=__version__, profile=profile, profile_spec=spec, command=command)
        started = time.perf_counter()
        sentences = 0
        peak = [0.0]  # the largest worker peak RSS reported so far

        def triage(items: list[Article | Rejection]) -> tuple[list[tuple[Article, str]], list[str], list[Rejection], int]:
            fresh = []
            rejected: list[Rejection] = []
            claimed = store.claim([item.article_id for item in items if isinstance(item, Article)])
            for item in items:
                if isinstance(item, Rejection):
                    rejected.append(item)
                elif item.article_id in claimed:
                    rejected.append(duplicate(item, "seen earlier in this run"))
                else:
                    claimed.add(item.article_id)  # a later copy in the same batch is a duplicate
                    fresh.append((item, content_hash(item)))
            known = store.known([a.article_id for a, _ in fresh])
            todo = [(a, h) for a, h in fresh if known.get(a.article_id) != (h, profile)]
            stale = [a.article_id for a, _ in todo if a.article_id in known]  # stored, to be replaced
            return todo, stale, rejected, len(fresh) - len(todo)

        def commit(scored: Scored | None, stale: list[str], rejected: list[Rejection], n_read: int,
                   n_skipped: int) -> None:
            nonlocal sentences
            tables = scored.tables if scored is not None else {}
            all_rejected = [_rejection_row(r) for r in rejected + (scored.rejected if scored else [])]
            n_scored = len(tables["articles"]) if tables else 0
            n_sent = len(tables["sentences"]) if tables else 0
            store.write_batch(run_id, tables, replace=stale, rejected=all_rejected, counts={
                "n_read": n_read, "n_scored": n_scored, "n_skipped": n_skipped,
                "n_rejected": len(all_rejected), "n_sentences": n_sent,
            })
            if scored is not None:
                scored.tables = {}  # stored: drop the frames (the future holds this object too) ...
            del tables
            release_memory()  # ... and hand the freed heap back, so the client stays flat over a long run
            keep(all_rejected)
            sentences += n_sent
            counters.read += n_read
            counters.scored += n_scored
            counters.skipped += n_skipped
            counters.rejected += len(all_rejected)
            counters.words += scored.n_words if scored else 0
            if scored is not None:
                peak[0] = max(peak[0], scored.peak_rss_mb)
            if progress is not None:
                progress(counters)

        with open_executor(engine, jobs=jobs, scheduler=scheduler) as executor:
            partitions = plan(inputs, size=batch_size, fields=fields, max_bytes=max_bytes, planned=planned)
            reading: deque[Any] = deque()
            scoring: deque[tuple[Any, list[str], list[Rejection], int, int]] = deque()
            exhausted = False
            while True:
                while not exhausted and len(reading) < window:
                    part = next(partitions, None)
                    if part is None:
                        exhausted = True
                    else:
                        reading.append(executor.submit(read_task, part, fields, max_bytes))
                if scoring and (len(scoring) >= window or not reading):
                    future, stale, rejected, n_read, n_skipped = scoring.popleft()
                    commit(future.result() if future is not None else None, stale, rejected, n_read, n_skipped)
                elif reading:
                    items = reading.popleft().result()
                    todo, stale, rejected, n_skipped = triage(items)
                    n_read = sum(isinstance(i, Article) for i in items)
                    future = executor.submit(score_task, todo, names, options, profile, run_id) if todo else None
                    scoring.append((future, stale, rejected, n_read, n_skipped))
                else:
                    break
        seconds = time.perf_counter() - started
        store.finish_run(run_id, seconds=seconds)
        exported = store.export_parquet(out) if out is not None else []
    return BatchResult(
        db=Path(db), run_id=run_id, profile=profile, scored=counters.scored, skipped=counters.skipped,
        rejected=counters.rejected, sentences=sentences, words=counters.words, seconds=seconds,
        rejections=rejections, skipped_files=[str(p) for p in planned.skipped], exported=exported,
        worker_peak_rss_mb=peak[0],
    )

