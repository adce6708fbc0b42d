"""Content terms: the words and phrases (1–4 words) of a text that can carry a topic or a keyword.

A *term* is an n-gram of word tokens (:func:`framing.lexicons.tokenize`) that starts and ends with a
content word (not a stop word, not a number), never crosses punctuation, and may hold stop words
inside ("cost of living"). Terms are grouped by a *key*: the Snowball (Porter 2) stems of their
tokens, so "annihilated", "annihilation" and "annihilate" are one term, and so are "Grooming Gang Cases"
and "grooming gang case". The stemmer is rule-based: the Snowball project's English stemmer
(``snowballstemmer``; no data download), which runs the Snowball project's compiled C stemmer
(``PyStemmer``, the same algorithm and stems, ~20x faster) when it is installed, as framing's
dependencies make sure.

Background frequency comes from ``wordfreq`` (Speer 2022), a word-frequency table bundled with the
package (no download): the frequency of a term in general English, used to tell keywords that an
article pushes from words that are merely common.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

import snowballstemmer

from framing.lexicons import tokenize

__all__ = ["NEWS_STOP_WORDS", "Gram", "background_frequency", "grams", "stem", "stop_words", "term_spans"]

#: Reporting and honorific words that every news story repeats without emphasis ("said", "mr", "year"):
#: stop words on top of scikit-learn's English list (see :func:`stop_words`).
NEWS_STOP_WORDS = frozenset(
    "said says say saying told tells according mr mrs ms dr sir year years day days week weeks month months "
    "time times people like just also would could should will can may might one two three new".split()
)
_JOIN = re.compile(r"[\s\-]*")  # what may stand between two tokens of one term
_FLOOR = 1e-8  # background frequency of a word wordfreq has never seen (Zipf 1)


@functools.cache
def stop_words() -> frozenset[str]:
    """Stop words: scikit-learn's English list plus :data:`NEWS_STOP_WORDS`.

    Built on first use: importing scikit-learn costs ~80 MB, which a batch client that never scores
    should not pay.
    """
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | NEWS_STOP_WORDS


@functools.cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=16384)
def stem(token: str) -> str:
    """Snowball English (Porter 2) stem of a lower-case token, by the Snowball project's own
    ``snowballstemmer`` package (through its C build, ``PyStemmer``, when installed)."""
    return _stemmer().stemWord(token)


@functools.lru_cache(maxsize=16384)
def is_content(token: str) -> bool:
    """A token that can start or end a term: has a letter, is at least 2 characters, is no stop word."""
    return len(token) >= 2 and any(c.isalpha() for c in token) and token not in stop_words()


class Gram(NamedTuple):
    """One occurrence of a term: ``key`` (stems joined by spaces), ``text`` as written, ``[start, end)``
    in the text's coordinates, and ``n`` words."""

    key: str
    text: str
    start: int
    end: int
    n: int


def term_spans(
    text: str,
    *,
    max_n: int = 4,
    tokens: list[tuple[str, int, int]] | None = None,
    frequent: set[str] | frozenset[str] | None = None,
) -> list[tuple[str, int, int, int]]:
    """``(key, start, end, n)`` of every term occurrence in ``text``, as :func:`grams` yields them
    (plain tuples, for callers that count keys before they need the written forms).

    ``tokens`` is ``tokenize(text)`` when the caller has it already. With ``frequent`` (a set of
    stems), only terms whose first and last words' stems are in it are given: a caller counting
    terms over many texts skips every term that cannot recur when it knows which stems do.
    """
    if tokens is None:
        tokens = tokenize(text)
    words = [t for t, _, _ in tokens]
    stems = list(map(stem, words))
    content = list(map(is_content, words))
    if frequent is not None:
        edge = [c and st in frequent for c, st in zip(content, stems, strict=True)]
    else:
        edge = content
    # a term may not cross punctuation: break chains where the gap between tokens is not blank/hyphen
    last = len(tokens) - 1
    out = []
    for i in range(len(tokens)):
        if not edge[i]:
            continue
        start = tokens[i][1]
        j = i
        while True:  # the terms starting at token i: up to max_n tokens, ending on a content word
            if edge[j]:
                out.append((stems[i] if j == i else " ".join(stems[i : j + 1]), start, tokens[j][2], j - i + 1))
            if j - i + 1 >= max_n or j >= last or not _joined(text, tokens[j][2], tokens[j + 1][1]):
                break
            j += 1
    return out


def _joined(text: str, end: int, start: int) -> bool:
    """Two tokens, one ending at ``end`` and the next starting at ``start``, may be one term's words:
    only white space or hyphens between them."""
    gap = text[end:start]
    return gap == " " or _JOIN.fullmatch(gap) is not None


def grams(text: str, *, max_n: int = 4, tokens: list[tuple[str, int, int]] | None = None) -> Iterator[Gram]:
    """Every term occurrence of 1 to ``max_n`` words in ``text`` (overlapping; see the module docstring).

    ``tokens`` is ``tokenize(text)`` when the caller has it already.
    """
    make = Gram._make  # the tuple constructor, without the keyword handling of Gram(...)
    for key, start, end, n in term_spans(text, max_n=max_n, tokens=tokens):
        yield make((key, text[start:end], start, end, n))


@functools.lru_cache(maxsize=16384)
def background_frequency(term: str) -> float:
    """Frequency of ``term`` (lower case, words separated by spaces) in general English, from wordfreq.

    For a phrase, wordfreq estimates the frequency from its words' (it does not store phrases); a word
    it has never seen gets 1e-8 (Zipf 1), so rare names are "rare" rather than impossible.
    """
    from wordfreq import word_frequency

    return max(word_frequency(term, "en"), _FLOOR)
