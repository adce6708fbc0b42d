"""Loaded language: lexicon terms with offsets and voice, and a classifier probability per sentence.

Two measures share the ``loaded_`` prefix:

* ``loaded`` (sentence): every match of framing's loaded-language lexicon
  (:func:`framing.lexicons.load_lexicon`) and every scare quote, as ``loaded_terms`` (term, lemma,
  category, strength, offsets into the *original* article text, voice, negated, hedged); counts per
  category split by voice; and ``loaded_prob``, the shipped classifier's calibrated probability that
  the sentence's wording is loaded (trained only on ``labels/``).
* ``loaded_article`` (article): loaded terms per 1,000 words in the author's voice and in quoted
  voice, the share of sentences the classifier calls loaded, and the most frequent author-voice terms.

A term is in the *quoted* voice when it lies inside quotation marks that are not a scare quote; a
politician calling something "utterly abhorrent" is not the outlet's loaded language. Strong terms
always count; context-dependent (strength-1) terms count only in sentences the classifier reads as
loaded; negated terms ("not reckless") never count. Every term is listed, with ``counted``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from framing.classify.model import load_model
from framing.registry import Column, measure
from framing.text.words import voice_word_counts
from framing.types import Sentence, Span

CATEGORIES = (
    "emotive", "evaluative", "pejorative", "booster", "hyperbole", "one_sided_verb", "presupposition",
    "insinuating_hedge", "scare_quote",
)
VOICES = ("author", "quoted")


def split_quotes(sentence: Sentence) -> tuple[list[Span], list[Span]]:
    """``(speech, scare)`` quoted spans of a sentence (:func:`framing.text.quotes.split_speech`,
    computed once per sentence: :attr:`~framing.types.Sentence.speech_quotes`)."""
    return sentence.speech_quotes, sentence.scare_quotes


def voice_words(sentences: tuple[Sentence, ...] | list[Sentence]) -> tuple[int, int]:
    """``(author, quoted)`` word counts of an article: words inside speech quotations are quoted;
    words in scare quotes stay the author's."""
    author = quoted = 0
    for s in sentences:
        if not s.speech_quotes:
            author += s.n_words
            continue
        a, q = voice_word_counts(s.text, ((q.start, q.end) for q in s.speech_quotes))
        author += a
        quoted += q
    return author, quoted


def sentence_terms(sentence: Sentence) -> list[dict[str, Any]]:
    """Loaded terms of one sentence, with offsets into the original article text."""
    text = sentence.text
    speech, scare = split_quotes(sentence)
    terms: list[dict[str, Any]] = []
    for m in sentence.lexicon_matches("loaded"):
        voice = "quoted" if any(q.start <= m.start and m.end <= q.end for q in speech) else "author"
        start, end = sentence.original_span(m.start, m.end)
        terms.append({
            "term": m.text, "lemma": m.entry.term, "category": m.entry.category, "strength": m.entry.strength,
            "start": start, "end": end, "voice": voice, "negated": m.negated, "hedged": m.hedged,
            "_start": m.start, "_end": m.end,
        })
    for q in scare:
        if any(q.start <= m["_start"] and m["_end"] <= q.end for m in terms):
            continue  # the loaded word inside the scare quote is already listed
        start, end = sentence.original_span(q.start, q.end)
        terms.append({
            "term": text[q.start : q.end], "lemma": text[q.start : q.end].lower(), "category": "scare_quote",
            "strength": 1, "start": start, "end": end, "voice": "author", "negated": False, "hedged": False,
        })
    for t in terms:
        t.pop("_start", None)
        t.pop("_end", None)
    terms.sort(key=lambda t: (t["start"], t["end"]))
    return terms


def is_counted(term: Mapping[str, Any], prob: float) -> bool:
    """Whether a loaded term counts: never negated; strong (strength 2) always; context-dependent
    (strength 1) only in a sentence the classifier reads as loaded (``prob`` ≥ 0.5; NaN = classifier off)."""
    return not term["negated"] and (term["strength"] >= 2 or (not math.isnan(prob) and prob >= 0.5))


_COUNT_COLUMNS = [
    Column(f"loaded_{c}_{v}", "int", f"Counted {c.replace('_', ' ')} terms in {v} voice.", reduce=("sum",))
    for c in CATEGORIES
    for v in VOICES
]


@measure(
    level="sentence",
    needs=("sentence",),
    batched=True,
    resources=("loaded_lexicon", "loaded_model"),
    columns=[
        Column("loaded_terms", "json", "Loaded terms: term, lemma, category, strength, start/end offsets into "
               "the original text, voice (author/quoted), negated, hedged, counted."),
        Column("loaded_n", "int", "Counted loaded terms (both voices). Higher = more loaded.", reduce=("sum",)),
        Column("loaded_n_author", "int", "Counted loaded terms in the author's voice.", reduce=("sum",)),
        Column("loaded_n_quoted", "int", "Counted loaded terms inside quotations.", reduce=("sum",)),
        *_COUNT_COLUMNS,
        Column("loaded_prob", "float", "Classifier probability that the wording is loaded (0–1, calibrated). "
               "Higher = more loaded. NaN without words or when the classifier is off.", reduce=("mean", "max")),
    ],
)
def loaded(sentence: list[Sentence], *, classifier: bool = True) -> dict[str, list[Any]]:
    """Loaded-language terms (lexicon + scare quotes) and classifier probability for each sentence.

    Which terms are *counted*: a strong term (strength 2: "disgraceful", "thug", "utterly") always; a
    context-dependent term (strength 1: "scheme", "claim", "crisis") only when the classifier reads
    the sentence as loaded (``loaded_prob`` ≥ 0.5); a negated term ("not reckless") never. Every term
    stays in ``loaded_terms`` with ``counted`` true or false, so the decision is visible.

    Args:
        sentence: The article's sentences (batched: the classifier runs once per article).
        classifier: Compute ``loaded_prob`` with the shipped model. Off: ``loaded_prob`` is NaN and
            only strong terms are counted.
    """
    texts = [s.text for s in sentence]
    if classifier:
        vader = [s.vader for s in sentence]
        matches = [s.lexicon_matches("loaded") for s in sentence]
        probs = [float(p) for p in load_model().predict_proba(texts, vader=vader, lexicon_matches=matches)]
    else:
        probs = [math.nan] * len(texts)
    out: dict[str, list[Any]] = {c: [] for c in ["loaded_terms", "loaded_n", "loaded_n_author", "loaded_n_quoted"]}
    out.update({c.name: [] for c in _COUNT_COLUMNS})
    for s, prob in zip(sentence, probs, strict=True):
        terms = sentence_terms(s)
        for t in terms:
            t["counted"] = is_counted(t, prob)
        counted = Counter((t["category"], t["voice"]) for t in terms if t["counted"])
        out["loaded_terms"].append(terms)
        out["loaded_n"].append(sum(counted.values()))
        for v in VOICES:
            out[f"loaded_n_{v}"].append(sum(n for (_, voice), n in counted.items() if voice == v))
        for c in CATEGORIES:
            for v in VOICES:
                out[f"loaded_{c}_{v}"].append(counted[c, v])
    out["loaded_prob"] = probs
    return out


@measure(
    level="article",
    needs=("sentences", "columns"),
    prefix="loaded",
    columns=[
        Column("loaded_per_1k_author", "float", "Author-voice loaded terms per 1,000 author-voice words. "
               "Higher = more loaded in the outlet's own words. NaN without author-voice words."),
        Column("loaded_per_1k_quoted", "float", "Quoted loaded terms per 1,000 quoted words. NaN without quotes."),
        Column("loaded_share", "float", "Share of sentences with loaded_prob ≥ 0.5. NaN without sentences."),
        Column("loaded_top_terms", "json", "Up to 10 most frequent author-voice loaded terms: lemma, category, count."),
    ],
)
def loaded_article(sentences: tuple[Sentence, ...], columns: Mapping[str, Sequence[Any]]) -> dict[str, Any]:
    """Article-level loaded language: rates per 1,000 words by voice, classifier share, top terms.

    ``loaded_per_1k_author`` = 1000 × (counted author-voice terms) / (words outside quotation marks
    other than scare quotes); ``loaded_per_1k_quoted`` likewise inside them. See :func:`loaded` for
    which terms are counted.

    Args:
        sentences: The article's sentences.
        columns: The article's sentence-measure columns (``loaded_terms`` and ``loaded_prob`` when the
            ``loaded`` measure ran); the sentence table itself works too.
    """
    author_words, quoted_words = voice_words(sentences)
    terms = [t for ts in columns["loaded_terms"] for t in ts if t["counted"]] if "loaded_terms" in columns else []
    n_author = sum(t["voice"] == "author" for t in terms)
    n_quoted = sum(t["voice"] == "quoted" for t in terms)
    probs = [p for p in columns["loaded_prob"] if not pd.isna(p)] if "loaded_prob" in columns else []
    top = Counter((t["lemma"], t["category"]) for t in terms if t["voice"] == "author").most_common(10)
    return {
        "loaded_per_1k_author": 1000 * n_author / author_words if author_words else math.nan,
        "loaded_per_1k_quoted": 1000 * n_quoted / quoted_words if quoted_words else math.nan,
        "loaded_share": sum(p >= 0.5 for p in probs) / len(probs) if probs else math.nan,
        "loaded_top_terms": [{"lemma": lemma, "category": cat, "count": n} for (lemma, cat), n in top],
    }
