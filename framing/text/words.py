"""Word tokens: what framing counts as a word.

A word is a run of letters (with inner apostrophes, hyphens or dots: "Khan’s", "group-based", "U.K"),
or a number with its separators ("9,000", "4.49", "15%"). Punctuation, symbols and white space are not
words. Every per-word rate in framing ("per 1,000 words") uses this definition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["WORD", "count_words", "iter_words"]

WORD = re.compile(r"\d+(?:[.,:]\d+)*%?|[^\W\d_]+(?:['’.\-][^\W\d_]+)*")


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """Yield a match for each word of ``text`` (``.span()`` gives its offsets)."""
    return WORD.finditer(text)


def count_words(text: str) -> int:
    """Number of words in ``text`` (0 for empty text)."""
    return sum(1 for _ in WORD.finditer(text))


def voice_word_counts(text: str, quoted: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """``(author_words, quoted_words)`` of ``text``: a word is quoted when it lies inside one of the
    ``[start, end)`` spans."""
    spans = list(quoted)
    author = inside = 0
    for m in WORD.finditer(text):
        s, e = m.span()
        if any(qs <= s and e <= qe for qs, qe in spans):
            inside += 1
        else:
            author += 1
    return author, inside
