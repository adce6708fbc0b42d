from __future__ import annotations

import math

import pytest

from framing.measures.words import words
from framing.text.quotes import quote_spans
from framing.text.words import count_words


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The U.K. Home Office spent £4.49 million on 9,000 cases.", 10),
        ("Khan’s group-based review", 3),
        ("— , . !", 0),
        ("", 0),
    ],
)
def test_count_words(text: str, n: int) -> None:
    assert count_words(text) == n


def test_words_inside_quotes() -> None:
    text = "“This is a disgrace,” said Cllr Reddin."
    out = words(text, tuple(quote_spans(text)))
    assert out["words_n"] == 7
    assert out["words_quoted"] == 4


def test_empty_sentence_mean_length_is_nan() -> None:
    assert math.isnan(words("", ())["words_mean_length"])
