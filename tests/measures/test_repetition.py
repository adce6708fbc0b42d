"""Keyword repetition as measures: the stuffed article ranks first, keywords are explained, flags
mark sentences repeating an emphasised key term."""

from __future__ import annotations

import math

import pytest

import framing
from framing.types import Article


def test_keyword_stuffed_demo_article_is_most_repetitive(demo_scores: framing.Scores) -> None:
    ranked = demo_scores.articles.sort_values("repetition_index", ascending=False)["article_id"].tolist()
    assert ranked[0] == "demo-seo"
    a = demo_scores.articles.set_index("article_id")
    # a topic word ("Kingsway", "scheme") is repeated everywhere; stuffing is a different order
    assert a.loc["demo-seo", "repetition_index"] > 5 * a.drop(index="demo-seo")["repetition_index"].max()
    assert a.loc["demo-seo", "repetition_top_keyword"] == "Kingsway Cycle Lane Scheme"


def test_keywords_carry_counts_and_sentences(demo_scores: framing.Scores) -> None:
    seo = demo_scores.articles.set_index("article_id").loc["demo-seo"]
    top = seo["repetition_keywords"][0]
    assert top["count"] >= 10 and {"markup", "phrase"} <= set(top["emphasis"])
    sentences = demo_scores.sentences
    mine = sentences[sentences["article_id"] == "demo-seo"].set_index("sentence_id")
    for sid in top["sentence_ids"]:
        assert "kingsway cycle lane scheme" in mine.loc[sid, "text"].lower()


def test_repetition_terms_point_into_the_original_text(demo_records: list[dict], demo_scores: framing.Scores) -> None:
    texts = {r["id"]: r["text"] for r in demo_records}
    rows = demo_scores.sentences
    for row in rows[rows["article_id"] == "demo-seo"].itertuples():
        for t in row.repetition_terms:
            assert texts[row.article_id][t["start"] : t["end"]].replace("*", "") == t["term"]


def test_flag_follows_emphasised_keywords(demo_scores: framing.Scores) -> None:
    rows = demo_scores.sentences
    seo = rows[rows["article_id"] == "demo-seo"]
    assert seo["repetition_flag"].sum() >= 10
    # every flagged sentence holds a flagged term; no unflagged sentence does
    for row in rows.itertuples():
        assert bool(row.repetition_flag) == any(t["flagged"] for t in row.repetition_terms)
    assert not rows[rows["article_id"] == "demo-wire"]["repetition_flag"].any()


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a loaded word hammered: emphasised repetition
        ("A disgraceful vote. " * 1 + "The disgraceful plan passed. Residents called it disgraceful. "
         "The council defended its disgraceful record. Nobody expected it.", True),
        # a topic word repeated without emphasis is not flagged
        ("The mayor spoke. The mayor left. The mayor returned on Friday. Officials met the mayor.", False),
        ("", False),
    ],
)
def test_flag_table(text: str, flagged: bool) -> None:
    rows = framing.score(Article(text), measures=["repetition"]).sentences
    assert bool(rows["repetition_flag"].any()) is flagged


def test_empty_article_gives_nan_index() -> None:
    a = framing.score(Article("!!!"), measures=["repetition_article"]).articles.iloc[0]
    assert math.isnan(a["repetition_index"]) or a["repetition_index"] == 0
    assert a["repetition_keywords"] == [] and a["repetition_top_keyword"] == ""


def test_headline_echo_uses_the_title_field() -> None:
    body = "Kingsway cycle lanes were approved. The Kingsway lanes cost £3m. Traders object."
    with_title = framing.score(Article(body, title="Kingsway cycle lanes approved")).articles.iloc[0]
    without = framing.score(Article(body)).articles.iloc[0]
    assert with_title["repetition_headline_echo"] > 0.3
    assert math.isnan(without["repetition_headline_echo"])


@pytest.mark.seeds
def test_seeds_show_the_same_pattern(seed_scores: framing.Scores) -> None:
    a = seed_scores.articles.set_index("source")
    bolds = a[a["markup_bold_words_sum"] > 0]
    assert len(bolds) == 1
    stuffed = bolds.index[0]
    assert a["repetition_index"].idxmax() == stuffed
    assert a.loc[stuffed, "repetition_top_keyword"] == "Grooming Gang Cases"
