"""Position: loaded and emotive wording in the headline, the lead and the rest of the article.

The *headline* is the article's headline block; the *lead* is its first three body sentences
(paragraphs and bullets, the usual news "lede" stretched over the opening); the *rest* is every later
body sentence. Per section, terms per 1,000 words of that section; and a *front ratio*:

    front_ratio = rate(headline + lead) / rate(rest)

(higher = the wording is concentrated at the top; 1 = even; NaN when the rest has no words or no
such terms). A report can then say "the loaded words are concentrated in the headline and lead".

When the text has no headline block but the article has a title (a ``title`` field of a JSONL or CSV
record, an HTML page's title), the title is the headline: its terms are found with the same lexicons
and counted by the same rules as a sentence's (:func:`framing.measures.loaded.loaded`,
:func:`framing.emphasis.emotive.emotive_terms`) and listed in ``position_title_terms``, with offsets
into the title, since they are in no row of the sentence table.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from framing.classify.model import load_model
from framing.emphasis.emotive import emotive_terms
from framing.measures.loaded import is_counted, sentence_terms
from framing.registry import Column, measure
from framing.text.segment import title_sentence
from framing.types import Sentence

#: Sentence count columns whose position is measured, by family: (column in the sentence table).
FAMILIES = {"loaded": "loaded_n", "emotive": "emotive_n"}
SECTIONS = ("headline", "lead", "rest")
LEAD_SENTENCES = 3


def sections(sentences: tuple[Sentence, ...], *, lead: int = LEAD_SENTENCES) -> list[str | None]:
    """Section of each sentence: ``headline``, ``lead``, ``rest`` or None (subheadings and tables)."""
    out: list[str | None] = []
    body = 0
    for s in sentences:
        if s.block == "headline":
            out.append("headline")
        elif s.block in ("paragraph", "bullet"):
            out.append("lead" if body < lead else "rest")
            body += 1
        else:
            out.append(None)
    return out


def _columns() -> list[Column]:
    cols = []
    for family in FAMILIES:
        for section in SECTIONS:
            cols.append(Column(f"position_{family}_per_1k_{section}", "float",
                               f"Counted {family} terms per 1,000 words of the {section}. NaN without words there."))
        cols.append(Column(f"position_{family}_front_ratio", "float",
                           f"{family.capitalize()} rate in headline + lead ÷ rate in the rest. Higher = "
                           "concentrated at the top. NaN when the rest has no words or no terms."))
    cols.append(Column("position_title_terms", "json",
                       "When the headline is the title field (the text has no headline block): its loaded and "
                       "emotive terms (term, family, category, strength, start/end offsets into the title, "
                       "counted). Empty otherwise: a headline block's terms are in the sentence table."))
    return cols


def title_terms(title: str | None, *, classifier: bool = True) -> list[dict[str, Any]]:
    """Loaded and emotive terms of a title given apart from the text, counted as a sentence's would be.

    A loaded term counts when strong (strength 2), or weak in a title the classifier reads as loaded
    (``loaded_prob`` ≥ 0.5; never with ``classifier`` off); an emotive term as in
    :func:`framing.emphasis.emotive.emotive_terms`; negated terms never. Offsets are into ``title``.
    """
    sentence = title_sentence(title)
    return [] if sentence is None else _terms(sentence, classifier=classifier)


def _terms(sentence: Sentence, *, classifier: bool) -> list[dict[str, Any]]:
    """:func:`title_terms` of the title as a :func:`~framing.text.segment.title_sentence`."""
    prob = math.nan
    if classifier:
        prob = float(load_model().predict_proba(
            [sentence.text], vader=[sentence.vader], lexicon_matches=[sentence.lexicon_matches("loaded")]
        )[0])
    speech = [(q.start, q.end) for q in sentence.speech_quotes]
    out = []
    for t in sentence_terms(sentence):
        out.append({"term": t["term"], "family": "loaded", "category": t["category"], "strength": t["strength"],
                    "start": t["start"], "end": t["end"], "counted": is_counted(t, prob)})
    for t in emotive_terms(sentence, speech):
        out.append({"term": t["term"], "family": "emotive", "category": t["category"], "strength": t["strength"],
                    "start": t["start"], "end": t["end"], "counted": t["counted"]})
    out.sort(key=lambda t: (t["start"], t["end"], t["family"]))
    return out


@measure(
    level="article",
    needs=("sentences", "columns", "title"),
    columns=_columns(),
    version="2",  # 2: a title given apart from the text is the headline when the text has none
    resources=("loaded_lexicon", "loaded_model", "emotive_lexicon"),
)
def position(
    sentences: tuple[Sentence, ...],
    columns: Mapping[str, Sequence[Any]],
    title: str | None,
    *,
    lead: int = LEAD_SENTENCES,
    classifier: bool = True,
) -> dict[str, Any]:
    """Headline, lead and rest versions of the loaded and emotive rates, and their front ratios.

    Args:
        sentences: The article's sentences.
        columns: The article's sentence-measure columns (``loaded_n``, ``emotive_n`` when those measures
            ran; the rates are NaN otherwise); the sentence table itself works too.
        title: The article's title; the headline when the text has no headline block.
        lead: Body sentences in the lead.
        classifier: Let the loaded-language classifier decide whether a title's weak terms count (as
            the ``loaded`` measure's option of the same name does for sentences).
    """
    where = sections(tuple(sentences), lead=lead)
    words = {sec: 0 for sec in SECTIONS}
    for s, sec in zip(sentences, where, strict=True):
        if sec:
            words[sec] += s.n_words
    extra = {family: 0.0 for family in FAMILIES}
    found: list[dict[str, Any]] = []
    if "headline" not in where and title:
        heading = title_sentence(title)
        if heading is not None:
            words["headline"] = heading.n_words
            found = _terms(heading, classifier=classifier)
            for t in found:
                extra[t["family"]] += t["counted"]
    out: dict[str, Any] = {}
    for family, column in FAMILIES.items():
        counts = {sec: 0.0 for sec in SECTIONS}
        counts["headline"] = extra[family]
        have = column in columns and len(columns[column]) == len(where)
        if have:
            for sec, n in zip(where, columns[column], strict=True):
                if sec and not pd.isna(n):
                    counts[sec] += float(n)
        for sec in SECTIONS:
            out[f"position_{family}_per_1k_{sec}"] = (
                1000 * counts[sec] / words[sec] if have and words[sec] else math.nan
            )
        front_words = words["headline"] + words["lead"]
        front = counts["headline"] + counts["lead"]
        ratio = math.nan
        if have and front_words and words["rest"] and counts["rest"]:
            ratio = (front / front_words) / (counts["rest"] / words["rest"])
        out[f"position_{family}_front_ratio"] = ratio
    out["position_title_terms"] = found
    return out
