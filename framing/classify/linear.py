"""Prediction of a fitted loaded-language model as one weighted sum per sentence, without scikit-learn.

Scoring calls the model once per article, with a few dozen sentences. Through the fitted pipeline that
is a ``TfidfVectorizer`` transform, a sparse ``hstack`` and a sparse matrix product, whose fixed costs
are most of the time for so few rows. The model is linear, so :class:`LinearScorer` computes the same
number directly from the fitted vocabulary, IDF weights and coefficients:

    raw = Σₜ vₜ·wₜ / ‖v‖ + δ · Σₖ dₖ·uₖ + c,     vₜ = (1 + ln tfₜ) · idfₜ
    p   = 1 / (1 + exp(−(a·raw + b)))

with tfₜ the count of the vocabulary n-gram t in the (name-masked) sentence, ``idfₜ`` and ``wₜ`` its
IDF and weight, d the sentence's dense lexicon/style row (:func:`framing.classify.features.dense_block`),
δ the dense block's weight and u its coefficients, c the intercept and (a, b) the Platt parameters
(:class:`~framing.classify.estimator.CalibratedLogit`). This is the pipeline's sublinear,
L2-normalised TF-IDF followed by its dot product, so the probabilities equal the pipeline's up to
floating-point rounding (``tests/classify/test_linear.py`` holds them within 1e-12).

Models with a character n-gram or sentence-embedding block keep the pipeline
(:meth:`LinearScorer.from_pipeline` returns None for them).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from framing.classify.features import _TOKEN, dense_block, masked_tokens
from framing.lexicons import Match

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

__all__ = ["LinearScorer"]

#: The word vectorizer's token pattern (``token_pattern=r"[^\s]+"`` in SentenceFeaturizer.fit).
_SPLIT = re.compile(r"[^\s]+")


@dataclass(frozen=True, eq=False)  # arrays: identity, not element-wise, equality
class LinearScorer:
    """A fitted word-TF-IDF + dense-block linear model, as plain arrays (see the module docstring).

    Attributes:
        vocabulary: Word n-gram → column of the word block (None: no word block).
        idf: IDF of each word column.
        word_coef: Weight of each word column.
        dense_coef: Weights of the dense block's columns (None: no dense block).
        dense_weight: The featurizer's ``dense_weight``.
        intercept: The linear model's intercept.
        platt: ``(a, b)`` of the Platt scaling.
        ngrams: Largest word n-gram.
        mask: Whether sentences are name-masked before n-grams.
    """

    vocabulary: Mapping[str, int] | None
    idf: np.ndarray | None
    word_coef: np.ndarray | None
    dense_coef: np.ndarray | None
    dense_weight: float
    intercept: float
    platt: tuple[float, float]
    ngrams: int
    mask: bool

    @classmethod
    def from_pipeline(cls, pipeline: Pipeline) -> LinearScorer | None:
        """The scorer of a fitted ``SentenceFeaturizer`` + ``CalibratedLogit`` pipeline, or None when
        the featurizer has a block this scorer does not compute (character n-grams, embeddings)."""
        featurizer, head = pipeline[0], pipeline[-1]
        if featurizer.char_vectorizer_ is not None or featurizer.embedding:
            return None
        coef = np.asarray(head.coef_[0], dtype=np.float64)
        words = featurizer.word_vectorizer_
        n_words = 0 if words is None else len(words.idf_)
        return cls(
            vocabulary=None if words is None else dict(words.vocabulary_),
            idf=None if words is None else np.asarray(words.idf_, dtype=np.float64),
            word_coef=coef[:n_words] if words is not None else None,
            dense_coef=coef[n_words:] if featurizer.dense else None,
            dense_weight=float(featurizer.dense_weight),
            intercept=float(head.intercept_[0]),
            platt=tuple(head.platt_),
            ngrams=int(featurizer.word_ngrams or 1),
            mask=bool(featurizer.mask),
        )

    def _word_scores(self, texts: Sequence[str], tokens: Sequence[list[str]]) -> np.ndarray:
        """Σₜ vₜ·wₜ / ‖v‖ of each sentence (0 for a sentence with no vocabulary n-gram)."""
        vocabulary = self.vocabulary
        assert vocabulary is not None and self.idf is not None and self.word_coef is not None
        get = vocabulary.get
        rows: list[int] = []
        columns: list[int] = []
        for i, (text, toks) in enumerate(zip(texts, tokens, strict=True)):
            grams = masked_tokens(toks) if self.mask else _SPLIT.findall(text.lower())
            found = [j for j in map(get, grams) if j is not None]
            for n in range(2, self.ngrams + 1):
                joined = map(" ".join, zip(*(grams[k:] for k in range(n))))
                found += [j for j in map(get, joined) if j is not None]
            rows += [i] * len(found)
            columns += found
        if not rows:
            return np.zeros(len(texts))
        # count each (sentence, n-gram) pair: unique keys come out sorted by sentence, then column
        width = len(self.idf)
        keys, counts = np.unique(np.asarray(rows, dtype=np.int64) * width + np.asarray(columns), return_counts=True)
        row, col = np.divmod(keys, width)
        v = (np.log(counts.astype(np.float64)) + 1.0) * self.idf[col]
        norm = np.sqrt(np.bincount(row, weights=v * v, minlength=len(texts)))
        dot = np.bincount(row, weights=v * self.word_coef[col], minlength=len(texts))
        return np.divide(dot, norm, out=np.zeros(len(texts)), where=norm > 0)

    def predict_proba(
        self,
        texts: Sequence[str],
        *,
        vader: Sequence[Mapping[str, float]] | None = None,
        lexicon_matches: Sequence[Sequence[Match]] | None = None,
    ) -> np.ndarray:
        """Calibrated probability of "loaded" for each text (texts must have a letter; see
        :meth:`framing.classify.model.LoadedModel.predict_proba`, which filters them)."""
        texts = [str(t) for t in texts]
        if not texts:
            return np.zeros(0)
        tokens = [_TOKEN.findall(t) for t in texts]
        raw = np.full(len(texts), self.intercept)
        if self.vocabulary is not None:
            raw += self._word_scores(texts, tokens)
        if self.dense_coef is not None:
            raw += (dense_block(texts, tokens, vader, lexicon_matches) * self.dense_weight) @ self.dense_coef
        a, b = self.platt
        return 1.0 / (1.0 + np.exp(-(a * raw + b)))
