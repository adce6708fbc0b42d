"""Markup measure: bold words from markdown, caps, exclamations, scare quotes, rhetorical questions."""

from __future__ import annotations

import framing
from framing.types import Article


def test_markup_counts_and_spans() -> None:
    text = "Those businesses are NOT a **backdrop for anyone**! Who asked for this so-called ‘consultation’?"
    rows = framing.score(Article(text), measures=["markup"]).sentences
    assert rows["markup_bold_words"].sum() == 3
    assert rows["markup_caps_words"].sum() == 1
    assert rows["markup_exclamations"].sum() == 1
    assert rows["markup_scare_quotes"].sum() == 1
    assert rows["markup_rhetorical_question"].sum() == 1
    for spans in rows["markup_spans"]:
        for s in spans:
            assert text[s["start"] : s["end"]].replace("*", "") == s["text"]


def test_demo_op_ed_asks_rhetorical_questions(demo_scores: framing.Scores) -> None:
    a = demo_scores.articles.set_index("article_id")
    assert a.loc["demo-oped", "markup_rhetorical_question_sum"] >= 3
    assert a.loc["demo-wire", "markup_rhetorical_question_sum"] == 0
    assert a["markup_bold_words_sum"].idxmax() == "demo-seo"
