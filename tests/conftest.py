"""Shared fixtures: the seeds from ../shared (skipped when absent) and the embedded demo corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import framing

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"


def assert_same_model(rebuilt: dict, shipped: dict) -> None:
    """Two model files (parsed JSON) hold the same model: the same vocabulary, IDF, parameters and
    provenance, and weights equal up to floating-point rounding. A model rebuilt on a CPU with other
    vector instructions than the one that built the shipped file differs in the weights' last digits
    (NumPy's vectorised log, the solvers' sums); on one machine the rebuild is byte for byte."""
    import numpy as np

    numbers = ("coef", "intercept", "platt", "meta")
    assert {k: v for k, v in rebuilt.items() if k not in numbers} == {k: v for k, v in shipped.items() if k not in numbers}
    assert {k: v for k, v in rebuilt["meta"].items() if k != "test_metrics"} == {
        k: v for k, v in shipped["meta"].items() if k != "test_metrics"
    }
    np.testing.assert_allclose(rebuilt["coef"], shipped["coef"], rtol=0, atol=1e-6)
    np.testing.assert_allclose([rebuilt["intercept"], *rebuilt["platt"]], [shipped["intercept"], *shipped["platt"]],
                               rtol=0, atol=1e-6)
    assert rebuilt["meta"]["test_metrics"]["macro_f1"] == pytest.approx(shipped["meta"]["test_metrics"]["macro_f1"],
                                                                        abs=1e-3)


def seed_paths() -> list[Path]:
    """The seed articles, or an empty list when ../shared is not beside the repo."""
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not seed_paths():
        pytest.skip("../shared/corpus/seeds is not present")
    return SEEDS


@pytest.fixture(scope="session")
def seed_scores(seeds_dir: Path) -> framing.Scores:
    return framing.score(seeds_dir)


@pytest.fixture(scope="session")
def demo_records() -> list[dict]:
    with framing.demo_corpus().open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def demo_scores() -> framing.Scores:
    return framing.score(framing.demo_corpus())
