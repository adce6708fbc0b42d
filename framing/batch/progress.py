"""Showing a batch run's progress: a live bar on a terminal, plain log lines otherwise.

On a terminal (stderr is a TTY) a rich progress bar shows articles done of the total (when the inputs
can be counted cheaply), articles/s and the time left. Redirected to a file or a CI log, the run writes
one plain line every ``log_every`` seconds instead (and one at the end), e.g.::

    framing: 1,200/10,000 articles (scored 1,150, skipped 0, rejected 50) · 96.3 articles/s · ETA 1m31s
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterator
from typing import TextIO

from framing.batch.run import Progress

__all__ = ["format_line", "progress_display"]


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


def format_line(p: Progress) -> str:
    """One plain progress line: done/total, what happened to them, rate and time left."""
    rate = p.done / p.seconds if p.seconds > 0 else 0.0
    total = f"/{p.total:,}" if p.total is not None else ""
    eta = ""
    if p.total is not None and rate > 0 and p.total >= p.done:
        eta = f" · ETA {_duration((p.total - p.done) / rate)}"
    return (f"framing: {p.done:,}{total} articles (scored {p.scored:,}, skipped {p.skipped:,}, "
            f"rejected {p.rejected:,}) · {rate:,.1f} articles/s{eta}")


@contextlib.contextmanager
def progress_display(
    *, stream: TextIO | None = None, log_every: float = 10.0, live: bool | None = None
) -> Iterator[Callable[[Progress], None]]:
    """A progress callback for :func:`framing.batch.run_batch`.

    Args:
        stream: Where to write (default stderr).
        log_every: Seconds between plain log lines (0 = after every batch).
        live: Force the live bar on or off (default: on when ``stream`` is a terminal).
    """
    stream = stream or sys.stderr
    live = stream.isatty() if live is None else live
    if live:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import (
            Progress as Bar,
        )

        bar = Bar(
            TextColumn("[bold]scoring"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:,.1f} articles/s"), TextColumn("skipped {task.fields[skipped]:,}"),
            TextColumn("rejected {task.fields[rejected]:,}"), TimeElapsedColumn(), TextColumn("ETA"),
            TimeRemainingColumn(), console=Console(file=stream), transient=False,
        )
        with bar:
            task = bar.add_task("scoring", total=None, rate=0.0, skipped=0, rejected=0)

            def update(p: Progress) -> None:
                rate = p.done / p.seconds if p.seconds > 0 else 0.0
                bar.update(task, completed=p.done, total=p.total, rate=rate, skipped=p.skipped, rejected=p.rejected)

            yield update
        return

    next_at = [time.monotonic() + log_every]
    pending: list[Progress] = []  # the latest counters not yet logged

    def log(p: Progress) -> None:
        now = time.monotonic()
        if now >= next_at[0]:
            print(format_line(p), file=stream, flush=True)
            next_at[0] = now + log_every
            pending.clear()
        else:
            pending[:] = [p]

    yield log
    if pending:
        print(format_line(pending[0]), file=stream, flush=True)
