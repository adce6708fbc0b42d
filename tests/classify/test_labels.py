"""labels/: the shipped annotations pass their schema; the checker catches each kind of problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from framing.classify.labels import assign_splits, check_labels, load_labels, write_splits
from tests.conftest import REPO

LABELS = REPO / "labels"


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return load_labels(LABELS)


def test_shipped_labels_are_valid(table: pd.DataFrame) -> None:
    assert check_labels(table) == []
    assert len(table) >= 3000
    assert table["topic"].nunique() >= 15
    assert set(table["genre"]) >= {"wire", "tabloid", "op-ed", "press-release", "explainer"}
    assert (table["pair_id"] != "").sum() >= 600  # minimal pairs
    assert set(table["split"]) == {"train", "dev", "test"}


def test_splits_are_deterministic_and_keep_pairs_together(table: pd.DataFrame) -> None:
    assert (assign_splits(table) == table["split"]).all()
    paired = table[table["pair_id"] != ""]
    assert (paired.groupby("pair_id")["split"].nunique() == 1).all()
    shares = table["split"].value_counts(normalize=True)
    assert 0.75 < shares["train"] < 0.85


def test_guideline_exists_and_covers_edge_cases() -> None:
    text = (LABELS / "GUIDELINES.md").read_text(encoding="utf-8")
    for needle in ("Quoted speech", "Factual but grim", "Minimal pairs", "Symmetry"):
        assert needle in text


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda t: t.assign(label=t["label"].where(t.index != 0, 7)), "label must be 0 or 1"),
        (lambda t: t.assign(id=t["id"].where(t.index != 1, t["id"][0])), "duplicate id"),
        (lambda t: t.assign(loaded_words=[["not in text"]] + t["loaded_words"].tolist()[1:]), "not a substring"),
        (lambda t: t.assign(genre=t["genre"].where(t.index != 0, "blog")), "genre must be"),
        (lambda t: t.head(100), "at least 3000 are required"),
    ],
)
def test_checker_catches_problems(table: pd.DataFrame, change, problem: str) -> None:
    problems = check_labels(change(table.copy()))
    assert any(problem in p for p in problems), problems


def test_write_splits_is_idempotent(tmp_path: Path) -> None:
    shutil.copytree(LABELS / "sentences", tmp_path / "sentences")
    before = {p.name: p.read_bytes() for p in (tmp_path / "sentences").glob("*.csv")}
    write_splits(tmp_path)
    assert {p.name: p.read_bytes() for p in (tmp_path / "sentences").glob("*.csv")} == before
