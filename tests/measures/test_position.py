"""Headline, lead and rest: sections and rates, front ratio direction."""

from __future__ import annotations

import math

import framing
from framing.measures.position import sections
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
