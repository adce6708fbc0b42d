"""Shared fixtures for the batch tests: a small JSONL corpus built from the demo articles."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.batch.store import TABLES, Store

KEYS = {
    "articles": ["article_id"],
    "sentences": ["article_id", "sentence_id"],
    "attributions": ["article_id", "relation_id"],
    "actors": ["article_id", "actor"],
}


def demo_records() -> list[dict]:
    with framing.demo_corpus().open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_corpus(path: Path, copies: int) -> Path:
    """The demo articles ``copies`` times over, with distinct ids (and texts, so no two rows agree)."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(copies):
            for r in demo_records():
                record = {**r, "id": f"{r['id']}-{i}", "text": r["text"] + f"\n\nFiled from desk {i}."}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def canonical(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """A table in a comparable form: sorted by its keys, run bookkeeping dropped, missing as None."""
    frame = frame.drop(columns=[c for c in ("run_id",) if c in frame])
    frame = frame.sort_values(KEYS[name]).reset_index(drop=True)
    return frame.astype(object).where(frame.notna(), None)


def store_tables(db: Path) -> dict[str, pd.DataFrame]:
    with Store(db) as store:
        return {name: canonical(store.table(name), name) for name in TABLES}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus.jsonl", copies=2)
