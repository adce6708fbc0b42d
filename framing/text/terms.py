"""Content terms: the words and phrases (1–4 words) of a text that can carry a topic or a keyword.

A *term* is an n-gram of word tokens (:func:`framing.lexicons.tokenize`) that starts and ends with a
content word (not a stop word, not a number), never crosses punctuation, and may hold stop words
inside ("cost of living"). Terms are grouped by a *key*: the Snowball (Porter 2) stems of their
tokens, so "annihilated", "annihilation" and "annihilate" are one term, and so are "Grooming Gang Cases"
and "grooming gang case". The stemmer is rule-based (NLTK's, no data download).

Background frequency comes from ``wordfreq`` (Speer 2022), a word-frequency table bundled with the
package (no download): the frequency of a term in general English, used to tell keywords that an
article pushes from words that are merely common.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from nltk.stem.snowball import SnowballStemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from framing.lexicons import tokenize

__all__ = ["STOP_WORDS", "Gram", "background_frequency", "grams", "stem"]

#: Stop words: scikit-learn's English list plus reporting and honorific words that every news story
#: repeats without emphasis ("said", "mr", "year").
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | frozenset(
    "said says say saying told tells according mr mrs ms dr sir year years day days week weeks month months "
    "time times people like just also would could should will can may might one two three new".split()
)
_JOIN = re.compile(r"[\s\-]*")  # what may stand between two tokens of one term
_STEMMER = SnowballStemmer("english")
_FLOOR = 1e-8  # background frequency of a word wordfreq has never seen (Zipf 1)


@functools.lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Snowball (Porter 2) stem of a lower-case token."""
    return _STEMMER.stem(token)


def is_content(token: str) -> bool:
    """A token that can start or end a term: has a letter, is at least 2 characters, is no stop word."""
    return len(token) >= 2 and any(c.isalpha() for c in token) and token not in STOP_WORDS


@dataclass(frozen=True)
class Gram:
    """One occurrence of a term: ``key`` (stems joined by spaces), ``text`` as written, ``[start, end)``
    in the text's coordinates, and ``n`` words."""

    key: str
    text: str
    start: int
    end: int
    n: int


def grams(text: str, *, max_n: int = 4) -> Iterator[Gram]:
    """Every term occurrence of 1 to ``max_n`` words in ``text`` (overlapping; see the module docstring)."""
    tokens = tokenize(text)
    stems = [stem(t) for t, _, _ in tokens]
    content = [is_content(t) for t, _, _ in tokens]
    # a term may not cross punctuation: break chains where the gap between tokens is not blank/hyphen
    joined = [
        _JOIN.fullmatch(text[tokens[i][2] : tokens[i + 1][1]]) is not None for i in range(len(tokens) - 1)
    ]
    for i in range(len(tokens)):
        if not content[i]:
            continue
        for n in range(1, max_n + 1):
            j = i + n - 1
            if j >= len(tokens) or (n > 1 and not joined[j - 1]):
                break
            if not content[j]:
                continue
            start, end = tokens[i][1], tokens[j][2]
            yield Gram(" ".join(stems[i : j + 1]), text[start:end], start, end, n)


@functools.lru_cache(maxsize=65536)
def background_frequency(term: str) -> float:
    """Frequency of ``term`` (lower case, words separated by spaces) in general English, from wordfreq.

    For a phrase, wordfreq estimates the frequency from its words' (it does not store phrases); a word
    it has never seen gets 1e-8 (Zipf 1), so rare names are "rare" rather than impossible.
    """
    from wordfreq import word_frequency

    return max(word_frequency(term, "en"), _FLOOR)
