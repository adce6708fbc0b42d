from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.batch.store import TABLES, to_store_frame
from framing.batch.work import release_memory, score_task
from framing.types import Article


@pytest.fixture(scope="module")
def pairs() -> list[tuple[Article, str]]:
    return [(a, f"hash-{i}") for i, a in enumerate(framing.read_articles([framing.demo_corpus()]))]


@pytest.mark.parametrize("chunk", [1, 2, 4, 1000])
def test_chunked_batch_gives_the_rows_of_one_score_call(pairs: list[tuple[Article, str]], chunk: int) -> None:
    whole = framing.score([a for a, _ in pairs])
    scored = score_task(pairs, None, None, "profile-x", 7, chunk=chunk)
    for name in TABLES:
        expected = to_store_frame(getattr(whole, name))
        got = scored.tables[name]
        if name == "articles":
            assert list(got["content_hash"]) == [f"hash-{i}" for i in range(len(pairs))]
            assert set(got["profile"]) == {"profile-x"} and set(got["run_id"]) == {7}
            got = got.drop(columns=["content_hash", "profile", "run_id"])
        pd.testing.assert_frame_equal(got, expected)
    assert scored.n_words == int(whole.articles["n_words"].sum())
    assert scored.rejected == []


def test_an_empty_batch_gives_empty_tables_of_the_run_schema() -> None:
    scored = score_task([], None, None, "p", 1)
    template = framing.score([])
    for name in TABLES:
        assert scored.tables[name].empty
        assert list(scored.tables[name].columns)[: len(getattr(template, name).columns)] == list(getattr(template, name).columns)


def test_release_memory_is_safe_to_call() -> None:
    release_memory()
    release_memory()
