"""Tokens of one sentence as the attribution rules see them: words and punctuation with offsets,
whether each stands inside quotation marks, and a few cheap word-class tests.

No tagger runs here (a parser over every sentence would cost more than the rest of scoring put
together); the word-class tests use lemminflect's dictionary of which parts of speech a form can take.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Tok:
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
    inside = [False] * (len(text) + 1)
    for q in sentence.quotes:
        for i in range(q.start, min(q.end, len(text))):
            inside[i] = True
    out = []
    for m in _TOKEN.finditer(text):
        t = m.group()
        word = t[0].isalnum()
        out.append(Tok(t, t.lower().replace("’", "'"), m.start(), m.end(), inside[m.start()], word, word and t[0].isupper()))
    return out


@functools.lru_cache(maxsize=65536)
def is_verbish(word: str) -> bool:
    """True when a lower-case ``word`` is an auxiliary, or a form lemminflect knows only as a verb
    ("announced", "chairs" is not: it is also a noun)."""
    if word in _AUX or word.endswith("n't"):
        return True
    if not word.isalpha():
        return False
    import lemminflect

    lemmas = lemminflect.getAllLemmas(word)
    return bool(lemmas) and ("VERB" in lemmas or "AUX" in lemmas) and not ({"NOUN", "ADJ", "PROPN", "ADV"} & set(lemmas))
