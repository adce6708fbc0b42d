"""Actors: names by capitalisation rules, kinds, surnames and pronoun speakers, author-voice tone."""

from __future__ import annotations

import math

import pytest

import framing
from framing.actors import ACTOR_COLUMNS, actor_rows, mentions_in
from framing.text.segment import segment
from framing.types import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cllr Grace Okafor spoke to the Department of Health on Tuesday.", ["Grace Okafor", "Department of Health"]),
        ("However, councillors disagreed.", []),
        ("The Guildhall on Tuesday was full.", ["Guildhall"]),
        ("Priya Raman of the University of Westmoor said so.", ["Priya Raman", "University of Westmoor"]),
        ("Graham Lacey's shop closed.", ["Graham Lacey"]),
        # a Title-Case headline holds no reliable names
        ("Everything You Need To Know About The Kingsway Cycle Lane Scheme", []),
        ("", []),
    ],
)
def test_mentions(text: str, expected: list[str]) -> None:
    assert mentions_in(text) == expected


def test_kinds_surnames_and_tone() -> None:
    text = (
        "Grace Okafor led a disastrous, shameful meeting of Ashford Vale Borough Council.\n\n"
        "Okafor defended the plan. “It is a good plan,” she said.\n\n"
        "Station Road will close."
    )
    seg = segment(Article(text, article_id="a"))
    rows = {r["actor"]: r for r in actor_rows("a", seg.sentences, seg.attributions)}
    assert rows["Grace Okafor"]["kind"] == "person"
    assert rows["Ashford Vale Borough Council"]["kind"] == "organisation"
    assert "Station Road" not in rows  # a place: kind "other", not in the table
    okafor = rows["Grace Okafor"]
    assert okafor["mentions"] >= 2 and okafor["quoted_n"] >= 1
    assert okafor["tone_mean"] < 0  # the author-voice sentences about her are negative
    assert set(rows["Grace Okafor"]) == set(ACTOR_COLUMNS)


def test_quoted_sentences_do_not_set_tone() -> None:
    text = "“Tom Ellery is a wonderful, brilliant man,” said a neighbour."
    seg = segment(Article(text, article_id="a"))
    rows = {r["actor"]: r for r in actor_rows("a", seg.sentences, seg.attributions)}
    if "Tom Ellery" in rows:
        assert rows["Tom Ellery"]["tone_n"] == 0 and math.isnan(rows["Tom Ellery"]["tone_mean"])


def test_scores_carry_an_actors_table(demo_scores: framing.Scores, tmp_path) -> None:
    actors = demo_scores.actors
    assert list(actors.columns) == list(ACTOR_COLUMNS)
    assert set(actors["article_id"]) <= set(demo_scores.articles["article_id"])
    assert "Dana Okafor" in set(actors["actor"])
    assert set(actors["kind"]) <= {"person", "organisation"}
    written = demo_scores.save(tmp_path, format="csv")
    assert tmp_path / "actors.csv" in written
