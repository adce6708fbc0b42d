"""Highlighted-sentence snippets for notebooks: escaped, marked, limited."""

from __future__ import annotations

import pytest

import framing
from framing.report import sentences_html


def test_marks_loaded_words_and_escapes_text():
    scores = framing.score([framing.Article(text="A reckless <b>plan</b> & more.", article_id="a")])
    out = sentences_html(scores.sentences)
    assert ">reckless</mark>" in out
    assert "&lt;b&gt;plan&lt;/b&gt; &amp; more." in out and "<b>" not in out


def test_quoted_loaded_words_are_marked_apart(demo_scores):
    rows = demo_scores.sentences[demo_scores.sentences["voice"] == "quoted"]
    out = sentences_html(rows, kinds=("loaded",), limit=None)
    assert "border-bottom:2px dotted" in out


@pytest.mark.parametrize(("limit", "more"), [(2, True), (None, False)])
def test_limit(demo_scores, limit, more):
    out = sentences_html(demo_scores.sentences.head(5), limit=limit)
    assert out.count("<li>") == (limit or 5)
    assert ("… and 3 more" in out) is more


def test_unknown_kind_is_a_clear_error(demo_scores):
    with pytest.raises(ValueError, match="unknown highlight kinds"):
        sentences_html(demo_scores.sentences, kinds=("bogus",))
