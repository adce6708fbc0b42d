"""Typographic emphasis: caps words (not acronyms), rhetorical questions in the author's voice."""

from __future__ import annotations

import pytest

from framing.emphasis.markup import caps_words, is_rhetorical_question
from framing.text.segment import segment
from framing.types import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those businesses are NOT a backdrop.", ["NOT"]),
        ("The NHS and the BBC reported it.", []),  # acronyms
        ("The US and the UK agreed.", []),  # acronyms that are also words
        ("This is OUR town and we will NEVER forget.", ["OUR", "NEVER"]),
        ("A", []),
        ("", []),
    ],
)
def test_caps_words(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in caps_words(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who asked for this?", True),
        ("Where are elderly shoppers supposed to park?", True),
        ("“Who asked for this?” said Cllr Hale.", False),  # a quoted question is the speaker's
        ("The council met on Tuesday.", False),
        ("Is it?!", False),
    ],
)
def test_rhetorical_question(text: str, expected: bool) -> None:
    sentence = segment(Article(text)).sentences[0]
    assert is_rhetorical_question(sentence) is expected
