"""Noun phrases around a cue (framing.attribution.phrases), on tokens of one sentence, with negatives."""

from __future__ import annotations

import pytest

from framing.attribution.phrases import antecedent, np_left, np_right, possessive
from framing.attribution.tokens import tokens
from framing.text.segment import segment
from framing.types import Article


def toks_of(text: str):
    (sentence,) = segment(Article.from_text(text)).sentences
    return tokens(sentence)


def words(toks, rng) -> str | None:
    return None if rng is None else " ".join(t.text for t in toks[rng[0] : rng[1]])


def index(toks, word: str) -> int:
    return next(i for i, t in enumerate(toks) if t.text == word)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("The council on Tuesday said it would act.", "said", "The council"),
        ("Dean Ellery, 55, a salesman from Leeds, said it works.", "said", "Dean Ellery , 55 , a salesman from Leeds"),
        ("Jason Ellery — a teacher — says it works.", "says", "Jason Ellery — a teacher"),
        ("Many experts and some councillors say it works.", "say", "Many experts and some councillors"),
        ("She opened a probe the agency said was overdue.", "said", "the agency"),
        # negatives: an object before "and", an adverbial opening with a preposition, an infinitive
        ("The council approved the plan and critics said it was rushed.", "said", "critics"),
        ("With work expected to start, nothing was said.", "expected", None),
        ("The Courier is expected to endorse Ruiz.", "endorse", None),
    ],
)
def test_np_left(text: str, cue: str, expected: str | None) -> None:
    toks = toks_of(text)
    assert words(toks, np_left(toks, index(toks, cue))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“It works,” said Ana Ruiz, a strategist who once worked for the council.", "Ana Ruiz , a strategist who once worked for the council"),
        ("“It works,” said Ruiz, a councillor, in a statement.", "Ruiz , a councillor"),
        # negatives: a time phrase and a participle after the name are no part of it
        ("“It works,” said Tom Ellery on Tuesday.", "Tom Ellery"),
        ("“It works,” said Tom Ellery, adding that he would object.", "Tom Ellery"),
    ],
)
def test_np_right(text: str, expected: str) -> None:
    toks = toks_of(text)
    assert words(toks, np_right(toks, index(toks, "said") + 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruiz heard a lecture from the Westmoor mayor, who said it works.", "the Westmoor mayor"),
        ("Some 46 percent agreed, compared with 23 percent who said it works.", "23 percent"),
        ("It was the head of the group who said it works.", "the head of the group"),
    ],
)
def test_antecedent(text: str, expected: str) -> None:
    toks = toks_of(text)
    end = index(toks, "who")
    if toks[end - 1].text == ",":
        end -= 1
    assert words(toks, antecedent(toks, end)) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Hale's comments drew fire.", "Hale's", True),
        ("The voters' comments drew fire.", "voters'", True),
        ("He's commenting now.", "He's", False),
        ("It's a plan.", "It's", False),
    ],
)
def test_possessive(text: str, word: str, expected: bool) -> None:
    toks = toks_of(text)
    assert possessive(toks, index(toks, word)) is expected
