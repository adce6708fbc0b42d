"""Position: loaded and emotive wording in the headline, the lead and the rest of the article.

The *headline* is the article's headline block; the *lead* is its first three body sentences
(paragraphs and bullets, the usual news "lede" stretched over the opening); the *rest* is every later
body sentence. Per section, terms per 1,000 words of that section; and a *front ratio*:

    front_ratio = rate(headline + lead) / rate(rest)

(higher = the wording is concentrated at the top; 1 = even; NaN when the rest has no words or no
such terms). A report can then say "the loaded words are concentrated in the headline and lead".
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from framing.registry import Column, measure
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
    return cols


@measure(level="article", needs=("sentences", "columns"), columns=_columns())
def position(
    sentences: tuple[Sentence, ...], columns: Mapping[str, Sequence[Any]], *, lead: int = LEAD_SENTENCES
) -> dict[str, Any]:
    """Headline, lead and rest versions of the loaded and emotive rates, and their front ratios.

    Args:
        sentences: The article's sentences.
        columns: The article's sentence-measure columns (``loaded_n``, ``emotive_n`` when those measures
            ran; the rates are NaN otherwise); the sentence table itself works too.
        lead: Body sentences in the lead.
    """
    where = sections(tuple(sentences), lead=lead)
    words = {sec: 0 for sec in SECTIONS}
    for s, sec in zip(sentences, where, strict=True):
        if sec:
            words[sec] += s.n_words
    out: dict[str, Any] = {}
    for family, column in FAMILIES.items():
        counts = {sec: 0.0 for sec in SECTIONS}
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
    return out
