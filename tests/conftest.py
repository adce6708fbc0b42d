"""Shared fixtures: the seeds from ../shared (skipped when absent) and the embedded demo corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import framing

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"


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
