"""Headline, lead and rest: sections and rates, front ratio direction."""

from __future__ import annotations

import math

import pytest

import framing
from framing.measures.position import sections, title_terms
from framing.text.segment import segment
from framing.types import Article


def test_sections() -> None:
    text = "# A disgraceful plan\n\nOne. Two. Three. Four.\n\nFive."
    seg = segment(Article(text))
    assert sections(seg.sentences) == ["headline", "lead", "lead", "lead", "rest", "rest"]


def test_front_loaded_article_has_ratio_above_one() -> None:
    text = (
        "# Disgraceful, shameful vote\n\nThe disgraceful plan was rammed through. It passed. It costs £3m.\n\n"
        "Work starts in May. The lanes run for a mile. Traders met on Monday. A disgraceful decision."
    )
    a = framing.score(Article(text)).articles.iloc[0]
    assert a["position_loaded_per_1k_headline"] > a["position_loaded_per_1k_rest"] > 0
    assert a["position_loaded_front_ratio"] > 1


def test_without_loaded_measure_rates_are_nan() -> None:
    a = framing.score(Article("One. Two. Three. Four."), measures=["position"]).articles.iloc[0]
    assert math.isnan(a["position_loaded_per_1k_lead"]) and math.isnan(a["position_emotive_front_ratio"])


BODY = "The council voted on Tuesday. Work starts in May.\n\nThe lanes run for a mile. Traders met on Monday."


@pytest.mark.parametrize(
    ("title", "per_1k", "terms"),
    [
        ("Shameless council rams through cycle lane fiasco", 3 / 7 * 1000, ["Shameless", "rams through", "fiasco"]),
        ("Council approves cycle lane on Kingsway", 0.0, []),
        ("Council was not reckless, say traders", 0.0, []),  # negated: listed, never counted
    ],
)
def test_title_field_is_the_headline_when_the_text_has_none(title: str, per_1k: float, terms: list[str]) -> None:
    a = framing.score(Article(BODY, title=title)).articles.iloc[0]
    assert a["position_loaded_per_1k_headline"] == pytest.approx(per_1k)
    found = a["position_title_terms"]
    assert [t["term"] for t in found if t["family"] == "loaded" and t["counted"]] == terms
    for t in found:  # offsets point into the title, not the text
        assert title[t["start"] : t["end"]] == t["term"]


def test_title_terms_skip_counting_weak_terms_without_classifier() -> None:
    found = title_terms("Ardent cyclists win a disgraceful fight", classifier=False)
    assert {t["term"]: t["counted"] for t in found if t["family"] == "loaded"} == {"Ardent": False, "disgraceful": True}


def test_headline_block_in_the_text_wins_over_the_title() -> None:
    title = "Shameless council rams through cycle lane fiasco"
    a = framing.score(Article(f"# {title}\n\n{BODY}", title=title)).articles.iloc[0]
    assert a["position_title_terms"] == []
    assert a["position_loaded_per_1k_headline"] == pytest.approx(3 / 7 * 1000)  # counted once, not twice


def test_no_title_and_no_headline_block_leaves_headline_nan() -> None:
    a = framing.score(Article(BODY)).articles.iloc[0]
    assert math.isnan(a["position_loaded_per_1k_headline"]) and a["position_title_terms"] == []
