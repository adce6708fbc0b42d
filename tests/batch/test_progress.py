from __future__ import annotations

import io

import pytest

from framing.batch.progress import format_line, progress_display
from framing.batch.run import Progress


@pytest.mark.parametrize("total, done, seconds, expected", [
    (1000, 100, 10.0, "framing: 100/1,000 articles (scored 90, skipped 0, rejected 10) · 10.0 articles/s · ETA 1m30s"),
    (None, 100, 10.0, "framing: 100 articles (scored 90, skipped 0, rejected 10) · 10.0 articles/s"),
    (100, 100, 4.0, "framing: 100/100 articles (scored 90, skipped 0, rejected 10) · 25.0 articles/s · ETA 0s"),
])
def test_format_line(total: int | None, done: int, seconds: float, expected: str, monkeypatch) -> None:
    p = Progress(total=total, scored=done - 10, rejected=10)
    monkeypatch.setattr(Progress, "seconds", property(lambda self: seconds))
    assert format_line(p) == expected


def test_plain_log_is_throttled_but_always_ends_with_the_final_counts() -> None:
    stream = io.StringIO()
    p = Progress(total=30)
    with progress_display(stream=stream, log_every=3600, live=False) as update:
        for _ in range(3):
            p.scored += 10
            update(p)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith("framing: 30/30 articles (scored 30")


def test_live_bar_writes_to_its_stream() -> None:
    stream = io.StringIO()
    with progress_display(stream=stream, live=True) as update:
        update(Progress(total=10, scored=5))
    assert "scoring" in stream.getvalue()
