"""Word tokens: what framing counts as a word.

A word is a run of letters (with inner apostrophes, hyphens or dots: "Khan’s", "group-based", "U.K"),
or a number with its separators ("9,000", "4.49", "15%"). Punctuation, symbols and white space are not
words. Every per-word rate in framing ("per 1,000 words") uses this definition.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence

__all__ = ["WORD", "count_inside", "count_words", "iter_words", "voice_word_counts"]

WORD = re.compile(r"\d+(?:[.,:]\d+)*%?|[^\W\d_]+(?:['’.\-][^\W\d_]+)*")


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """Yield a match for each word of ``text`` (``.span()`` gives its offsets)."""
    return WORD.finditer(text)


def count_words(text: str) -> int:
    """Number of words in ``text`` (0 for empty text)."""
    return len(WORD.findall(text))


def voice_word_counts(text: str, quoted: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """``(author_words, quoted_words)`` of ``text``: a word is quoted when it lies inside one of the
    ``[start, end)`` spans."""
    spans = list(quoted)
    if not spans:
        return count_words(text), 0
    words = [m.span() for m in WORD.finditer(text)]
    inside = count_inside(words, spans)
    return len(words) - inside, inside


def count_inside(words: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> int:
    """How many of the word spans ``words`` (in text order, as :func:`iter_words` gives them) lie
    inside one of the ``[start, end)`` ``spans``."""
    if not spans:
        return 0
    starts = [s for s, _ in words]
    inside: set[int] = set()
    for qs, qe in spans:
        i = bisect.bisect_left(starts, qs)  # the first word starting in the span
        while i < len(words) and words[i][0] < qe:
            if words[i][1] <= qe:
                inside.add(i)
            i += 1
    return len(inside)
