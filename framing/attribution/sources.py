"""Who is speaking: the source type of a source phrase, the party when stated, and speaker resolution.

Source types (:data:`SOURCE_TYPES`) come from our ``source_types`` lexicon, matched inside the source
phrase (names included: "Home Office", "Breitbart News"). Order of the rules:

1. no source at all (a passive "it is understood") → ``anonymous_vague``;
2. a pronoun takes the type of the speaker it is resolved to;
3. the head of the phrase (before any comma, "of", "who" …) is a vague word ("critics", "sources",
   "Khan's allies", "two officials familiar with") and carries no name → ``anonymous_vague``;
4. otherwise the first role found, in the order politician, official, expert,
   victim/family/community, organisation;
5. a capitalised name with no role → ``named_person``; anything else → ``unknown``.

Speakers are resolved in reading order (:class:`SpeakerResolver`): a full name is kept; a surname alone
("Okafor") becomes the full name introduced earlier ("Grace Okafor"); "he", "she", "they" and a bare
title ("the mayor", "the spokesperson") become the last speaker of a matching kind; whoever is
resolved to becomes the latest speaker. Once the article is read, :func:`canonical_speakers` gives a
surname or titled first name met *before* the full name ("Khan" in a headline, "Sadiq Khan" below) the
one fuller name that holds it, so each person is one speaker in the tables.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from framing.lexicons import load_lexicon

__all__ = [
    "DOCUMENTS", "PRONOUNS", "SOURCE_TYPES", "SpeakerResolver", "canonical_speakers", "is_person", "mentions", "name_in",
    "name_key", "party", "source_type",
]

SOURCE_TYPES: tuple[str, ...] = (
    "named_person",
    "politician",
    "official",
    "expert",
    "victim_family_community",
    "organisation",
    "anonymous_vague",
    "unknown",
)
# Vague only when no one is named behind them: "figures from the police" are the police's.
#: Head nouns of a document or a measurement as a source ("the report", "polls").
DOCUMENTS = frozenset("report reports figures data statistics study studies research poll polls survey surveys evidence documents analysis".split())
_QUANTIFIERS = frozenset("some many several few most other others certain numerous various".split())
_ROLE_ORDER = ("politician", "official", "expert", "victim_family_community", "organisation")
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it", "i", "we", "you"})
_HEAD_END = re.compile(r",|\(|—|–|\bwho\b|\bwhich\b|\bwhose\b|\bof\b|\bfor\b|\bat\b|\bfrom\b|\bin\b|\bwith\b|\bfamiliar\b|\bclose to\b", re.IGNORECASE)
TITLES = frozenset(
    "mr mrs ms miss mx dr prof professor sen senator rep representative gov governor president cllr councillor "
    "judge justice rev reverend gen general col colonel capt captain lt sgt det detective insp inspector supt "
    "superintendent chief secretary minister mayor commissioner commander chancellor deputy shadow chairman "
    "chairwoman".split()
)
_NON_NAME = frozenset(
    "the a an this that these those his her their its our my one two three several some many former late "
    "new longtime veteran".split()
)
_TIME_TAIL = re.compile(
    r"\s+(?:on|last|this|next|early|late|in)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|June|July|August|September|October|November|December)\b.*|(?:week|month|year)\b.*)$"
)
#: Titles kept as part of a name ("Sir Mark Rowley").
_KEPT_TITLES = frozenset({"Sir", "Dame", "Lord", "Lady", "Baroness"})
_PARTY = [
    (re.compile(r"\(\s*R\s*[-–]\s*[A-Z][\w.]*\s*\)"), "Republican"),
    (re.compile(r"\(\s*D\s*[-–]\s*[A-Z][\w.]*\s*\)"), "Democratic"),
    (re.compile(r"\(\s*I\s*[-–]\s*[A-Z][\w.]*\s*\)"), "Independent"),
    (re.compile(r"\b(?:Republican|GOP)\b"), "Republican"),
    (re.compile(r"\bDemocrat(?:ic)?\b"), "Democratic"),
    (re.compile(r"\bLabour\b"), "Labour"),
    (re.compile(r"\b(?:Conservative|Tory)\b"), "Conservative"),
    (re.compile(r"\b(?:Liberal Democrats?|Lib Dems?)\b"), "Liberal Democrats"),
    (re.compile(r"\bReform(?: UK)?\b"), "Reform UK"),
    (re.compile(r"\bGreens?\b(?= (?:Party|MP|MPs|councillor|leader|co-leader|candidate))"), "Green"),
    (re.compile(r"\bSNP\b"), "SNP"),
    (re.compile(r"\bPlaid Cymru\b"), "Plaid Cymru"),
    (re.compile(r"\bIndependent\b(?= (?:MP|councillor|candidate|senator))"), "Independent"),
]
_ADDRESSED = re.compile(r"\b(?:Sir|Dame|Lord|Lady|Baroness)(?: [A-Z][\w'’\-]+)+")
_NAME_TOKEN = re.compile(r"[A-Z][\w'’\-.]*|(?:van|von|de|del|der|da|bin|al|le|la|du|di)(?= [A-Z])")


def party(text: str | None) -> str | None:
    """The party stated in a source phrase ("Rep. Ana Ruiz (R-Fla.)" → Republican), or None."""
    if not text:
        return None
    for pattern, name in _PARTY:
        if pattern.search(text):
            return name
    return None


def _head(text: str) -> str:
    m = _HEAD_END.search(text)
    return text[: m.start()] if m else text


def name_in(text: str | None) -> str | None:
    """The personal or institutional name in a source phrase: the last run of capitalised words in
    its head, without honorifics ("longtime Westmoor pollster Tom Ellery" → "Tom Ellery",
    "Rep. Ana Ruiz (D-Westmoor)" → "Ana Ruiz", "The New York Post" → "New York Post", "New Westmoor Gov.
    Ana Ruiz" → "Ana Ruiz"); None if none, or if the last run only modifies a common noun after
    it ("the Mexican president", "the Ruiz campaign", "a Courier poll")."""
    if not text:
        return None
    text = re.sub(r"(?<=\w)['’]s?$", "", text.strip())  # the speaker of a noun cue: "Hale's (claim that …)"
    text = _TIME_TAIL.sub("", text)  # "a Courier poll released on Tuesday": the day is no name
    head = _head(text)
    runs: list[list[str]] = []
    current: list[str] = []
    words = re.findall(r"[\w'’\-.]+", head)
    modifier = False  # the last run is followed by a lower-case word of the head
    for n, word in enumerate(words):
        bare = word.rstrip(".")
        low = bare.lower()
        capital = word[0].isupper()
        if capital and low == "new" and n + 1 < len(words) and words[n + 1][0].isupper():
            capital = True  # "New York", "New Westmoor"
        elif capital and low in _NON_NAME:
            capital = False
        if capital:
            if re.search(r"['’]s$", bare):  # a possessive ends the run and is not the head
                current = []
                continue
            if low in TITLES and bare not in _KEPT_TITLES and current:
                runs.append(current)  # "New Westmoor Gov. Ana Ruiz": the name starts after the title
                current = []
            current.append(bare)
            modifier = False
        elif current and low in {"van", "von", "de", "del", "der", "da", "bin", "al", "le", "la", "du", "di"}:
            current.append(bare)
        else:
            if current:
                runs.append(current)
                modifier = word[0].isalpha() and word[0].islower() and low not in {"and", "&"}
            current = []
    if current:
        runs.append(current)
    kept = [] if not runs or modifier else [w for w in runs[-1] if w.lower() not in TITLES or w in _KEPT_TITLES]
    while kept and kept[0].lower() in TITLES:
        kept = kept[1:]
    if not kept:
        # "The Mayor of London Sir Sadiq Khan": a title of address names the person after the head
        m = _ADDRESSED.search(text)
        return m.group() if m else None
    return " ".join(kept)


def roles(text: str) -> list[str]:
    """Source-type roles the source-type lexicon finds in ``text`` (inside names too), in order."""
    return list(_roles(text))


@functools.lru_cache(maxsize=16384)
def _roles(text: str) -> tuple[str, ...]:
    """:func:`roles`, kept per source phrase (the same speakers recur across articles)."""
    return tuple(m.entry.category for m in load_lexicon("source_types").match(text, skip_names=False))


@functools.lru_cache(maxsize=16384)
def source_type(text: str | None, *, passive: bool = False) -> str:
    """Source type of a source phrase (rules in the module docstring); ``passive`` for a cue with no
    source by construction ("it is understood")."""
    if not text or not text.strip():
        return "anonymous_vague" if passive else "unknown"
    words = text.strip().lower().split()
    if len(words) == 1 and words[0] in PRONOUNS:
        return "anonymous_vague" if words[0] == "it" else "unknown"
    first = text.strip().split()[0]
    if first[:1].isupper() and roles(first.lower()):
        text = first.lower() + text.strip()[len(first) :]  # "Critics argue": a capital, not a name
    head = _head(text)
    head_roles = roles(head)
    has_name = name_in(text) is not None and name_in(head) is not None
    found = [r for r in roles(text) if r != "anonymous_vague"]
    document = head.strip().lower().split()[-1:] in ([w] for w in DOCUMENTS)
    if head_roles and head_roles[-1] == "anonymous_vague" and not has_name and not (document and found):
        return "anonymous_vague"
    if head.strip().lower().split()[:1] in ([q] for q in _QUANTIFIERS) and not has_name:
        return "anonymous_vague"  # "some residents", "many traders", "several officials"
    for role in _ROLE_ORDER:
        if role in found:
            return role
    if party(text):
        return "politician"
    if has_name:
        return "named_person"
    if head_roles and "anonymous_vague" in head_roles:
        return "anonymous_vague"
    return "unknown"


@dataclass
class _Known:
    name: str
    kind: str
    text: str
    person: bool
    pronoun: str = ""


_MENTION = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?){1,2}\b")
_NOT_FIRST = frozenset(
    "The A An This That These Those His Her Their Its Our In On At For By From After Before When While "
    "Among Under Over Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
    "April May June July August September October November December Mr Mrs Ms Dr Sir".split()
)


def is_person(name: str) -> bool:
    """A name with no institutional word in it ("Tom Ellery", not "Vale and Downs Police")."""
    return not any(r in {"organisation", "official"} for r in roles(name)) and " and " not in name


def mentions(text: str) -> list[str]:
    """Full personal names mentioned in ``text`` (two or three capitalised words, no institution)."""
    out = []
    for m in _MENTION.finditer(text):
        if text[m.end() : m.end() + 1] in {"'", "’"} or re.match(r"\s+[A-Z]", text[m.end() :]):
            continue  # part of a longer name ("Kingsway Traders' Association")
        words = m.group().split()
        while words and words[0] in _NOT_FIRST:
            words = words[1:]
        name = " ".join(words)
        if len(words) >= 2 and is_person(name):
            out.append(name)
    return out


def name_key(name: str) -> list[str]:
    """A name's words without titles of address ("Sir Mark Rowley" → ["Mark", "Rowley"]), for matching."""
    return [w for w in name.split() if w not in _KEPT_TITLES]


def canonical_speakers(speakers: list[str | None]) -> dict[str, str]:
    """For an article's speakers in reading order, the fullest name each one stands for: a one-word
    name ("Khan", "Sir Mark") becomes the one longer name that contains that word ("Sadiq Khan",
    "Sir Mark Rowley"), and a name with a title of address and one without are one speaker (the titled
    form wins). Names that match no other, or more than one, stay as they are."""
    names = list(dict.fromkeys(s for s in speakers if s and s[:1].isupper()))
    out: dict[str, str] = {}
    for name in names:
        key = name_key(name)
        if not key:
            continue
        fuller = [n for n in names if n != name and (
            (len(key) == 1 and len(name_key(n)) > 1 and key[0] in name_key(n)) or (len(key) > 1 and name_key(n) == key))]
        if len(key) > 1:
            fuller = [n for n in fuller if len(n) > len(name)]  # "Sadiq Khan" → "Sir Sadiq Khan"
        if fuller and len({tuple(name_key(n)) for n in fuller}) == 1:  # one person, not two Hales
            out[name] = max(fuller, key=len)
    return {name: out.get(out.get(name, name), out.get(name, name)) for name in out}


def _same_person(known: str, name: str) -> bool:
    """``name`` (a full name mentioned nearby) is the speaker ``known``, or shares its surname."""
    return known == name or name.split()[-1] in known.split()


class SpeakerResolver:
    """Resolves speakers in reading order within one article (see the module docstring)."""

    def __init__(self) -> None:
        self._known: list[_Known] = []

    def _again(self, known: _Known, kind: str | None = None) -> tuple[str, str]:
        """``known`` speaks again: it becomes the latest speaker (what "he", "she" and a bare title
        look back to first). ``kind`` is the new source's type, kept when more specific than named_person."""
        self._known.remove(known)
        self._known.append(known)
        return known.name, known.kind if kind is None or kind in {"named_person", "unknown"} else kind

    def resolve(self, source_text: str | None, kind: str, *, nearby: list[str] | None = None) -> tuple[str | None, str]:
        """``(speaker, source_type)`` for a source phrase of type ``kind``, updating what is known.

        ``nearby``: full names mentioned just before the cue (same and previous sentence, outside
        quotations); a "he" or "she" goes to the last of them before any earlier speaker ("Among those
        in the gallery was Tom Ellery … “…,” he said").
        """
        if not source_text:
            return None, kind
        lower = source_text.strip().lower()
        if lower in PRONOUNS:
            if lower in {"i", "we", "you", "it"}:
                return None, kind
            gender = {"he": "he", "him": "he", "she": "she", "her": "she"}.get(lower, "")
            other = {"he": "she", "she": "he"}.get(gender, "")
            candidates = [n for n in (nearby or []) if not any(k.name == n and k.pronoun == other for k in self._known)]
            if gender and candidates:
                # a nearby name that has already spoken wins over a newly mentioned one ("Cllr Dana
                # Okafor, of the ruling Vale Forward group, said … “…,” she said": Okafor, not the group)
                spoken = [n for n in candidates if any(_same_person(k.name, n) for k in self._known)]
                name = (spoken or candidates)[-1]
                for known in reversed(self._known):
                    if _same_person(known.name, name):
                        known.pronoun = known.pronoun or gender
                        return self._again(known)
                self._known.append(_Known(name, "named_person", name, True, gender))
                return name, "named_person"
            for known in reversed(self._known):
                if lower == "they" or (known.person and known.pronoun != other):
                    known.pronoun = known.pronoun or gender
                    return self._again(known)
            return None, kind
        if kind == "anonymous_vague":
            return re.sub(r"\s+", " ", lower), kind
        name = name_in(source_text)
        if name is None:
            # a bare title: "the mayor", "the force's spokesperson"
            last = lower.split()[-1] if lower.split() else ""
            for known in reversed(self._known):
                if last and last in known.text.lower():
                    return self._again(known)
            return re.sub(r"\s+", " ", lower), kind
        key = name_key(name)
        if len(key) == 1:  # "Okafor", "Sir Mark": the full name introduced earlier
            for known in reversed(self._known):
                if key[0] in name_key(known.name):
                    return self._again(known, kind)
        else:  # "Sir Sadiq Khan" after "Sadiq Khan"
            for known in reversed(self._known):
                if name_key(known.name) == key:
                    return self._again(known, kind)
        self._known.append(_Known(name, kind, source_text, kind not in {"organisation", "anonymous_vague"} and is_person(name)))
        return name, kind
