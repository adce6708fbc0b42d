from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from framing.io.write import atomic_write, write_json, write_table


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "articles.parquet"
    write_table(pd.DataFrame({"a": [1, 2]}), target)

    def crash(tmp: Path) -> None:
        tmp.write_bytes(b"half a parq")
        raise KeyboardInterrupt("killed mid-write")

    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, crash)
    assert pd.read_parquet(target)["a"].tolist() == [1, 2]
    assert [p.name for p in tmp_path.iterdir()] == ["articles.parquet"]


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tables_round_trip(tmp_path: Path, fmt: str) -> None:
    table = pd.DataFrame({"id": ["x", "y"], "terms": [[{"term": "utterly", "start": 3}], []], "v": [0.5, float("nan")]})
    path = write_table(table, tmp_path / f"t.{fmt}", format=fmt)
    back = pd.read_parquet(path) if fmt == "parquet" else pd.read_csv(path)
    assert back["id"].tolist() == ["x", "y"]
    if fmt == "csv":
        assert json.loads(back["terms"][0]) == [{"term": "utterly", "start": 3}]
    assert pd.isna(back["v"][1])


def test_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        write_table(pd.DataFrame(), tmp_path / "x", format="xlsx")


def test_write_json_utf8(tmp_path: Path) -> None:
    path = write_json({"title": "£3.2m – “quoted”"}, tmp_path / "run.json")
    assert json.loads(path.read_text(encoding="utf-8")) == {"title": "£3.2m – “quoted”"}


def test_new_files_get_umask_permissions_and_replaced_files_keep_theirs(tmp_path: Path) -> None:
    import os

    umask = os.umask(0o022)
    try:
        path = write_json({"a": 1}, tmp_path / "run.json")
        assert path.stat().st_mode & 0o777 == 0o644
        os.chmod(path, 0o640)
        write_json({"a": 2}, path)
        assert path.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(umask)
