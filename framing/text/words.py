"""Word tokens: what framing counts as a word.

A word is a run of letters (with inner apostrophes, hyphens or dots: "Khan’s", "group-based", "U.K"),
or a number with its separators ("9,000", "4.49", "15%"). Punctuation, symbols and white space are not
words. Every per-word rate in framing ("per 1,000 words") uses this definition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["WORD", "count_words", "iter_words"]

WORD = re.compile(r"\d+(?:[.,:]\d+)*%?|[^\W\d_]+(?:['’.\-][^\W\d_]+)*")


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """Yield a match for each word of ``text`` (``.span()`` gives its offsets)."""
    return WORD.finditer(text)


def count_words(text: str) -> int:
    """Number of words in ``text`` (0 for empty text)."""
    return sum(1 for _ in WORD.finditer(text))
