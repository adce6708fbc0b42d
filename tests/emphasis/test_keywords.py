"""Keyword statistics: keyness direction, maximal phrases, repetition index, headline echo."""

from __future__ import annotations

import math

import pytest

from framing.emphasis.keywords import article_keywords, keyness
from framing.text.segment import segment
from framing.types import Article


def stats(text: str):
    return article_keywords(tuple(segment(Article(text)).sentences))


def test_keyness_direction() -> None:
    assert keyness(10, 1000, 1e-6) > keyness(10, 1000, 1e-3) > 0
    assert keyness(0, 1000, 1e-6) == 0.0


def test_maximal_phrase_replaces_its_parts() -> None:
    text = " ".join(f"Grooming Gang Cases {verb} again." for verb in ("rose", "fell", "grew", "doubled", "halved"))
    terms = [k.text for k in stats(text).keywords]
    assert terms[0] == "Grooming Gang Cases"
    assert "Grooming Gang" not in terms and "Gang Cases" not in terms


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        (" ".join(["The Kingsway Cycle Lane Scheme is here."] * 6), 40, 100),
        ("The mayor spoke. The mayor left. The mayor returned on Friday.", 0, 0.001),
    ],
)
def test_repetition_index(text: str, low: float, high: float) -> None:
    assert low <= stats(text).repetition_index <= high


def test_empty_article() -> None:
    s = stats("")
    assert s.keywords == [] and math.isnan(s.repetition_index) and math.isnan(s.headline_echo)


def test_headline_echo() -> None:
    s = stats("# Kingsway lanes approved\n\nThe Kingsway lanes were approved. Traders object.")
    assert 0.3 < s.headline_echo < 1
