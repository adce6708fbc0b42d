"""The DuckDB store's helpers: JSON encoding of list/dict columns, the run's id claims, the memory limit."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

from framing.batch.store import Store, to_store_frame


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"term": "reckless", "start": 3}, {"term": "reckless", "start": 3}),
        ([{"p": np.float64(0.25), "n": np.int64(2), "ok": np.bool_(True)}], [{"p": 0.25, "n": 2, "ok": True}]),
        ({"prob": math.nan, "nested": [1.0, float("nan")]}, {"prob": None, "nested": [1.0, None]}),
        ({1: "one"}, {"1": "one"}),
        ([("a", 1)], [["a", 1]]),
        (np.array([1, 2]), [1, 2]),
        ({"x": [np.float32(0.5), math.inf, -math.inf]}, {"x": [0.5, None, None]}),
        ({"big": 10**30, "a": np.array([1.5, math.nan])}, {"big": 10**30, "a": [1.5, None]}),  # stdlib path
        ([], []),
    ],
)
def test_json_columns_are_plain_json(value, expected):
    frame = pd.DataFrame({"k": ["x"], "v": pd.Series([value], dtype=object)})
    encoded = to_store_frame(frame)["v"].iloc[0]
    assert "NaN" not in encoded and "Infinity" not in encoded
    assert json.loads(encoded) == expected


@pytest.mark.parametrize("missing", [None, math.nan])
def test_missing_json_cells_stay_missing(missing):
    frame = pd.DataFrame({"v": pd.Series([["a"], missing], dtype=object)})
    assert to_store_frame(frame)["v"].isna().tolist() == [False, True]


def test_text_is_not_escaped_to_ascii():
    frame = pd.DataFrame({"v": pd.Series([{"term": "Khan’s “plan”"}], dtype=object)})
    assert "Khan’s “plan”" in to_store_frame(frame)["v"].iloc[0]


def test_claims_report_ids_claimed_by_earlier_calls(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.claim(["a", "b", "a"]) == set()  # repeats within one call are the caller's to spot
        assert store.claim(["b", "c"]) == {"b"}
        assert store.claim([]) == set()
        assert store.claim(["c", "d", "a"]) == {"a", "c"}
    with Store(tmp_path / "s.duckdb") as store:  # claims belong to one connection (one run)
        assert store.claim(["a", "b", "c", "d"]) == set()


@pytest.mark.parametrize(("limit", "mib"), [("64MB", 61.0), ("1GB", 953.6), ("256 MiB", 256.0)])
def test_memory_limit_is_applied(tmp_path, limit, mib):
    with Store(tmp_path / "s.duckdb", memory_limit=limit) as store:
        value = store.con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]
    assert value == f"{mib} MiB"


@pytest.mark.parametrize("limit", ["lots", "128", "1GB'; DROP TABLE runs; --", ""])
def test_memory_limit_must_be_a_size(tmp_path, limit):
    with pytest.raises(ValueError, match="memory limit"):
        Store(tmp_path / "s.duckdb", memory_limit=limit)

