"""Sources table: rates equal the article table's, intervals cover the value, noise is called noise."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

import framing
from framing.compare.sources import (
    DIFFERENCE_COLUMNS,
    METRICS,
    SOURCE_COLUMNS,
    compare_sources,
    group_labels,
    within_noise_statements,
)


@pytest.fixture(scope="module")
def demo() -> framing.Scores:
    return framing.score(framing.demo_corpus())


@pytest.fixture(scope="module")
def compared(demo):
    return compare_sources(demo.sentences, demo.articles, demo.attributions, n_boot=500)


@pytest.mark.parametrize(
    ("metric", "article_column"),
    [
        ("loaded_per_1k_author", "loaded_per_1k_author"),
        ("loaded_share", "loaded_share"),
        ("emotive_per_1k", "emotive_per_1k"),
        ("vague_per_1k", "vague_per_1k"),
        ("exaggeration_share", "exaggeration_flag_share"),
        ("repetition_share", "repetition_flag_share"),
        ("tone", "sentiment_compound_mean"),
    ],
)
def test_rates_equal_the_article_table(demo, compared, metric, article_column):
    table, _ = compared
    groups = group_labels(demo.articles)
    expected = demo.articles.set_index("article_id")[article_column].rename(index=groups)
    got = table[table["metric"] == metric].set_index("group")["value"]
    assert got.to_dict() == pytest.approx(expected.to_dict(), nan_ok=True)


def test_speech_share_counts_words_in_speech_quotations(demo, compared):
    table, _ = compared
    s = demo.sentences
    words = s.groupby("article_id")[["words_n", "words_author"]].sum()
    groups = group_labels(demo.articles)
    expected = (1 - words["words_author"] / words["words_n"]).rename(index=groups)
    got = table[table["metric"] == "speech_share"].set_index("group")["value"]
    assert got.to_dict() == pytest.approx(expected.to_dict(), nan_ok=True)


def test_intervals_cover_the_value_and_have_columns(compared):
    table, differences = compared
    assert tuple(table.columns) == SOURCE_COLUMNS
    assert tuple(differences.columns) == DIFFERENCE_COLUMNS
    defined = table.dropna(subset=["ci_low", "ci_high"])
    assert len(defined) > 30
    assert (defined["ci_low"] <= defined["value"] + 1e-9).all()
    assert (defined["value"] <= defined["ci_high"] + 1e-9).all()
    assert (table.groupby("group")["n_articles"].first() == 1).all()


def test_clear_differences_are_not_noise(compared):
    """The op-ed's loaded rate (≈41 per 1,000) against the wire's 0 is not noise."""
    _, differences = compared
    pair = differences[(differences["metric"] == "loaded_per_1k_author")
                       & differences["group_a"].isin(["Vale Press Agency", "The Kingsway Courier"])
                       & differences["group_b"].isin(["Vale Press Agency", "The Kingsway Courier"])]
    assert len(pair) == 1
    assert not pair["within_noise"].iloc[0]


def test_same_text_twice_is_within_noise():
    """Two sources printing the same wire copy differ only by noise on every measure."""
    record = json.loads(framing.demo_corpus().read_text(encoding="utf-8").splitlines()[0])
    articles = [framing.Article(article_id=f"copy-{i}", text=record["text"], source=f"Outlet {i}",
                                title=record["title"]) for i in range(2)]
    scores = framing.score(articles)
    table, differences = compare_sources(scores.sentences, scores.articles, scores.attributions, n_boot=300)
    assert differences["within_noise"].all()
    statements = within_noise_statements(table, differences)
    defined = {m for m, part in table.groupby("metric") if part["value"].notna().sum() == 2}
    assert defined and all("within noise" in statements[m] for m in defined)


def test_seeded_and_deterministic(demo):
    a, da = compare_sources(demo.sentences, demo.articles, demo.attributions, n_boot=200, seed=3)
    b, db = compare_sources(demo.sentences, demo.articles, demo.attributions, n_boot=200, seed=3)
    c, _ = compare_sources(demo.sentences, demo.articles, demo.attributions, n_boot=200, seed=4)
    pd.testing.assert_frame_equal(a, b)
    pd.testing.assert_frame_equal(da, db)
    assert not np.allclose(a["ci_low"].fillna(0), c["ci_low"].fillna(0))


def test_by_article_and_pooling_by_source(demo):
    articles = demo.articles.assign(source=["Same outlet"] * 3 + ["Other outlet"] * 3)
    table, differences = compare_sources(demo.sentences, articles, demo.attributions, n_boot=100)
    assert set(table["group"]) == {"Same outlet", "Other outlet"}
    assert set(table["n_articles"]) == {3}
    assert len(differences) == len(METRICS)
    per_article, _ = compare_sources(demo.sentences, articles, demo.attributions, by="article_id", n_boot=100)
    assert set(per_article["group"]) == set(demo.articles["article_id"])


def test_missing_source_falls_back_to_article_id():
    articles = pd.DataFrame({"article_id": ["a", "b"], "source": [None, "  "]})
    assert group_labels(articles).to_dict() == {"a": "a", "b": "b"}


def test_one_article_has_no_pairs_and_says_so(demo):
    one = demo.articles.iloc[:1]
    sentences = demo.sentences[demo.sentences["article_id"] == one["article_id"].iloc[0]]
    table, differences = compare_sources(sentences, one, demo.attributions, n_boot=100)
    assert len(table) == len(METRICS) and differences.empty
    statements = within_noise_statements(table, differences)
    assert all("nothing to compare" in s for s in statements.values())


def test_empty_and_undefined_never_raise():
    table, differences = compare_sources(pd.DataFrame(), pd.DataFrame())
    assert table.empty and differences.empty and tuple(table.columns) == SOURCE_COLUMNS
    # A source with no author-voice words: NaN rate, NaN interval, no exception.
    sentences = pd.DataFrame({"article_id": ["a"], "sentence_id": [0], "loaded_n_author": [0], "words_author": [0],
                              "words_n": [3]})
    table, _ = compare_sources(sentences, pd.DataFrame({"article_id": ["a"], "source": ["A"]}), n_boot=50)
    row = table[table["metric"] == "loaded_per_1k_author"].iloc[0]
    assert math.isnan(row["value"]) and math.isnan(row["ci_low"])
