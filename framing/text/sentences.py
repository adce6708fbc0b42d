"""Sentence splitting of one cleaned paragraph, with sentencex and framing's repair rules.

sentencex (Wikimedia's rule-based segmenter) finds the boundaries; framing then

1. does not split before a word in lower case ("approx. ten", "£4bn. in 2024": the sentence goes
   on), nor after an abbreviation that cannot end a sentence (rule 5), nor after a title before a
   name (:data:`TITLE`: sentencex splits "drivers, Ms. | Oduya says");
2. splits inside quotations too: sentencex never breaks inside quotation marks, but a news quotation
   often holds several sentences ("“Twelve hundred. And this administration …”"), so the text inside
   each quoted span is split with sentencex as well;
3. keeps quotation marks with their sentence: an opening mark left at the end of a sentence moves to
   the next one, closing marks (and brackets) that start a sentence move to the previous one;
4. joins a piece without letters or digits (a stray closing quote or bracket) to the sentence before;
5. splits after an abbreviation that ends a sentence, and only there (:data:`ABBREVIATION_BOUNDARY`:
   "… at 10 a.m. Some businesses …", but "at 9 a.m. Monday to Friday");
6. keeps a short attribution with the quotation it closes: sentencex splits "“Is that fair?” | Hale
   asked." and "“… the founder. OK?” | Hale said."; a piece after a closing quotation mark that has no
   quotation of its own, at most 12 words and a common speech verb (:data:`ATTRIBUTION_TAIL`) joins
   the sentence before.

Spans are ``[start, end)`` offsets into the text, without surrounding white space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import sentencex

from framing.text.quotes import quote_spans
from framing.types import Span

__all__ = ["ABBREVIATION_BOUNDARY", "ATTRIBUTION_TAIL", "TITLE", "split_sentences"]

_OPENING = frozenset("“‘«„\"'")
_CLOSING = frozenset("”’»\"')]")
_TERMINATORS = re.compile(r"[.!?]")

_ABBREVIATION = r"\b(?:[ap]\.m\.|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?|etc\.|Inc\.|Ltd\.|Co\.)"
_CLOSED_CLASS = (
    r"(?:The|A|An|Some|Many|Most|Other|Others|It|Its|He|She|They|We|I|His|Her|Their|Our|But|And|Yet|"
    r"So|Or|In|On|At|By|For|This|That|These|Those|There|Then|If|When|While|As|After|Before|"
    r"However|Meanwhile|Although|Since|Until|Now|Today|Yesterday)\b"
)
#: An abbreviation that can end a sentence, followed by a capitalised closed-class word, is a sentence
#: boundary ("… at 10 a.m. Some businesses …"); followed by any other word it is not ("at 9 a.m. Monday
#: to Friday", "Acme Inc. Chairman"), wherever sentencex put the boundary.
ABBREVIATION_BOUNDARY = re.compile(rf"{_ABBREVIATION}\s+(?={_CLOSED_CLASS})")
_ENDS_IN_ABBREVIATION = re.compile(rf"{_ABBREVIATION}\s*$")
_STARTS_CLOSED_CLASS = re.compile(rf"\s*{_CLOSED_CLASS}")
#: A title that stands before a name and never ends a sentence (sentencex knows some of them, not
#: "Ms.", "Mx.", "Cllr.", "Amb.", "Atty."). "Jr.", "Sr." and "St." can end one ("… Martin Luther King Jr.").
TITLE = re.compile(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Mx|Messrs|Mmes|Dr|Prof|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Cpl|Maj|Adm|Rev|Hon|"
    r"Supt|Insp|Det|Cllr|Amb|Atty|Fr)\.\s*$"
)


#: A short attribution after a quotation ("Hale said.", "asked Ruiz.", "the mayor told reporters."):
#: common speech verbs only; the attribution lexicon proper lives in :mod:`framing.attribution`.
ATTRIBUTION_TAIL = re.compile(
    r"\b(?:said|says|say|asked|asks|told|tells|added|adds|wrote|writes|replied|replies|continued|explained|"
    r"insisted|argued|noted|wondered|tweeted|shouted|demanded|quipped|joked|recalled|responded|countered|"
    r"declared|warned|claimed|conceded|admitted|suggested)\b",
    re.IGNORECASE,
)


def _attribution_tail(text: str, prev: tuple[int, int], span: tuple[int, int]) -> bool:
    """``span`` is a short attribution closing the quotation that ends ``prev`` (rule 6)."""
    before = text[prev[0] : prev[1]].rstrip()
    if len(before) < 2 or before[-1] not in "”’\"'" or before[-2] not in ".?!":
        return False
    piece = text[span[0] : span[1]]
    return (not any(c in "“”‘’\"«»" for c in piece.replace("’s", "").replace("n’t", ""))
            and len(piece.split()) <= 12 and ATTRIBUTION_TAIL.search(piece) is not None)


def _starts(text: str, base: int = 0) -> list[int]:
    """Offsets (plus ``base``) where sentencex starts a new sentence in ``text``, after the first."""
    starts = []
    pos = base
    for piece in sentencex.segment("en", text):  # the pieces tile the text (no paragraph breaks here)
        if pos > base:
            starts.append(pos)
        pos += len(piece)
    return starts


def _abbreviation_joins(text: str, cut: int) -> bool:
    """The cut follows a sentence-final abbreviation but no closed-class word follows it: not a boundary."""
    # the abbreviation and the white space after it fit in the last 32 characters (``\b`` still sees
    # the character before the window)
    return bool(_ENDS_IN_ABBREVIATION.search(text, max(0, cut - 32), cut)) and not _STARTS_CLOSED_CLASS.match(text, cut)


def _title_joins(text: str, cut: int) -> bool:
    """The cut follows a title (:data:`TITLE`, "Ms."): the name after it belongs to the same sentence."""
    return bool(TITLE.search(text, max(0, cut - 12), cut))


def _lower_follows(text: str, cut: int) -> bool:
    """The word after the cut starts in lower case: the sentence goes on ("approx. ten", "£4bn. in
    2024"); sentencex would split there."""
    k = cut
    while k < len(text) and text[k].isspace():
        k += 1
    return k < len(text) and text[k].islower()


def _move_marks(text: str, cut: int) -> int:
    """Move a cut so that quotation marks stay with their sentence (rule 3 of the module docstring)."""
    k = cut
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k > 0 and text[k - 1] in _OPENING and (k == 1 or text[k - 2].isspace()):
        return k - 1
    k = cut
    while k < len(text) and text[k].isspace():
        k += 1
    j = k
    while j < len(text) and text[j] in _CLOSING:
        j += 1
    if j > k and (j == len(text) or text[j].isspace()):
        return j
    return cut


def _repair(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split after a sentence-final abbreviation (:data:`ABBREVIATION_BOUNDARY`)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cut = start
        for m in ABBREVIATION_BOUNDARY.finditer(text, start, end):
            out.append((cut, m.end() - len(m.group()) + len(m.group().rstrip())))
            cut = m.end()
        out.append((cut, end))
    return out


def split_sentences(text: str, quotes: Iterable[Span] | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``[start, end)`` of an already cleaned, single-paragraph ``text``.

    Args:
        text: One cleaned paragraph (white space folded, no line breaks).
        quotes: Its quoted spans (:func:`framing.text.quotes.quote_spans`), when the caller has them.
    """
    cuts = set(_starts(text))
    for q in quote_spans(text) if quotes is None else quotes:
        if _TERMINATORS.search(text, q.start, q.end):
            cuts.update(_starts(text[q.start : q.end], q.start))
    moved = {_move_marks(text, c) for c in cuts if not _abbreviation_joins(text, c) and not _lower_follows(text, c)
             and not _title_joins(text, c)}
    bounds = [0, *sorted(c for c in moved if 0 < c < len(text)), len(text)]
    spans: list[tuple[int, int]] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if spans and not any(c.isalnum() for c in text[start:end]):
            spans[-1] = (spans[-1][0], end)  # a stray closing quote or bracket
        elif spans and _attribution_tail(text, spans[-1], (start, end)):
            spans[-1] = (spans[-1][0], end)  # "“Is that fair?” Hale asked."
        else:
            spans.append((start, end))
    return _repair(text, spans)
