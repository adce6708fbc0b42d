from __future__ import annotations

import math

import pytest

from framing.measures.sentiment import sentiment


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("This is a wonderful day for everyone.", 1),
        ("This is an utterly disgraceful, reckless waste of money.", -1),
        ("The committee meets on Tuesday at the Guildhall.", 0),
    ],
)
def test_sentiment_direction(text: str, sign: int) -> None:
    compound = sentiment(text)["sentiment_compound"]
    assert (compound > 0.05) if sign > 0 else (compound < -0.05) if sign < 0 else abs(compound) <= 0.05


@pytest.mark.parametrize("text", ["", "   ", "12,000", "—"])
def test_sentiment_is_nan_without_words(text: str) -> None:
    assert all(math.isnan(v) for v in sentiment(text).values())


def test_sentiment_is_scored_per_sentence_not_saturated(demo_scores) -> None:
    # Averaging sentence scores keeps articles apart; VADER on a whole article saturates near ±1.
    means = demo_scores.articles.set_index("article_id")["sentiment_compound_mean"]
    assert means.abs().max() < 0.9
    assert means["demo-release"] > means["demo-oped"]
