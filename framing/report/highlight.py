"""Sentence text cut into plain and highlighted pieces, for templates that escape every piece.

Term offsets in the sentence table point into the *original* article text, while the ``text`` column
is the cleaned sentence; the two can differ (a space restored after a full stop, markdown removed).
So a term is found again by its surface form in the sentence text, left to right, case-insensitively
when the exact form is not there. A term that cannot be found is left out of the highlighting (it is
still listed next to the sentence).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["TERM_COLUMNS", "Piece", "highlight", "term_marks"]

#: Highlight kind → the sentence-table column holding its terms.
TERM_COLUMNS = {
    "loaded": "loaded_terms",
    "emotive": "emotive_terms",
    "keyword": "repetition_terms",
    "markup": "markup_spans",
}


@dataclass(frozen=True)
class Piece:
    """A run of sentence text; ``kind`` is None for plain text, else the highlight class.

    Attributes:
        text: The characters (raw; the template escapes them).
        kind: CSS class of the highlight (``loaded``, ``emotive``, ``keyword`` …) or None.
        note: Tooltip: the category, voice and lemma of the term.
    """

    text: str
    kind: str | None = None
    note: str = ""


def _find(text: str, term: str, start: int) -> int:
    at = text.find(term, start)
    if at < 0:
        at = text.lower().find(term.lower(), start)
    return at


def highlight(text: str, terms: Iterable[tuple[str, Mapping[str, Any]]]) -> list[Piece]:
    """Cut ``text`` into pieces, highlighting each term.

    Args:
        text: The sentence text.
        terms: ``(kind, term)`` pairs, ``term`` a dict with at least ``term`` (the surface form) and
            ``start`` (its original offset, used to order terms); ``category``, ``voice`` and ``lemma``
            go into the note when present.

    Returns:
        Pieces whose texts concatenate to ``text``. Overlapping terms keep the first found.
    """
    ordered = sorted(((kind, t) for kind, t in terms if t.get("term")), key=lambda kt: kt[1].get("start") or 0)
    spans: list[tuple[int, int, str, str]] = []
    cursor = 0
    for kind, t in ordered:
        at = _find(text, str(t["term"]), cursor)
        if at < 0:
            at = _find(text, str(t["term"]), 0)
        end = at + len(str(t["term"]))
        if at < 0 or any(s < end and at < e for s, e, _, _ in spans):
            continue
        note = " · ".join(str(t[k]) for k in ("category", "voice", "lemma") if t.get(k))
        spans.append((at, end, kind, note))
        cursor = end
    pieces: list[Piece] = []
    position = 0
    for start, end, kind, note in sorted(spans):
        if start > position:
            pieces.append(Piece(text[position:start]))
        pieces.append(Piece(text[start:end], kind, note))
        position = end
    if position < len(text) or not pieces:
        pieces.append(Piece(text[position:]))
    return pieces


def term_marks(row: Mapping[str, Any], kinds: Iterable[str]) -> list[tuple[str, Mapping[str, Any]]]:
    """The ``(kind, term)`` pairs to highlight in one sentence row, for :func:`highlight`.

    ``loaded``: counted loaded terms, as ``loaded`` in the outlet's voice and ``loaded-quoted`` inside
    quotations; ``emotive``: counted emotive terms; ``keyword``: repeated keywords that set the
    repetition flag; ``markup``: bold, italic, capitals and scare quotes.
    """
    marks: list[tuple[str, Mapping[str, Any]]] = []
    for kind in kinds:
        values = row.get(TERM_COLUMNS[kind])
        for t in values if isinstance(values, list) else []:
            if kind == "markup":
                marks.append(("markup", {"term": t["text"], "start": t["start"], "category": t["kind"]}))
            elif kind == "keyword":
                if t.get("flagged"):
                    marks.append(("keyword", t))
            elif t.get("counted", True):
                quoted = kind == "loaded" and t.get("voice") == "quoted"
                marks.append(("loaded-quoted" if quoted else kind, t))
    return marks
