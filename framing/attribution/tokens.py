"""Tokens of one sentence as the attribution rules see them: words and punctuation with offsets,
whether each stands inside quotation marks, and a few cheap word-class tests.

No tagger runs here (a parser over every sentence would cost more than the rest of scoring put
together); the word-class tests use lemminflect's dictionary of which parts of speech a form can take.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from framing.lexicons import same_when_lowered_whole
from framing.text.lemmas import lemminflect
from framing.types import Sentence

__all__ = ["CLOSE_MARKS", "OPEN_MARKS", "QUOTE_MARKS", "Tok", "is_verbish", "tokens"]

_TOKEN = re.compile(r"[^\W_]+(?:['’\-.&][^\W_]+)*(?:['’]s|(?<=s)['’](?![^\W_]))?|\S")
QUOTE_MARKS = frozenset("\"“”‘’«»„'")
OPEN_MARKS = frozenset("“‘«„")
CLOSE_MARKS = frozenset("”’»")

# Finite auxiliaries and copulas: a source noun phrase never contains one.
_AUX = frozenset(
    "is are was were be been being am do does did has have had will would shall should can could may "
    "might must 's 're 've 'd".split()
)


class Tok(NamedTuple):
    """One token: ``text`` and ``[start, end)`` in the sentence's cleaned text."""

    text: str
    lower: str
    start: int
    end: int
    quoted: bool
    word: bool
    cap: bool

    @property
    def mark(self) -> bool:
        """A quotation mark."""
        return self.text in QUOTE_MARKS


def tokens(sentence: Sentence) -> list[Tok]:
    """Tokens of ``sentence.text``; ``quoted`` is true for tokens inside the sentence's quoted spans."""
    text = sentence.text
    inside = bytearray(len(text) + 1)
    for q in sentence.quotes:
        inside[q.start : min(q.end, len(text))] = b"\x01" * (min(q.end, len(text)) - q.start)
    lowered = text.lower().replace("’", "'")
    if not same_when_lowered_whole(text, lowered):
        lowered = ""  # lower each token on its own
    out = []
    make = Tok._make  # the tuple constructor, without the keyword handling of Tok(...)
    end = 0
    # the tokens cover every character but white space, so each one starts at the next match of its text
    for t in _TOKEN.findall(text):
        start = text.index(t, end)
        end = start + len(t)
        word = t[0].isalnum()
        lower = lowered[start:end] if lowered else t.lower().replace("’", "'")
        out.append(make((t, lower, start, end, inside[start] == 1, word, word and t[0].isupper())))
    return out


@functools.lru_cache(maxsize=16384)
def is_verbish(word: str) -> bool:
    """True when a lower-case ``word`` is an auxiliary, or a form lemminflect knows only as a verb
    ("announced", "chairs" is not: it is also a noun)."""
    if word in _AUX or word.endswith("n't"):
        return True
    if not word.isalpha():
        return False
    lemmas = lemminflect().getAllLemmas(word)
    return bool(lemmas) and ("VERB" in lemmas or "AUX" in lemmas) and not ({"NOUN", "ADJ", "PROPN", "ADV"} & set(lemmas))
