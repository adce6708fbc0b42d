"""Sentence tone with VADER (Hutto & Gilbert 2014), scored per sentence, never per article.

VADER's compound score is a normalised sum of word valences, ``x / sqrt(x² + 15)``; on long text the
sum grows and the score saturates at ±1, so framing scores each sentence and lets the article table
average them.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping

from framing.registry import Column, measure
from framing.text.vader import Analyzer


@functools.cache
def _analyzer() -> Analyzer:
    return Analyzer()  # upstream's scores, without its per-word re-lower-casing (framing.text.vader)


def vader_scores(text: str) -> dict[str, float]:
    """VADER's scores for one sentence. Scoring computes them once per sentence
    (:attr:`framing.types.Sentence.vader`) for every measure that reads them."""
    return _analyzer().polarity_scores(text)


@measure(
    level="sentence",
    needs=("text", "vader"),
    resources=("vader_lexicon",),
    columns=[
        Column(
            "sentiment_compound",
            "float",
            "VADER compound tone from -1 (most negative) to +1 (most positive); NaN without words.",
            reduce=("mean", "min", "max"),
        ),
        Column("sentiment_pos", "float", "VADER share of positive tone (0–1); NaN without words.", reduce=("mean",)),
        Column("sentiment_neg", "float", "VADER share of negative tone (0–1); NaN without words.", reduce=("mean",)),
        Column("sentiment_neu", "float", "VADER share of neutral tone (0–1); NaN without words.", reduce=("mean",)),
    ],
)
def sentiment(text: str, vader: Mapping[str, float] | None = None) -> dict[str, float]:
    """VADER tone of one sentence: compound (−1 negative … +1 positive) and pos/neg/neu shares.

    ``vader`` is VADER's scores of ``text`` when the caller has them (scoring passes
    :attr:`framing.types.Sentence.vader`); otherwise they are computed here.

    Source: Hutto, C.J. & Gilbert, E. (2014), *VADER: A Parsimonious Rule-based Model for Sentiment
    Analysis of Social Media Text*, ICWSM. The scores are VADER's, unrounded where the library allows
    (VADER itself rounds to 3–4 decimals).
    """
    if not any(c.isalpha() for c in text):
        nan = math.nan
        return {"sentiment_compound": nan, "sentiment_pos": nan, "sentiment_neg": nan, "sentiment_neu": nan}
    s = vader_scores(text) if vader is None else vader
    return {
        "sentiment_compound": float(s["compound"]),
        "sentiment_pos": float(s["pos"]),
        "sentiment_neg": float(s["neg"]),
        "sentiment_neu": float(s["neu"]),
    }
