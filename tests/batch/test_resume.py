"""Crash safety: kill -9 in the middle of a real `framing score --db` run, then run it again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from framing.batch import Store
from framing.batch.store import TABLES

from .conftest import store_tables, write_corpus

MEASURES = "loaded,attribution,sentiment,words,repetition"


def _command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "framing", "score", str(corpus), "--db", str(db), "--measures", MEASURES,
            "--batch-size", "3", "--log-every", "0"]


@pytest.mark.slow
def test_kill_9_mid_run_then_rerun_gives_exactly_the_clean_run_rows(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", copies=6)  # 36 articles, 12 batches
    db = tmp_path / "crashed.duckdb"
    proc = subprocess.Popen(_command(corpus, db), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    assert proc.stderr is not None
    for line in proc.stderr:  # one log line per committed batch
        if line.startswith("framing: ") and int(line.split()[1].split("/")[0].replace(",", "")) >= 9:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    with Store(db) as store:
        partial = len(store.table("articles"))
    assert 9 <= partial < 36

    resumed = subprocess.run(_command(corpus, db), capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    clean = subprocess.run(_command(corpus, tmp_path / "clean.duckdb"), capture_output=True, text=True, timeout=600)
    assert clean.returncode == 0, clean.stderr

    got, expected = store_tables(db), store_tables(tmp_path / "clean.duckdb")
    for name in TABLES:
        pd.testing.assert_frame_equal(got[name], expected[name])
        keys = ["article_id", "sentence_id"] if name == "sentences" else None
        if keys:
            assert not got[name].duplicated(keys).any()
    with Store(db) as store:
        runs = store.table("runs")
    assert runs["status"].tolist() == ["interrupted", "done"]
    scored_before_kill = int(runs.loc[0, "n_scored"])
    assert scored_before_kill == partial
    assert runs.loc[1, ["n_scored", "n_skipped"]].tolist() == [36 - partial, partial]
