"""The same run on a real Dask cluster (LocalCluster, two worker processes) gives the same tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from framing.batch import run_batch
from framing.batch.store import TABLES

from .conftest import store_tables

distributed = pytest.importorskip("dask.distributed")


@pytest.mark.slow
def test_dask_local_cluster_run_equals_local_run(tmp_path: Path, corpus: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    for i in range(3):  # one-article files, read by the workers too
        (texts / f"story-{i}.txt").write_text(f"Council row {i}\n\nCritics say the plan is a disaster. "
                                              f"The mayor said it would go ahead.", encoding="utf-8")
    inputs = [corpus, texts]
    local = run_batch(inputs, db=tmp_path / "local.duckdb", batch_size=4)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster), distributed.get_task_stream() as stream:
            on_cluster = run_batch(inputs, db=tmp_path / "dask.duckdb", batch_size=4, engine="dask",
                                   scheduler=cluster.scheduler_address)
    tasks = [t for t in stream.data if t["key"].startswith(("read_task", "score_task"))]
    assert {t["key"].split("-")[0] for t in tasks} == {"read_task", "score_task"}
    assert len({t["worker"] for t in tasks}) == 2, "both workers should have taken partitions"
    assert (on_cluster.scored, on_cluster.rejected) == (local.scored, local.rejected) == (15, 0)
    a, b = store_tables(tmp_path / "local.duckdb"), store_tables(tmp_path / "dask.duckdb")
    for name in TABLES:
        pd.testing.assert_frame_equal(a[name], b[name])
