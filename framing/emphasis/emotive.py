"""Emotive phrasing and exaggeration in one sentence.

Emotive terms are matches of two of framing's lexicons:

* ``loaded.v1``'s ``emotive``, ``booster`` (intensifiers, Hyland 2005) and ``hyperbole`` categories;
* ``emotive.v1``: phrasal superlatives and record claims, dramatic metaphors ("perfect storm"), appeals
  to fear ("no one is safe") and to outrage ("slap in the face"), absolutes ("every single") and
  minimisers ("a mere slap on the wrist").

A negated match ("not a disaster") is listed with ``negated`` true and not counted; a
context-dependent (strength-1) match is listed and, by default, not counted.

*Exaggeration/minimisation* follows the SemEval-2020 propaganda corpus (Da San Martino et al. 2019):
"representing something in an excessive manner: making things larger, better, worse … or making
something seem less important or smaller than it really is". A sentence is flagged when it holds a
hyperbole, phrasal superlative, dramatic metaphor, absolute or minimiser (not negated, any strength),
or a grammatical superlative that claims a record ("the worst … ever", "the most X in history").
"""

from __future__ import annotations

import re
from typing import Any

from framing.types import Sentence

__all__ = ["EMOTIVE_CATEGORIES", "EXAGGERATION_CATEGORIES", "emotive_terms", "record_superlatives"]

#: Categories of ``loaded.v1`` that are emotive phrasing.
LOADED_EMOTIVE = ("emotive", "booster", "hyperbole")
#: Every category an emotive term can have.
EMOTIVE_CATEGORIES = (
    *LOADED_EMOTIVE, "superlative", "dramatic_metaphor", "fear_appeal", "outrage_appeal", "absolute", "minimiser",
)
#: Categories that make a sentence's exaggeration flag.
EXAGGERATION_CATEGORIES = ("hyperbole", "superlative", "dramatic_metaphor", "absolute", "minimiser")

_SCOPE = r"(?:ever|yet|in (?:living )?memory|in (?:[\w'’]+ ){0,2}history|of all time|on (?:earth|record)|in the world|imaginable|possible|since records began)"
_RECORD = re.compile(
    rf"\b(?:the|its|their|his|her|our|this|america's|britain's)\s+(?:(?:most|least)\s+[a-z]+|[a-z]+est|worst|best)\b[^.;:!?]{{0,40}}?\b{_SCOPE}\b",
    re.IGNORECASE,
)
_NOT_SUPERLATIVE = frozenset({"interest", "honest", "forest", "protest", "request", "test", "quest", "chest", "guest", "nest", "rest", "west", "arrest", "contest", "modest", "manifest", "harvest", "invest"})


def record_superlatives(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of grammatical superlatives that claim a record: "the worst attack ever", "the most
    dangerous city in the world", "the biggest fraud in American history"."""
    folded = text.casefold()  # as the case-insensitive pattern reads it ("ſ" is an "s")
    if "est" not in folded and "most" not in folded and "least" not in folded and "worst" not in folded:
        return ()  # no superlative ("-est", "most", "least", "best", "worst") to start a match
    out = []
    for m in _RECORD.finditer(text):
        word = m.group().split()[1].lower()
        if word in _NOT_SUPERLATIVE:
            continue
        out.append((m.start(), m.end()))
    return tuple(out)


def emotive_terms(
    sentence: Sentence, speech: list[tuple[int, int]] | None = None, *, min_strength: int = 2
) -> list[dict[str, Any]]:
    """Emotive terms of a sentence, with offsets into the original article text.

    Args:
        sentence: The sentence.
        speech: Quoted speech spans in ``sentence.text`` coordinates (default: all its quotes);
            terms inside them are in the ``quoted`` voice, others in the ``author`` voice.
        min_strength: Weakest lexicon strength that is counted. Strength-1 entries ("earthquake",
            "record high", "crisis") are often literal, so by default they are listed, not counted.

    Returns:
        One dict per term: term, lemma, category, strength, start, end (original offsets), voice,
        negated, counted (not negated and strong enough), in text order.
    """
    text = sentence.text
    spans = speech if speech is not None else [(q.start, q.end) for q in sentence.quotes]
    matches = [m for m in sentence.lexicon_matches("loaded") if m.entry.category in LOADED_EMOTIVE]
    matches += [m for m in sentence.lexicon_matches("emotive") if not _overlaps(m.start, m.end, matches)]
    terms = []
    for m in matches:
        voice = "quoted" if any(a <= m.start and m.end <= b for a, b in spans) else "author"
        start, end = sentence.original_span(m.start, m.end)
        terms.append({
            "term": m.text, "lemma": m.entry.term, "category": m.entry.category, "strength": m.entry.strength,
            "start": start, "end": end, "voice": voice, "negated": m.negated,
            "counted": not m.negated and m.entry.strength >= min_strength,
        })
    for a, b in record_superlatives(text):
        if _overlaps(a, b, matches):
            continue
        voice = "quoted" if any(x <= a and b <= y for x, y in spans) else "author"
        start, end = sentence.original_span(a, b)
        terms.append({
            "term": text[a:b], "lemma": text[a:b].lower(), "category": "superlative", "strength": 2,
            "start": start, "end": end, "voice": voice, "negated": False, "counted": True,
        })
    terms.sort(key=lambda t: (t["start"], t["end"]))
    return terms


def _overlaps(start: int, end: int, matches: list[Any]) -> bool:
    return any(m.start < end and start < m.end for m in matches)
