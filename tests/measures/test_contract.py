"""Every registered measure honours the contract: declared columns, NaN where undefined, no exception,
deterministic — on empty text, one word, and a long article."""

from __future__ import annotations

import math

import pytest

import framing
from framing.score import score_article
from framing.text.segment import segment
from framing.types import Article, Sentence

LONG = "\n\n".join(
    f"Paragraph {i}: the council approved the £3.2m Kingsway scheme on Tuesday.As critics said,"
    f"“this is utterly reckless,” residents were divided. **Bold claims** abound in 2026."
    for i in range(300)
)
TEXTS = {"empty": "", "one-word": "Kingsway", "long": LONG}


def run(measure, text: str) -> list[dict]:
    """The measure's output rows for ``text`` (for an article without sentences, one blank sentence)."""
    seg = segment(Article(text or " "))
    if measure.level == "sentence":
        rows, _ = score_article(seg, [measure])
        if rows:
            return [{c: row[c] for c in measure.column_names} for row in rows]
        blank = Sentence(sentence_id=0, text="", start=0, end=0, block="paragraph", paragraph=0)
        kwargs = {n: [blank if n == "sentence" else getattr(blank, n)] for n in measure.needs}
        return measure.call_batch(1, **kwargs)
    _, arow = score_article(seg, [measure])
    return [{c: arow[c] for c in measure.column_names}]


def same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


@pytest.mark.parametrize("name", list(framing.MEASURES))
@pytest.mark.parametrize("kind", list(TEXTS))
def test_measure_contract(name: str, kind: str) -> None:
    measure = framing.MEASURES[name]
    first = run(measure, TEXTS[kind])
    second = run(measure, TEXTS[kind])
    for row in first:
        assert list(row) == measure.column_names
    assert len(first) == len(second)
    for a, b in zip(first, second, strict=True):
        assert all(same(a[c], b[c]) for c in a), "not deterministic"
    if kind == "empty":
        for row in first:
            for column in measure.columns:
                value = row[column.name]
                if column.dtype == "float":
                    assert math.isnan(value), f"{column.name} should be NaN on empty text, got {value}"


@pytest.mark.parametrize("name", list(framing.MEASURES))
def test_measure_is_documented(name: str) -> None:
    measure = framing.MEASURES[name]
    assert measure.description
    assert all(c.description for c in measure.columns)
