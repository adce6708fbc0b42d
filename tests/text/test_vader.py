"""framing's VADER analyzer gives exactly upstream vaderSentiment's scores."""

from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from framing.text.segment import segment
from framing.text.vader import Analyzer
from framing.types import Article

UPSTREAM = SentimentIntensityAnalyzer()
FAST = Analyzer()

#: Cases that exercise each rule: boosters and caps, "kind of", negation one to three words back,
#: "never so", "without doubt", "least", "but", special idioms, punctuation, emojis and emoticons.
RULE_CASES = [
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "The book was only kind of good.",
    "At least it isn't a horrible book.",
    "The plan is not at all good.",
    "It was never so bad, never this good.",
    "Without doubt a great result, without any doubt.",
    "He was the least bad option, at least.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "That film was the bomb, to die for, the kiss of death for rivals.",
    "Really?? Truly??? Awful!!!!!",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "Make sure you :) or :D today!",
    "no no no, NO good",
    "",
    "   ",
    "1 2 3",
    # no word of VADER's lexicon: the all-neutral scores returned at once
    "The council met on Tuesday, but adjourned at noon.",
    "THE COUNCIL MET ON TUESDAY!!!",
    "!!!",
    "kind of",
]


@pytest.mark.parametrize("text", RULE_CASES)
def test_rule_cases_match_upstream(text: str) -> None:
    # repr: the same numbers down to the sign of a zero
    assert repr(FAST.polarity_scores(text)) == repr(UPSTREAM.polarity_scores(text))


def test_every_demo_sentence_matches_upstream(demo_records) -> None:
    sentences = [s.text for r in demo_records for s in segment(Article(r["text"])).sentences]
    assert len(sentences) > 100
    assert [FAST.polarity_scores(t) for t in sentences] == [UPSTREAM.polarity_scores(t) for t in sentences]


def test_every_seed_sentence_matches_upstream(seeds_dir) -> None:
    sentences = [s.text for p in sorted(seeds_dir.glob("*.txt"))
                 for s in segment(Article(p.read_text(encoding="utf-8"))).sentences]
    assert [FAST.polarity_scores(t) for t in sentences] == [UPSTREAM.polarity_scores(t) for t in sentences]


def test_analyzer_state_is_per_sentence() -> None:
    """Scoring another sentence in between does not leak its words into the next score."""
    a, b = "This is not good at all.", "Good, great and wonderful."
    first = FAST.polarity_scores(a)
    FAST.polarity_scores(b)
    assert FAST.polarity_scores(a) == first == UPSTREAM.polarity_scores(a)
