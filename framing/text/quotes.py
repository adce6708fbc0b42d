"""Quoted spans: which characters of an article stand inside quotation marks.

This gives every measure the author/quoted split from day one; the full attribution analysis (who is
quoted, with which verb) builds on it later.

Rules:
    * Curly double quotes “ … ”, guillemets « … » and „ … “ open and close explicitly; a straight ``"``
      opens when none is open and closes otherwise. Styles mixed by careless editing close each
      other: “ … " and " … ” are quotations. Two apostrophes ``''`` (a typewriter convention some
      newswires keep) count as a straight double quote.
    * Single quotes (‘ … ’ and straight ``'``) open only before a letter or digit at the start of a word
      (after white space, a bracket or a dash) and close only after a non-space and before a non-letter,
      so apostrophes ("Khan’s", "don’t", "the ’90s") are not quotes. A single quote still open at the end
      of its paragraph was an apostrophe and is discarded.
    * A double quote still open at the end of a paragraph is closed there. By the news convention
      a quotation that runs on into the next paragraph re-opens it with another opening mark, so
      multi-paragraph quotes come out as one span per paragraph.

Spans exclude the quotation marks themselves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from framing.types import Span

__all__ = ["is_scare_quote", "quote_spans", "split_speech"]

_OPEN_DOUBLE = "“«„"
_CLOSE_DOUBLE = {"”": "“„\"", "»": "«", "“": "„"}
#: Opening marks a straight ``"`` may close (mixed styles: “ … ").
_STRAIGHT_CLOSES = "“„\""
_BEFORE_OPEN = set(" \t\n([{—–-/") | {"\u00a0"}
#: Every character the rules below act on; the others are skipped.
_MARKS = re.compile("[“”«»„\"‘’']")


def _paragraph_quotes(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    double_open: int | None = None
    double_mark = ""
    single_open: int | None = None
    nested = False  # a straight double quotation is open inside a curly one
    skip = -1  # the second apostrophe of a '' pair
    for m in _MARKS.finditer(text, start, end):
        i = m.start()
        if i == skip:
            continue
        ch = text[i]
        width = 1
        if ch == "'" and i + 1 < end and text[i + 1] == "'":
            ch, width, skip = '"', 2, i + 1  # '' is a straight double quote
        prev = text[i - 1] if i > start else " "
        nxt = text[i + width] if i + width < end else " "
        if ch in _CLOSE_DOUBLE and double_open is not None and double_mark in _CLOSE_DOUBLE[ch]:
            spans.append(Span(double_open, i, "double"))
            double_open = None
            single_open = None
        elif ch in _OPEN_DOUBLE and double_open is None:
            double_open, double_mark, nested = i + 1, ch, False
        elif ch == '"':
            opening = (prev.isspace() or prev in _BEFORE_OPEN) and nxt.isalnum()
            if double_open is not None and double_mark != '"' and opening:
                nested = True  # “He said "no" to me,”: a straight quotation inside a curly one
            elif double_open is not None and double_mark != '"' and nested:
                nested = False
            elif double_open is not None and double_mark in _STRAIGHT_CLOSES:
                spans.append(Span(double_open, i, "double"))
                double_open = None
                single_open = None
            elif double_open is None and not nxt.isspace():
                double_open, double_mark, nested = i + width, '"', False
        elif ch in "‘'’":
            opens = ch != "’" and (prev in _BEFORE_OPEN or prev in _OPEN_DOUBLE or prev == '"') and nxt.isalnum()
            closes = ch != "‘" and single_open is not None and not prev.isspace() and not nxt.isalpha()
            if closes:
                spans.append(Span(single_open, i, "single"))  # type: ignore[arg-type]
                single_open = None
            elif opens and single_open is None:
                single_open = i + 1
    if double_open is not None and double_open < end:
        spans.append(Span(double_open, end, "double-open"))
    return spans


def quote_spans(text: str, paragraphs: Sequence[tuple[int, int]] | None = None) -> list[Span]:
    """Find quoted spans in ``text``, paragraph by paragraph.

    Args:
        text: The string the paragraph offsets point into.
        paragraphs: ``[start, end)`` of each paragraph (block), in reading order; default: all of
            ``text`` is one paragraph.

    Returns:
        Top-level quoted spans (quotation marks excluded), sorted, not overlapping. Labels: ``double``,
        ``single``, or ``double-open`` for a quotation left open at the end of its paragraph.
    """
    spans: list[Span] = []
    for start, end in paragraphs if paragraphs is not None else [(0, len(text))]:
        spans.extend(_paragraph_quotes(text, start, end))
    spans.sort(key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    for span in spans:
        if span.end <= span.start:
            continue
        if merged and span.start < merged[-1].end:
            continue  # nested (a single quote inside a double one)
        merged.append(span)
    return merged


_SPEECH_CUE = re.compile(
    r"\b(said|says|say|saying|told|tells|tell|according|called|calls|calling|call|described|describes|"
    r"describing|dubbed|dubs|branded|brands|labell?ed|labels|termed|terms|claimed|claims|insisted|insists|"
    r"warned|warns|wrote|writes|added|adds|asked|asks|stated|states|argued|argues|quoted|put it|remarked|"
    r"declared|announced|promised|vowed|urged|admitted|acknowledged|replied|responded|tweeted|posted|"
    r"accused|accuses|accusing|criticised|criticized|condemned|blamed|dismissed|denounced|"
    r"cited|quoting|referred|speaking)\b",
    re.IGNORECASE,
)
_INSINUATION = re.compile(r"\b(so-called|self-styled|supposed|purported|alleged)\s*$", re.IGNORECASE)


def is_scare_quote(text: str, span: Span, *, max_words: int = 3) -> bool:
    """True when a quoted span is a scare quote: a short phrase in quotes with no speaker.

    A span of at most ``max_words`` words, set inside author text and not ending a sentence, is a
    scare quote when it is introduced by an insinuating hedge ("the so-called ‘consultation’"), or when the sentence has no speech cue ("said", "told",
    "according to", "called", "described" …) that would make it a partial quotation.

    Args:
        text: The sentence.
        span: A quoted span of ``text`` (quotation marks excluded).
        max_words: Longest phrase that can be a scare quote.
    """
    inner = text[span.start : span.end]
    words = re.findall(r"[^\W_]+(?:['’\-][^\W_]+)*", inner)
    if not words or len(words) > max_words or inner.rstrip()[-1:] in ".!?":
        return False  # a quoted sentence ("Twelve hundred.") is speech, not a scare quote
    before = text[: max(0, span.start - 1)]
    if not any(c.isalpha() for c in before + text[span.end + 1 :]):
        return False  # nothing around it: the whole sentence is a quotation
    if _INSINUATION.search(before):
        return True
    outside = before + " " + text[span.end + 1 :]
    return not _SPEECH_CUE.search(outside)


def split_speech(text: str, quotes: Sequence[Span], block: str) -> tuple[list[Span], list[Span]]:
    """``(speech, scare)``: the quoted spans of a sentence that are speech, and those that are scare
    quotes (:func:`is_scare_quote`). In headlines and subheadings quotation marks mark quotations by
    convention, so none is a scare quote there."""
    headline = block in ("headline", "subheading")
    scare = [q for q in quotes if not headline and is_scare_quote(text, q)]
    return [q for q in quotes if q not in scare], scare
