"""Words inside spans: count_inside and voice_word_counts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing.text.words import count_inside, iter_words, voice_word_counts


def spans_of(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in iter_words(text)]


@pytest.mark.parametrize(
    ("text", "quoted", "expected"),
    [
        ('He said "no way" today.', [(9, 15)], 2),
        ('He said "no way" today.', [], 0),
        ("one two three", [(0, 13)], 3),
        ("one two three", [(1, 13)], 2),  # a word cut by the span's start is not inside
        ("one two three", [(0, 6)], 1),  # nor one cut by its end
        ("one two three", [(0, 7), (4, 13)], 3),  # overlapping spans count each word once
        ("one two three", [(0, 13), (4, 7)], 3),  # nested
        ("one two three", [(8, 13), (0, 3)], 2),  # spans in any order
        ("", [(0, 5)], 0),
    ],
)
def test_count_inside(text: str, quoted: list[tuple[int, int]], expected: int) -> None:
    assert count_inside(spans_of(text), quoted) == expected


@given(
    st.lists(st.sampled_from(["a", "bb", "ccc", " ", "  ", ",", "9,000"]), max_size=30).map("".join),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=5),
)
def test_count_inside_is_the_brute_force_count(text: str, quoted: list[tuple[int, int]]) -> None:
    words = spans_of(text)
    brute = sum(1 for s, e in words if any(qs <= s and e <= qe for qs, qe in quoted))
    assert count_inside(words, quoted) == brute


def test_voice_word_counts() -> None:
    assert voice_word_counts('Ruiz said "we will win" on Monday.', [(11, 22)]) == (4, 3)
    assert voice_word_counts("No quotes here.", []) == (3, 0)
