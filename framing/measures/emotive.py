"""Emotive phrasing by voice, and the exaggeration flag (definitions in :mod:`framing.emphasis.emotive`).

* ``emotive`` (sentence): ``emotive_terms`` with categories and offsets, counts by voice;
* ``emotive_article``: emotive terms per 1,000 words, overall and by voice, and the top terms;
* ``exaggeration`` (sentence): ``exaggeration_flag`` and the terms that set it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from framing.emphasis.emotive import EXAGGERATION_CATEGORIES, emotive_terms
from framing.measures.loaded import voice_words
from framing.registry import Column, measure
from framing.types import Sentence

_RESOURCES = ("loaded_lexicon", "emotive_lexicon")


def _speech(sentence: Sentence) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in sentence.speech_quotes]


@measure(
    level="sentence",
    needs=("sentence",),
    resources=_RESOURCES,
    columns=[
        Column("emotive_terms", "json", "Emotive terms: term, lemma, category, strength, start/end offsets into "
               "the original text, voice (author/quoted), negated, counted."),
        Column("emotive_n", "int", "Counted emotive terms (both voices). Higher = more emotive.", reduce=("sum",)),
        Column("emotive_n_author", "int", "Counted emotive terms in the author's voice.", reduce=("sum",)),
        Column("emotive_n_quoted", "int", "Counted emotive terms inside quotations.", reduce=("sum",)),
    ],
)
def emotive(sentence: Sentence) -> dict[str, Any]:
    """Emotive terms of a sentence: intensifiers and boosters, hyperbole and superlatives, dramatic
    metaphors, appeals to fear or outrage, absolutes and minimisers; negated terms are not counted."""
    terms = emotive_terms(sentence, _speech(sentence))
    counted = [t for t in terms if t["counted"]]
    return {
        "emotive_terms": terms,
        "emotive_n": len(counted),
        "emotive_n_author": sum(t["voice"] == "author" for t in counted),
        "emotive_n_quoted": sum(t["voice"] == "quoted" for t in counted),
    }


@measure(
    level="article",
    needs=("sentences", "columns"),
    prefix="emotive",
    columns=[
        Column("emotive_per_1k", "float", "Counted emotive terms per 1,000 words. Higher = more emotive "
               "phrasing. NaN without words."),
        Column("emotive_per_1k_author", "float", "Author-voice emotive terms per 1,000 author-voice words. "
               "Higher = the outlet's own words are more emotive. NaN without author-voice words."),
        Column("emotive_per_1k_quoted", "float", "Quoted emotive terms per 1,000 quoted words. NaN without quotes."),
        Column("emotive_top_terms", "json", "Up to 10 most frequent counted emotive terms: lemma, category, voice, count."),
    ],
)
def emotive_article(sentences: tuple[Sentence, ...], columns: Mapping[str, Sequence[Any]]) -> dict[str, Any]:
    """Emotive terms per 1,000 words, overall and by voice.

    ``emotive_per_1k_author`` = 1000 × counted author-voice terms / words outside speech quotations
    (scare quotes are the author's); ``emotive_per_1k_quoted`` likewise inside them.

    Args:
        sentences: The article's sentences.
        columns: The article's sentence-measure columns (``emotive_terms`` when the ``emotive`` measure
            ran); the sentence table itself works too.
    """
    author_words, quoted_words = voice_words(sentences)
    terms = [t for ts in columns["emotive_terms"] for t in ts if t["counted"]] if "emotive_terms" in columns else []
    n_author = sum(t["voice"] == "author" for t in terms)
    n_quoted = len(terms) - n_author
    words = author_words + quoted_words
    top = Counter((t["lemma"], t["category"], t["voice"]) for t in terms).most_common(10)
    return {
        "emotive_per_1k": 1000 * len(terms) / words if words else math.nan,
        "emotive_per_1k_author": 1000 * n_author / author_words if author_words else math.nan,
        "emotive_per_1k_quoted": 1000 * n_quoted / quoted_words if quoted_words else math.nan,
        "emotive_top_terms": [{"lemma": lemma, "category": c, "voice": v, "count": n} for (lemma, c, v), n in top],
    }


@measure(
    level="sentence",
    needs=("sentence",),
    resources=_RESOURCES,
    columns=[
        Column("exaggeration_flag", "bool", "The sentence exaggerates or minimises: a non-negated hyperbole, "
               "record superlative, dramatic metaphor, absolute or minimiser (any lexicon strength), in either "
               "voice.", reduce=("sum", "share")),
        Column("exaggeration_cues", "json", "The terms that set the flag: term, category, start/end offsets."),
    ],
)
def exaggeration(sentence: Sentence) -> dict[str, Any]:
    """Exaggeration/minimisation (SemEval-2020 propaganda corpus, Da San Martino et al. 2019): the
    sentence holds a counted term of the categories in
    :data:`~framing.emphasis.emotive.EXAGGERATION_CATEGORIES`, not negated, of either lexicon
    strength: context-dependent overstatement ("record high", "merely") is what the corpus marks too."""
    cues = [
        {"term": t["term"], "category": t["category"], "start": t["start"], "end": t["end"]}
        for t in emotive_terms(sentence, _speech(sentence), min_strength=1)
        if not t["negated"] and t["category"] in EXAGGERATION_CATEGORIES
    ]
    return {"exaggeration_flag": bool(cues), "exaggeration_cues": cues}
