"""Loaded language as measures: terms with offsets and voice, counting rules, article aggregates."""

from __future__ import annotations

import math

import pytest

import framing
from framing.types import Article


def terms_of(text: str) -> list[dict]:
    scores = framing.score(Article(text))
    return [t for ts in scores.sentences["loaded_terms"] for t in ts]


def test_terms_carry_offsets_into_the_original_text() -> None:
    text = "Headline Here\n\nThe **reckless** plan was,frankly,a fiasco.As expected, it failed."
    for term in terms_of(text):
        assert text[term["start"] : term["end"]].replace("*", "") == term["term"]


@pytest.mark.parametrize(
    ("text", "term", "voice", "counted"),
    [
        ("The council's reckless plan was approved.", "reckless", "author", True),
        ("“This is a reckless plan,” said Cllr Hale.", "reckless", "quoted", True),
        ("The plan is not reckless, officials said.", "reckless", "author", False),
        ("It held a so-called ‘consultation’, after all.", "consultation", "author", True),
        # a context-dependent (strength-1) term counts only in a sentence read as loaded
        ("Small businesses can claim relief on rates.", None, None, None),
    ],
)
def test_term_voice_and_counting(text: str, term: str | None, voice: str, counted: bool) -> None:
    found = {t["term"]: t for t in terms_of(text)}
    if term is None:
        assert not [t for t in found.values() if t["counted"]]
        return
    assert found[term]["voice"] == voice
    assert found[term]["counted"] is counted


def test_quoted_loaded_words_do_not_count_as_author_voice(demo_scores: framing.Scores) -> None:
    a = demo_scores.articles.set_index("article_id")
    quotes = a.loc["demo-quotes"]
    assert quotes["loaded_n_quoted_sum"] > 3 * quotes["loaded_n_author_sum"]
    assert quotes["loaded_per_1k_quoted"] > quotes["loaded_per_1k_author"]
    sentences = demo_scores.sentences
    hale = sentences[sentences["text"].str.contains("utterly disgraceful", regex=False)].iloc[0]
    assert {t["term"]: t["voice"] for t in hale["loaded_terms"]}["disgraceful"] == "quoted"


def test_outraged_op_ed_ranks_first(demo_scores: framing.Scores) -> None:
    ranked = demo_scores.articles.sort_values("loaded_per_1k_author", ascending=False)["article_id"].tolist()
    assert ranked[0] == "demo-oped"
    assert ranked.index("demo-wire") > 2


def test_top_terms_and_share(demo_scores: framing.Scores) -> None:
    oped = demo_scores.articles.set_index("article_id").loc["demo-oped"]
    lemmas = [t["lemma"] for t in oped["loaded_top_terms"]]
    assert "reckless" in lemmas and "bulldoze" in lemmas
    assert 0 < oped["loaded_share"] <= 1


def test_classifier_off_counts_only_strong_terms() -> None:
    scores = framing.score(Article("The reckless plan was a crisis, officials claimed."), options={"loaded": {"classifier": False}})
    row = scores.sentences.iloc[0]
    assert math.isnan(row["loaded_prob"])
    assert {t["term"] for t in row["loaded_terms"] if t["counted"]} == {t["term"] for t in row["loaded_terms"] if t["strength"] == 2}


@pytest.mark.seeds
def test_seeds_rank_the_outrage_op_ed_first(seed_scores: framing.Scores) -> None:
    ranked = seed_scores.articles.sort_values("loaded_per_1k_author", ascending=False)["source"].tolist()
    assert ranked[0] == "003_0bffb2ebdac0be88"
