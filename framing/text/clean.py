"""Cleaning that keeps offsets: repair real-world text defects without losing track of the original.

Every pass here is a list of substitutions on the current string; each output character remembers the
offset of the original character it came from. So a sentence split on the cleaned text can always be
mapped back to ``[start, end)`` in the text the user gave, and highlights land on what they wrote.

The passes are local: cleaning a slice of a text gives the same characters as slicing the cleaned text
(away from the slice's edges), which is what lets a test check ``clean_text(original[start:end]) ==
sentence.text`` for every sentence.

Passes, in order:
    1. invisible characters (zero-width spaces, soft hyphens, BOM) are dropped;
    2. markdown emphasis markers (``**bold**``, ``__bold__``, ``*italic*``, ``_italic_``) are dropped
       when they flank a word (CommonMark's left/right-flanking rule); paired markers are returned as
       emphasis spans;
    3. table rows only: cell separators ``|`` become ``"; "``;
    4. a missing space after a comma or semicolon between letters is restored ("lines,touching");
       digits are left alone ("9,000");
    5. a missing space after a full stop, question or exclamation mark before a capital letter is
       restored ("learned.As") unless the word before is a known abbreviation or a single letter
       ("U.K.", "e.g.", "Dr.", "4.49" are untouched);
    6. runs of white space (including newlines and no-break spaces) become one space; ends are trimmed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from framing.types import Span

__all__ = ["Cleaned", "clean_text", "clean_with_offsets"]

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_MARKER_RUN = re.compile(r"\*{1,3}|_{1,3}")
# A comma or semicolon between two letters. (Each pattern starts with the mark and looks behind it
# afterwards, so the regex engine scans for the mark instead of trying the lookbehind everywhere.)
_COMMA_GLUE = re.compile(r"[,;](?<=[^\W\d_][,;])(?=[^\W\d_])")
# A sentence-final mark glued to a capitalised next word, optionally with a closing quote/bracket.
_STOP_GLUE = re.compile(r"[.!?](?<=[^\W_]{2}[.!?])[.!?]*[\"”’')\]]?(?=[A-Z])")
_WORD_BEFORE = re.compile(r"([^\W_]+)$")
_TABLE_EDGE = re.compile(r"^\s*\|\s*|\s*\|\s*$")
_TABLE_INNER = re.compile(r"\s*\|\s*")
# A run of white space other than a single plain space (the lookahead skips single spaces).
_ODD_SPACES = re.compile(r"(?! (?!\s))\s+")

# Abbreviations that end in a full stop and are commonly followed by a capitalised name.
ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr prof sir st sr jr gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt
    insp det cllr no nos vol fig inc ltd co corp plc bros dept est approx vs etc al ave rd jan feb mar
    apr jun jul aug sep sept oct nov dec mt ft""".split()
)

Edit = tuple[int, int, str]


class Cleaned:
    """A cleaned string with, for each of its characters, the offset it came from.

    Attributes:
        text: The cleaned text.
        offsets: ``offsets[i]`` is the offset in the source string of ``text[i]``; characters that a
            pass inserted take the offset of the source character that follows them.
        emphasis: Paired bold/italic markers, as spans of the *source* string (markers excluded).
    """

    __slots__ = ("text", "offsets", "emphasis")

    def __init__(self, text: str, offsets: list[int], emphasis: list[Span]) -> None:
        self.text = text
        self.offsets = offsets
        self.emphasis = emphasis

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` of the cleaned text to ``[start, end)`` of the source string."""
        return self.offsets[start], self.offsets[end - 1] + 1


def _substitute(text: str, offsets: list[int], edits: Iterable[Edit]) -> tuple[str, list[int]]:
    """Apply non-overlapping ``(start, end, replacement)`` edits, carrying offsets along."""
    edits = list(edits)
    if not edits:
        return text, offsets
    out: list[str] = []
    out_offsets: list[int] = []
    pos = 0
    for start, end, repl in edits:
        out.append(text[pos:start])
        out_offsets.extend(offsets[pos:start])
        if repl:
            anchor = offsets[start] if start < len(offsets) else (offsets[-1] + 1 if offsets else 0)
            out.append(repl)
            out_offsets.extend([anchor] * len(repl))
        pos = end
    out.append(text[pos:])
    out_offsets.extend(offsets[pos:])
    return "".join(out), out_offsets


def _is_punct(ch: str) -> bool:
    return not ch.isalnum() and not ch.isspace()


def _marker_edits(text: str) -> tuple[list[Edit], list[tuple[int, int, str]]]:
    """Find emphasis markers to drop, and the spans (in ``text`` coordinates) that they pair around."""
    edits: list[Edit] = []
    spans: list[tuple[int, int, str]] = []
    stack: list[tuple[str, int]] = []  # (marker run, end of the opening run)
    for m in _MARKER_RUN.finditer(text):
        i, j = m.span()
        prev = text[i - 1] if i > 0 else " "
        nxt = text[j] if j < len(text) else " "
        left = not nxt.isspace() and (prev.isspace() or _is_punct(prev))
        right = not prev.isspace() and (nxt.isspace() or _is_punct(nxt))
        if not (left or right):
            continue  # intraword ("snake_case", "f*ck") or free-standing ("marked *")
        edits.append((i, j, ""))
        run = m.group()
        if right and stack and stack[-1][0] == run:
            _, open_end = stack.pop()
            if open_end < i:
                spans.append((open_end, i, "italic" if len(run) == 1 else "bold"))
        elif left:
            stack.append((run, j))
    return edits, spans


def _glue_edits(text: str) -> list[Edit]:
    """Insert the missing space after ``,``/``;`` between letters and after a glued full stop."""
    edits: list[Edit] = [(m.end(), m.end(), " ") for m in _COMMA_GLUE.finditer(text)]
    for m in _STOP_GLUE.finditer(text):
        before = _WORD_BEFORE.search(text, 0, m.start())
        word = before.group(1).lower() if before else ""
        token = text[text.rfind(" ", 0, m.start()) + 1 : m.start()]
        if word in ABBREVIATIONS or (before and before.start() > 0 and text[before.start() - 1] == "."):
            continue  # "Dr.Smith", or the last part of a dotted abbreviation ("U.S.A.The")
        if "/" in token or "@" in token or token.lower().startswith("www"):
            continue  # part of a web or e-mail address

        edits.append((m.end(), m.end(), " "))
    edits.sort()
    return edits


def _space_edits(text: str) -> list[Edit]:
    """Drop white space at the ends; fold each inner run of white space that is not one plain space."""
    first = len(text) - len(text.lstrip())  # str.strip and ``\s`` agree on what white space is
    last = len(text.rstrip())
    if last == 0:
        return [(0, len(text), "")] if text else []
    edits: list[Edit] = [(0, first, "")] if first else []
    edits.extend((m.start(), m.end(), " ") for m in _ODD_SPACES.finditer(text, first, last))
    if last < len(text):
        edits.append((last, len(text), ""))
    return edits


def _table_edits(text: str) -> list[Edit]:
    edge = [m.span() for m in _TABLE_EDGE.finditer(text) if m.end() > m.start()]
    edits: list[Edit] = [(s, e, "") for s, e in edge]
    inner_from = edge[0][1] if edge and edge[0][0] == 0 else 0
    inner_to = edge[-1][0] if edge and edge[-1][1] == len(text) else len(text)
    for m in _TABLE_INNER.finditer(text, inner_from, inner_to):
        edits.append((m.start(), m.end(), "; "))
    edits.sort()
    return edits


def clean_with_offsets(text: str, *, table: bool = False, base: int = 0) -> Cleaned:
    """Clean ``text`` and keep, for each output character, its offset in ``text`` plus ``base``.

    Args:
        text: The source string (a block of an article, or any slice of one).
        table: Treat ``text`` as a markdown table row: cell separators become ``"; "``.
        base: Added to every offset, so that a block's offsets point into the whole article.

    Returns:
        A :class:`Cleaned` with the text, the offsets and the paired emphasis spans.
    """
    offsets = list(range(base, base + len(text)))
    cur, offs = _substitute(text, offsets, ((m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)))
    marker_edits, marker_spans = _marker_edits(cur)
    emphasis = [
        Span(offs[s], offs[e - 1] + 1, label) for s, e, label in marker_spans if e > s
    ]
    cur, offs = _substitute(cur, offs, marker_edits)
    if table:
        cur, offs = _substitute(cur, offs, _table_edits(cur))
    cur, offs = _substitute(cur, offs, _glue_edits(cur))
    cur, offs = _substitute(cur, offs, _space_edits(cur))
    return Cleaned(cur, offs, sorted(emphasis, key=lambda s: (s.start, s.end)))


def clean_text(text: str, *, table: bool = False) -> str:
    """Return the cleaned form of ``text`` (see the module docstring for the passes)."""
    return clean_with_offsets(text, table=table).text


def to_text_spans(offsets: Sequence[int], spans: Iterable[Span]) -> tuple[Span, ...]:
    """Convert spans of the source string into spans of a cleaned text with these ``offsets``.

    Spans that do not overlap the cleaned text are dropped; partial overlaps are clipped.
    """
    import bisect

    out = []
    if not offsets:
        return ()
    for span in spans:
        s = bisect.bisect_left(offsets, span.start)
        e = bisect.bisect_left(offsets, span.end)
        if e > s:
            out.append(Span(s, e, span.label))
    return tuple(out)
