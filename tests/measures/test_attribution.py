"""Attribution measures: quoted share, vague sources, speakers and stance counts; and on the seeds."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import framing
from framing.types import Article


def article_row(text: str) -> dict:
    scores = framing.score([Article.from_text(text)], measures=["attribution", "quoted", "vague"])
    return scores.articles.iloc[0].to_dict()


def test_quoted_share_counts_only_attributed_quotes() -> None:
    text = "Headline\n\n“We will win this vote easily,” said Grace Okafor. The so-called “plan” is new."
    row = article_row(text)
    assert row["quoted_words"] == 6  # not the scare-quoted "plan"
    assert 0 < row["quoted_share"] < 1


@pytest.mark.parametrize(
    ("text", "vague_n"),
    [
        ("Headline\n\nCritics argue that the plan is rushed. Sources said the deal was close.", 2),
        ("Headline\n\nGrace Okafor said the plan was safe. The council said it was cheap.", 0),
    ],
)
def test_vague_attributions(text: str, vague_n: int) -> None:
    row = article_row(text)
    assert row["vague_n"] == vague_n
    assert row["vague_per_1k"] == pytest.approx(1000 * vague_n / 15, rel=0.2) if vague_n else row["vague_per_1k"] == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one source written three ways: one entry, shown as first written (ties keep text order)
        ("Headline\n\nCritics argue that the plan is rushed. Later, critics said it was late. CRITICS claimed more.",
         [{"source": "Critics", "count": 3}]),
        ("Headline\n\nCritics argue that the plan is rushed. Sources said the deal was close.",
         [{"source": "Critics", "count": 1}, {"source": "Sources", "count": 1}]),
        ("Headline\n\nGrace Okafor said the plan was safe.", []),
    ],
)
def test_vague_sources_group_case_variants(text: str, expected: list) -> None:
    assert article_row(text)["vague_sources"] == expected


def test_speakers_and_stance() -> None:
    text = "Headline\n\nGrace Okafor admitted the plan was late. “It is safe,” she said. Critics claimed it was not."
    row = article_row(text)
    speakers = {s["speaker"]: s for s in row["attribution_speakers"]}
    assert speakers["Grace Okafor"]["relations"] == 2
    assert row["attribution_cue_admission_n"] == 1 and row["attribution_cue_neutral_n"] == 1
    assert row["attribution_cue_distancing_n"] == 1
    assert row["attribution_source_anonymous_vague_n"] == 1
    assert row["attribution_nonneutral_share"] == pytest.approx(2 / 3)


def test_no_attributions() -> None:
    row = article_row("Headline\n\nThe road reopens in May. It will have two lanes.")
    assert row["attribution_n"] == 0 and row["quoted_share"] == 0
    assert math.isnan(row["attribution_nonneutral_share"])


def test_sentence_columns_and_attributions_table(demo_scores: framing.Scores, demo_records: list[dict]) -> None:
    s = demo_scores.sentences
    assert {"attribution_kind", "cue_class"} <= set(s.columns)
    assert set(s["attribution_kind"].dropna()) <= {"direct", "mixed", "partial", "indirect", "according_to"}
    table = demo_scores.attributions
    assert len(table) > 30
    texts = {r["id"]: r["text"] for r in demo_records}
    for row in table.itertuples(index=False):
        text = texts[row.article_id]
        if row.cue_text is not None and row.cue_text is not pd.NA:
            assert text[row.cue_start : row.cue_end] == row.cue_text
        if row.source_text is not None and row.source_text is not pd.NA:
            assert text[row.source_start : row.source_end] == row.source_text


@pytest.mark.seeds
def test_seeds_quote_driven_article_has_highest_quoted_share(seed_scores: framing.Scores, seeds_dir) -> None:
    articles = seed_scores.articles.set_index("article_id")
    table = seed_scores.attributions
    top = articles["quoted_share"].idxmax()
    # the quote-driven report is the one with the most direct-quotation relations
    direct = table[table["kind"] == "direct"].groupby("article_id").size()
    assert top == direct.idxmax()
    assert articles.loc[top, "quoted_share"] > 2 * articles["quoted_share"].drop(top).max()


@pytest.mark.seeds
@pytest.mark.parametrize("source", ["Critics", "Khan’s allies"])
def test_seeds_vague_sources_found(seed_scores: framing.Scores, source: str) -> None:
    table = seed_scores.attributions
    rows = table[table["source_text"] == source]
    assert len(rows) >= 1
    assert set(rows["source_type"]) == {"anonymous_vague"}
