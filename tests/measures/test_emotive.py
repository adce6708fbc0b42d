"""Emotive phrasing by voice, exaggeration flags, and the op-ed ranking."""

from __future__ import annotations

import math

import pytest

import framing
from framing.types import Article


def sentence_row(text: str):
    return framing.score(Article(text), measures=["emotive", "exaggeration"]).sentences.iloc[0]


@pytest.mark.parametrize(
    ("text", "category", "voice", "counted"),
    [
        ("It was a truly horrifying night for the town.", "emotive", "author", True),
        ("“This is a horrifying decision,” said Cllr Hale.", "emotive", "quoted", True),
        ("It was not a catastrophe, officials said.", "hyperbole", "author", False),
        ("Time is running out for the high street.", "fear_appeal", "author", True),
        ("It was the worst attack in the country's history.", "superlative", "author", True),
    ],
)
def test_emotive_terms(text: str, category: str, voice: str, counted: bool) -> None:
    terms = sentence_row(text)["emotive_terms"]
    match = [t for t in terms if t["category"] == category]
    assert match, terms
    assert match[0]["voice"] == voice and match[0]["counted"] is counted
    assert text[match[0]["start"] : match[0]["end"]] == match[0]["term"]


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("It was the biggest fraud in American history.", True),
        ("The fine was merely a token gesture.", True),
        ("The council met on Tuesday and approved the budget.", False),
        ("The largest city in the county is Ashford.", False),  # a factual superlative, no record claim
        ("", False),
    ],
)
def test_exaggeration_flag(text: str, flag: bool) -> None:
    rows = framing.score(Article(text), measures=["exaggeration"]).sentences
    assert bool(rows["exaggeration_flag"].any()) is flag


def test_op_ed_is_most_emotive(demo_scores: framing.Scores) -> None:
    a = demo_scores.articles.set_index("article_id")
    assert a["emotive_per_1k"].idxmax() == "demo-oped"
    assert a["emotive_per_1k_author"].idxmax() == "demo-oped"
    assert a.loc["demo-wire", "emotive_per_1k"] < a.loc["demo-oped", "emotive_per_1k"] / 2


def test_quoted_emotive_terms_are_not_author_voice(demo_scores: framing.Scores) -> None:
    a = demo_scores.articles.set_index("article_id")
    quotes = a.loc["demo-quotes"]
    assert quotes["emotive_per_1k_quoted"] > 0 and quotes["emotive_per_1k_author"] == 0


def test_empty_text_gives_nan_rates() -> None:
    a = framing.score(Article("..."), measures=["emotive", "emotive_article"]).articles.iloc[0]
    assert math.isnan(a["emotive_per_1k"]) and a["emotive_top_terms"] == []


@pytest.mark.seeds
def test_seed_op_ed_is_most_emotive(seed_scores: framing.Scores) -> None:
    a = seed_scores.articles.set_index("source")
    assert a["emotive_per_1k"].idxmax() == "003_0bffb2ebdac0be88"  # the outrage op-ed
