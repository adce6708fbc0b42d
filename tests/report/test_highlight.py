"""Highlighting finds terms by their surface form and never loses or reorders text."""

from __future__ import annotations

import pytest

from framing.report.highlight import Piece, highlight


@pytest.mark.parametrize(
    ("text", "terms", "marked"),
    [
        ("A reckless, ruinous plan.", [("loaded", {"term": "reckless", "start": 10}),
                                        ("loaded", {"term": "ruinous", "start": 20})], ["reckless", "ruinous"]),
        # Offsets point into the original text; the sentence text is what is searched.
        ("It was a TIDAL WAVE of cars.", [("emotive", {"term": "tidal wave", "start": 900})], ["TIDAL WAVE"]),
        # Repeated word: the second term takes the second occurrence.
        ("Cars, cars, cars.", [("keyword", {"term": "cars", "start": 6}), ("keyword", {"term": "cars", "start": 12})],
         ["cars", "cars"]),
        # Overlap: the first found wins.
        ("An utterly reckless plan.", [("emotive", {"term": "utterly reckless", "start": 3}),
                                        ("loaded", {"term": "reckless", "start": 11})], ["utterly reckless"]),
        # Not in the text, or empty: nothing marked, nothing lost.
        ("Plain words.", [("loaded", {"term": "absent", "start": 0}), ("loaded", {"term": "", "start": 0})], []),
        ("", [], []),
    ],
)
def test_highlight(text, terms, marked):
    pieces = highlight(text, terms)
    assert "".join(p.text for p in pieces) == text
    assert [p.text for p in pieces if p.kind] == marked


def test_note_carries_category_voice_and_lemma():
    [_, mark, _] = highlight("a slap in the face here", [("loaded", {"term": "slap in the face", "start": 2,
                                                                       "category": "hyperbole", "voice": "author"})])
    assert mark == Piece("slap in the face", "loaded", "hyperbole · author")
