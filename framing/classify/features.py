"""Sentence features for the loaded-language classifier.

:class:`SentenceFeaturizer` turns sentences into one sparse matrix of three blocks:

* word 1–2-gram TF-IDF and character 3–5-gram TF-IDF of the *name-masked* sentence (see
  :func:`mask_names`), so that names and parties carry no weight (Trump ↔ Biden, Labour ↔ Conservative);
* dense lexicon features from framing's own lexicon (:mod:`framing.lexicons`): per-category counts of
  non-negated matches, strong/weak counts, negated matches, scare quotes, loaded-term density;
* style features: VADER tone (Hutto & Gilbert 2014), exclamation and question marks, ALL-CAPS words,
  the quoted share of the sentence and its length;
* optionally (``embedding`` > 0, the ``embed`` extra), the sentence's 384-dimensional embedding
  (:mod:`framing.classify.embedding`), scaled by ``embedding``.

Dense features are squashed with ``log1p`` (counts) and scaled by ``dense_weight`` so they sit on the
same scale as the L2-normalised TF-IDF rows.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from framing.lexicons import Match, load_lexicon
from framing.text.quotes import is_scare_quote, quote_spans

__all__ = ["DENSE_FEATURES", "SentenceFeaturizer", "dense_block", "embedding_names", "mask_names", "masked_tokens"]

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[.,]\d+)*|\S")
_CAPS = re.compile(r"\b[A-Z]{3,}\b")
_STOPWORD_STARTS = frozenset(
    "the a an this that these those it its he she they we i you his her their our my your but and or so "
    "if when while as after before in on at by for with from of to there here what who why how".split()
)
#: Party and ideology words masked like names, so neither side's label carries weight by itself.
PARTY_WORDS = frozenset(
    "democrat democrats democratic republican republicans gop tory tories labour conservative conservatives "
    "liberal liberals libdem libdems snp reform greens green".split()
)
_CATEGORIES = (
    "emotive", "evaluative", "pejorative", "booster", "hyperbole", "one_sided_verb", "presupposition",
    "insinuating_hedge",
)
DENSE_FEATURES: tuple[str, ...] = (
    *(f"lex_{c}" for c in _CATEGORIES),
    "lex_scare_quote", "lex_strong", "lex_weak", "lex_negated", "lex_any", "lex_density",
    "vader_compound", "vader_abs", "vader_pos", "vader_neg",
    "exclamations", "questions", "caps_words", "quoted_share", "log_words",
)


def embedding_names() -> list[str]:
    """Feature names of the embedding block: ``embed:0`` … ``embed:383``."""
    from framing.classify.embedding import EMBED_DIM

    return [f"embed:{i}" for i in range(EMBED_DIM)]


def mask_names(text: str) -> str:
    """Lower-case ``text`` and mask what should carry no weight: capitalised words (names, places,
    parties — except a sentence's first word when it is a common word), party names in any case, and
    numbers. ALL-CAPS words of three or more letters (emphasis, acronyms) are kept, lower-cased.

    Example: ``Senator Ruskin slammed the Democrats' 2,000-page bill`` →
    ``_name_ _name_ slammed the _name_ ' _num_ - page bill``.
    """
    return _mask_tokens(_TOKEN.findall(text))


def _mask_tokens(tokens: list[str]) -> str:
    """:func:`mask_names` of a text's ``_TOKEN`` tokens."""
    return " ".join(masked_tokens(tokens))


def masked_tokens(tokens: list[str]) -> list[str]:
    """The words of :func:`mask_names` (its output split at the spaces), from a text's ``_TOKEN`` tokens."""
    out = [_masked(tok) for tok in tokens]
    if out and out[0] == "_name_":
        low = tokens[0].lower()
        if low in _STOPWORD_STARTS and low not in PARTY_WORDS:
            out[0] = low  # a sentence's first word is capitalised anyway: a common one is no name
    return out


@functools.lru_cache(maxsize=16384)
def _masked(tok: str) -> str:
    """One token as :func:`mask_names` writes it anywhere but at the start of a sentence."""
    low = tok.lower()
    if tok[0].isdigit():
        return "_num_"
    if low in PARTY_WORDS:
        return "_name_"
    if tok[0].isupper() and not (tok.isupper() and len(tok) >= 3):
        return "_name_"
    return low


def _dense_row(text: str, tokens: list[str], matches: Sequence[Match], vs: Mapping[str, float]) -> list[float]:
    """The lexicon and style features of one sentence, given its ``_TOKEN`` tokens, its loaded-lexicon
    ``matches`` and its VADER scores ``vs``."""
    quotes = quote_spans(text)
    is_scare = [is_scare_quote(text, q) for q in quotes]
    scare = sum(is_scare)
    counts = dict.fromkeys(_CATEGORIES, 0)
    strong = weak = negated = 0
    for m in matches:
        if m.negated:
            negated += 1
            continue
        counts[m.entry.category] = counts.get(m.entry.category, 0) + 1
        if m.entry.strength >= 2:
            strong += 1
        else:
            weak += 1
    n_words = max(1, sum(map(str.isalnum, [t[0] for t in tokens])))
    quoted = sum(q.end - q.start for q, s in zip(quotes, is_scare, strict=True) if not s) / max(1, len(text))
    return [
        *(math.log1p(counts[c]) for c in _CATEGORIES),
        math.log1p(scare), math.log1p(strong), math.log1p(weak), math.log1p(negated),
        float(strong + weak > 0), min(1.0, 5 * (strong + weak) / n_words),
        vs["compound"], abs(vs["compound"]), vs["pos"], vs["neg"],
        math.log1p(text.count("!")), math.log1p(text.count("?")), math.log1p(len(_CAPS.findall(text))),
        quoted, math.log(n_words) / 4,
    ]


def dense_block(
    texts: Sequence[str],
    tokens: Sequence[list[str]],
    vader: Sequence[Mapping[str, float]] | None = None,
    lexicon_matches: Sequence[Sequence[Match]] | None = None,
) -> np.ndarray:
    """The lexicon and style features (:data:`DENSE_FEATURES`, unscaled) of each text, one row per
    text, given the texts' ``_TOKEN`` tokens; VADER's scores and the loaded-lexicon matches are
    computed here when the caller does not have them."""
    if vader is None:
        from framing.measures.sentiment import vader_scores

        vader = [vader_scores(t) for t in texts]
    if lexicon_matches is None:
        lexicon = load_lexicon()
        lexicon_matches = [lexicon.match(t) for t in texts]
    rows = [_dense_row(*row) for row in zip(texts, tokens, lexicon_matches, vader, strict=True)]
    return np.array(rows, dtype=np.float64).reshape(len(texts), -1)


class SentenceFeaturizer(TransformerMixin, BaseEstimator):
    """Sentences (strings) → sparse features: word and char TF-IDF of masked text, lexicon and style.

    Args:
        word_ngrams: Largest word n-gram (1 = unigrams only; 0 = no word block).
        char_ngrams: ``(min, max)`` character n-gram lengths (``None`` = no char block).
        min_df: Minimum document frequency for an n-gram to enter the vocabulary.
        dense: Add the lexicon and style block.
        dense_weight: Multiplier of the dense block (its scale against the TF-IDF rows).
        mask: Mask names, parties and numbers before n-grams (:func:`mask_names`).
        embedding: Weight of the sentence-embedding block (0 = none; > 0 needs the ``embed`` extra).

    Attributes:
        word_vectorizer_: Fitted word TF-IDF (or ``None``).
        char_vectorizer_: Fitted char TF-IDF (or ``None``).
        feature_names_: Names of all output columns.
    """

    def __init__(self, word_ngrams: int = 2, char_ngrams: tuple[int, int] | None = (3, 5), min_df: int = 2,
                 dense: bool = True, dense_weight: float = 0.5, mask: bool = True, embedding: float = 0.0) -> None:
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.dense = dense
        self.dense_weight = dense_weight
        self.mask = mask
        self.embedding = embedding

    def _prepare(self, X: Iterable[str]) -> tuple[list[str], list[str]]:
        texts = [str(x) for x in X]
        return texts, [mask_names(t) if self.mask else t.lower() for t in texts]

    def fit(self, X, y=None):  # noqa: N803
        texts, masked = self._prepare(X)
        if not texts:
            raise ValueError("SentenceFeaturizer needs at least one sentence to fit")
        if self.embedding:
            from framing.classify.embedding import require_embedding

            require_embedding()  # fail before fitting, with the install hint
        self.word_vectorizer_ = None
        self.char_vectorizer_ = None
        if self.word_ngrams:
            self.word_vectorizer_ = TfidfVectorizer(
                ngram_range=(1, self.word_ngrams), min_df=self.min_df, sublinear_tf=True,
                token_pattern=r"[^\s]+", lowercase=False, dtype=np.float64,
            ).fit(masked)
        if self.char_ngrams:
            self.char_vectorizer_ = TfidfVectorizer(
                analyzer="char_wb", ngram_range=tuple(self.char_ngrams), min_df=self.min_df,
                sublinear_tf=True, lowercase=False, dtype=np.float64,
            ).fit(masked)
        names: list[str] = []
        if self.word_vectorizer_ is not None:
            names += [f"word:{w}" for w in self.word_vectorizer_.get_feature_names_out()]
        if self.char_vectorizer_ is not None:
            names += [f"char:{c}" for c in self.char_vectorizer_.get_feature_names_out()]
        if self.dense:
            names += [f"dense:{d}" for d in DENSE_FEATURES]
        if self.embedding:
            names += embedding_names()
        self.feature_names_ = np.array(names, dtype=object)
        self.n_features_out_ = len(names)
        return self

    def transform(
        self,
        X,  # noqa: N803
        *,
        vader: Sequence[Mapping[str, float]] | None = None,
        lexicon_matches: Sequence[Sequence[Match]] | None = None,
    ):
        """Features of the sentences ``X``.

        Args:
            X: Sentence texts.
            vader: VADER's scores of each text, when the caller has them (scoring does:
                :attr:`framing.types.Sentence.vader`); computed here otherwise.
            lexicon_matches: Each text's matches of the loaded lexicon, likewise
                (:meth:`framing.types.Sentence.lexicon_matches`).
        """
        check_is_fitted(self, "feature_names_")
        texts = [str(x) for x in X]
        tokens = [_TOKEN.findall(t) for t in texts]
        masked = [_mask_tokens(ts) for ts in tokens] if self.mask else [t.lower() for t in texts]
        blocks = []
        if self.word_vectorizer_ is not None:
            blocks.append(self.word_vectorizer_.transform(masked))
        if self.char_vectorizer_ is not None:
            blocks.append(self.char_vectorizer_.transform(masked))
        if self.dense:
            blocks.append(sp.csr_matrix(dense_block(texts, tokens, vader, lexicon_matches) * self.dense_weight))
        if self.embedding:
            from framing.classify.embedding import embed

            blocks.append(sp.csr_matrix(embed(texts) * self.embedding))
        return sp.hstack(blocks, format="csr") if blocks else sp.csr_matrix((len(texts), 0))

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "feature_names_")
        return self.feature_names_

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        return tags
