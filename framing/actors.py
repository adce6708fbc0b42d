"""Actors: the named people and organisations an article mentions, and the tone of the author-voice
sentences that mention each.

framing does not run a statistical named-entity recogniser: spaCy's small English model would cost
most of a batch run's time (about 5,000 words/s on one core) for a list of names. Instead, a
documented rule set over capitalisation, the same rules the attribution module uses for speakers:

* a *mention* is a run of capitalised words (joined by "of", "for", "on" or "the" after an institution
  word: "Department of Health"), split at weekdays and months, with leading determiners and titles removed
  ("Cllr Grace Okafor" → "Grace Okafor"); a single capitalised word that starts its sentence and is a
  common English word ("However", "Councillors") is not a mention;
* its *kind* is ``organisation`` when framing's source-type lexicon finds an institution in it
  ("Ashford Vale Borough Council") or an institution head word ("University of Westmoor"),
  ``person`` when it has two or three capitalised words, no institution word and no place or thing
  ending ("Station Road"), else ``other`` (places, schemes, brands, acronyms);
* a surname alone ("Okafor") and the resolved speakers of attributions ("she said", after a full name)
  count as mentions of the full name already seen.

Tone is VADER's compound score (Hutto & Gilbert 2014) of each author-voice sentence mentioning the
actor, averaged: −1 = the outlet's own sentences about the actor are negative, +1 = positive. Quoted
sentences are excluded: they carry the speaker's tone, not the outlet's.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from framing.attribution.sources import TITLES, is_person, roles
from framing.types import Attribution, Sentence

__all__ = ["ACTOR_COLUMNS", "Actor", "actor_rows", "find_actors", "mentions_in"]

ACTOR_COLUMNS = (
    "article_id", "actor", "kind", "mentions", "sentence_ids", "quoted_n", "tone_n", "tone_mean", "tone_min",
    "tone_max",
)
_WORD = r"(?:[A-Z][\w'’\-]*[\w]|[A-Z]\.?(?:[A-Z]\.)+|[A-Z])"
_LETTERS = re.compile(r"[^\W\d_]+")
_POSSESSIVE = re.compile(r"['’]s$")
_RUN = re.compile(rf"\b{_WORD}(?:(?:\s+(?:of|for|on|the|de|van|von|al))*\s+{_WORD})*")
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
#: Titles dropped before a name: the attribution module's list plus honours and "prime", "deputy".
_TITLES = TITLES | frozenset("sir dame lord lady baroness prime deputy".split())
_SKIP_FIRST = _CALENDAR | frozenset(
    "the a an this that these those his her their its our in on at for by from after before when while among "
    "under over but and or if as so yet mr mrs ms dr".split()
)
_TAIL = frozenset({"of", "for", "on", "the", "de", "van", "von", "al"})
#: Words that head an institution's name and may take "of"/"for" ("Department of Health").
_ORG_HEADS = frozenset(
    "department ministry university office board bank institute council committee court house church society "
    "association school college union federation league museum centre center agency authority commission "
    "secretary chamber college party foundation trust bureau".split()
)
#: Last words that make a capitalised run a place, a scheme or a thing, not a person.
_NOT_PERSON_TAIL = frozenset(
    "road street lane avenue way square park hall centre center scheme vale hill bridge station first forward "
    "traders news post times herald courier press agency report act bill plan project fund facts cons".split()
)


@functools.lru_cache(maxsize=16384)
def _common(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= 4.0


@dataclass
class Actor:
    """One actor in one article: ``name``, ``kind``, the sentences that mention it, times quoted."""

    name: str
    kind: str
    mentions: int = 0
    sentence_ids: list[int] = field(default_factory=list)
    quoted_n: int = 0


def _pieces(words: list[str]) -> list[list[str]]:
    """Split a capitalised run at weekdays/months, at connectors not after an institution word
    ("Priya Raman of the University" → two), and after the last title ("Council Leader Cllr Dana
    Okafor" → "Dana Okafor")."""
    pieces: list[list[str]] = [[]]
    for i, w in enumerate(words):
        low = w.lower().rstrip(".")
        if low in _CALENDAR and low != "may":
            pieces.append([])
            continue
        if w in _TAIL:
            prev = words[i - 1].lower() if i else ""
            if prev not in _ORG_HEADS and not (pieces[-1] and pieces[-1][-1] in _TAIL):
                pieces.append([])
                continue
        pieces[-1].append(w)
    out = []
    for piece in pieces:
        titles = [i for i, w in enumerate(piece) if w.lower().rstrip(".") in _TITLES]
        if titles and titles[-1] < len(piece) - 1 and not any(w.lower() in _ORG_HEADS for w in piece[titles[-1] + 1 :]):
            piece = piece[titles[-1] + 1 :]
        while piece and (piece[0].lower().rstrip(".") in _SKIP_FIRST or piece[0] in _TAIL):
            piece = piece[1:]
        while piece and piece[-1] in _TAIL:
            piece = piece[:-1]
        if piece:
            out.append(piece)
    return out


def mentions_in(text: str) -> list[str]:
    """Names mentioned in one sentence, cleaned (see the module docstring), in order. A Title-Case
    sentence (a headline or SEO subheading, most words capitalised) has no reliable names: none."""
    words_all = _LETTERS.findall(text)
    if len(words_all) >= 4 and sum(map(str.isupper, [w[0] for w in words_all])) > 0.6 * len(words_all):
        return []
    out = []
    for m in _RUN.finditer(text):
        for words in _pieces([_POSSESSIVE.sub("", w) for w in m.group().split()]):
            name = " ".join(words)
            if len(words) == 1 and (_common(name) or len(name) < 2):
                continue  # "However", "Councillors", "Police" alone; "NOT"
            out.append(name)
    return out


def _kind(name: str) -> str:
    words = name.split()
    if any(r in {"organisation", "official"} for r in roles(name)) or any(w.lower() in _ORG_HEADS for w in words):
        return "organisation"
    if (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and words[-1].lower() not in _NOT_PERSON_TAIL
        and is_person(name)
    ):
        return "person"
    return "other"


def find_actors(sentences: Sequence[Sentence], attributions: Sequence[Attribution] = ()) -> list[Actor]:
    """The actors of an article with their mentions, most mentioned first."""
    actors: dict[str, Actor] = {}
    surnames: dict[str, str] = {}

    def add(name: str, sid: int) -> None:
        key = surnames.get(name, name) if len(name.split()) == 1 else name
        actor = actors.get(key)
        if actor is None:
            actor = actors[key] = Actor(key, _kind(key))
            if actor.kind == "person":
                surnames.setdefault(key.split()[-1], key)
        actor.mentions += 1
        if sid not in actor.sentence_ids:
            actor.sentence_ids.append(sid)

    for s in sentences:
        for name in mentions_in(s.text):
            add(name, s.sentence_id)
    for a in attributions:
        speaker = surnames.get(a.speaker, a.speaker) if a.speaker and len(a.speaker.split()) == 1 else a.speaker
        if speaker and speaker in actors:
            actor = actors[speaker]
            if a.source_type == "organisation" and actor.kind != "organisation":
                actor.kind = "organisation"  # quoted as a body ("Residents First said")
            actor.quoted_n += 1
            for sid in a.sentence_ids[:1]:
                if sid not in actor.sentence_ids:  # "she said": a mention by pronoun
                    actor.sentence_ids.append(sid)
                    actor.mentions += 1
    for actor in actors.values():
        actor.sentence_ids.sort()
    return sorted(actors.values(), key=lambda a: (-a.mentions, a.name))


def actor_rows(article_id: str, sentences: Sequence[Sentence], attributions: Sequence[Attribution] = ()) -> list[dict[str, Any]]:
    """Rows of the actors table for one article: people and organisations (``other`` names are left
    out), with the VADER tone of the author-voice sentences that mention each
    (:attr:`~framing.types.Sentence.vader`, computed once per sentence)."""
    by_id = {s.sentence_id: s for s in sentences}
    rows = []
    for actor in find_actors(sentences, attributions):
        if actor.kind == "other":
            continue
        tones = [
            by_id[sid].vader["compound"]
            for sid in actor.sentence_ids
            if by_id[sid].voice == "author" and any(c.isalpha() for c in by_id[sid].text)
        ]
        rows.append({
            "article_id": article_id,
            "actor": actor.name,
            "kind": actor.kind,
            "mentions": actor.mentions,
            "sentence_ids": list(actor.sentence_ids),
            "quoted_n": actor.quoted_n,
            "tone_n": len(tones),
            "tone_mean": sum(tones) / len(tones) if tones else math.nan,
            "tone_min": min(tones) if tones else math.nan,
            "tone_max": max(tones) if tones else math.nan,
        })
    return rows
