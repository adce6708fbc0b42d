"""Word counts per sentence: length and how much of it is quoted speech."""

from __future__ import annotations

import math

from framing.registry import Column, measure
from framing.text.quotes import split_speech
from framing.text.words import WORD, count_inside, iter_words
from framing.types import Span


@measure(
    level="sentence",
    needs=("text", "quotes", "block"),
    columns=[
        Column("words_n", "int", "Words in the sentence (see framing.text.words).", reduce=("mean", "std")),
        Column("words_quoted", "int", "Words of the sentence inside quotation marks.", reduce=("sum",)),
        Column("words_author", "int", "Words in the author's voice: outside speech quotations (words in scare "
               "quotes stay the author's). The denominator of the per-1,000 author-voice rates.", reduce=("sum",)),
        Column(
            "words_mean_length",
            "float",
            "Mean word length in characters; NaN for a sentence without words. Higher = longer words.",
            reduce=("mean",),
        ),
    ],
)
def words(text: str, quotes: tuple[Span, ...], block: str = "paragraph") -> dict[str, float]:
    """Count the words of a sentence, those inside quotation marks, and their mean length.

    The article table gets ``words_n_mean`` (mean sentence length in words), ``words_n_std`` (its
    spread), ``words_quoted_sum`` (words inside quotation marks), ``words_author_sum`` (words in the
    author's voice) and ``words_mean_length_mean``.
    """
    if not quotes:  # the common case: no word is quoted
        found = WORD.findall(text)
        mean_length = sum(map(len, found)) / len(found) if found else math.nan
        return {"words_n": len(found), "words_quoted": 0, "words_author": len(found), "words_mean_length": mean_length}
    spans = [m.span() for m in iter_words(text)]
    quoted = count_inside(spans, [(q.start, q.end) for q in quotes])
    speech = split_speech(text, quotes, block)[0]
    author = len(spans) - count_inside(spans, [(q.start, q.end) for q in speech])
    mean_length = sum(e - s for s, e in spans) / len(spans) if spans else math.nan
    return {"words_n": len(spans), "words_quoted": quoted, "words_author": author, "words_mean_length": mean_length}
