"""Fightin' Words (Monroe, Colaresi & Quinn 2008): direction, shrinkage of rare terms, run tables."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.compare import distinctive_terms, log_odds_dirichlet


def test_a_term_used_more_by_a_group_has_positive_z() -> None:
    out = log_odds_dirichlet({"scheme": 20, "council": 5}, {"scheme": 2, "council": 20}, alpha0=10)
    assert out.loc["scheme", "z"] > 1.96
    assert out.loc["council", "z"] < 0


def test_prior_shrinks_rare_terms() -> None:
    rare = log_odds_dirichlet({"once": 1, "x": 50}, {"x": 50}, alpha0=100)
    common = log_odds_dirichlet({"often": 20, "x": 50}, {"x": 50}, alpha0=100)
    assert common.loc["often", "z"] > rare.loc["once", "z"]


def test_empty_counts_give_an_empty_table() -> None:
    assert log_odds_dirichlet({}, {}).empty


def test_distinctive_terms_by_source(demo_scores: framing.Scores) -> None:
    table = distinctive_terms(demo_scores.sentences, demo_scores.articles, by="source")
    assert set(table["group"]) == set(demo_scores.articles["source"])
    seo = table[table["group"] == "LocalNewsHub"]
    assert "kingsway cycle" in set(seo["term"].head(5)) or "cycle lane" in set(seo["term"].head(5))
    assert (seo["z"].diff().dropna() <= 0).all()  # most distinctive first
    assert (table["count"] >= 2).all()


def test_one_group_gives_an_empty_table() -> None:
    sentences = pd.DataFrame({"article_id": ["a"], "text": ["The mayor spoke. The mayor left."]})
    articles = pd.DataFrame({"article_id": ["a"], "source": ["x"]})
    assert distinctive_terms(sentences, articles).empty


@pytest.mark.parametrize("by", ["source", "article_id"])
def test_columns_are_stable(demo_scores: framing.Scores, by: str) -> None:
    table = distinctive_terms(demo_scores.sentences, demo_scores.articles, by=by, top=3)
    assert list(table.columns) == ["group", "term", "key", "count", "count_rest", "per_1k", "per_1k_rest", "log_odds", "z"]
    assert table.groupby("group").size().max() <= 3
