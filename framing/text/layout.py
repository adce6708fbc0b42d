"""Layout: split an article's original text into blocks (headline, subheadings, paragraphs, bullets, tables).

Works line by line on the original text and keeps offsets: each :class:`Block` is the ``[start, end)``
span of its *content* (a bullet's marker, a heading's ``#`` and a table row's outer pipes are outside
it). Boilerplate lines are dropped here and returned as :class:`Dropped` records.

Rules, in order, for each line:
    * blank lines separate paragraphs;
    * ``| a | b |`` is a table row (block ``table``); ``|---|---|`` separator rows are layout only;
    * ``# Heading`` is a subheading (the headline when it is the first block);
    * ``- item``, ``* item``, ``• item``, ``1. item``, ``1) item`` is a bullet;
    * a boilerplate line (:mod:`framing.text.boilerplate`) is dropped; a one- to three-word line right
      before a byline ("Staff" above "By Staff") is dropped with it;
    * a line that does not end a sentence and is followed by a line starting in lower case continues
      the same paragraph (hard-wrapped text);
    * a short line (≤ 20 words) that does not end with ``. , ; :`` is a subheading;
    * anything else is a paragraph.

The first block is the headline when more blocks follow and it looks like one: it matches the title
given with the article, or (no title given) it has ≤ 30 words and no final full stop, or it is a
single sentence of ≤ 30 words followed by a blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from framing.text.boilerplate import boilerplate_rule, is_byline

__all__ = ["Block", "Dropped", "Layout", "parse_layout"]

_LINE = re.compile(r"[^\n]*(?:\n|$)")
_HEADING = re.compile(r"^[ \t]*(#{1,6})[ \t]+(?=\S)")
_HEADING_TAIL = re.compile(r"[ \t]+#+[ \t]*$")
_BULLET = re.compile(r"^[ \t]*(?:[-*•+▪◦‣]|\(?\d{1,3}[.)])[ \t]+(?=\S)")
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
_INNER_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')\]]*\s+[\"“‘']?[A-Z]")
_NORMALISE = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Block:
    """A layout block: ``[start, end)`` of its content in the original text."""

    kind: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Dropped:
    """A boilerplate line left out of the sentences, with the rule that matched it."""

    rule: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Layout:
    """Blocks in reading order, dropped boilerplate, and the detected headline text (if any)."""

    blocks: tuple[Block, ...]
    dropped: tuple[Dropped, ...]
    headline: str | None


@dataclass
class _Line:
    start: int  # content start (after markers)
    end: int  # content end (trailing white space and pipes excluded)
    kind: str  # blank, table, table-sep, heading, bullet, text, drop
    text: str
    rule: str = ""


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    for m in _LINE.finditer(text):
        raw = m.group().rstrip("\n").rstrip("\r")
        if m.start() == len(text) and not raw:
            break
        start = m.start()
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw.rstrip())
        if not stripped:
            out.append(_Line(start, start, "blank", ""))
        elif _TABLE_SEP.match(raw) and "|" in raw:
            out.append(_Line(start + lead, start + trail, "table-sep", stripped))
        elif _TABLE_ROW.match(raw):
            out.append(_Line(start + lead, start + trail, "table", stripped))
        elif h := _HEADING.match(raw):
            tail = _HEADING_TAIL.search(raw)
            end = start + (tail.start() if tail else trail)
            out.append(_Line(start + h.end(), end, "heading", text[start + h.end() : end]))
        elif b := _BULLET.match(raw):
            out.append(_Line(start + b.end(), start + trail, "bullet", raw[b.end() : trail]))
        elif rule := boilerplate_rule(stripped):
            out.append(_Line(start + lead, start + trail, "drop", stripped, rule))
        else:
            out.append(_Line(start + lead, start + trail, "text", stripped))
        if m.end() == len(text):
            break
    # A short line directly above a byline is the byline's name label ("Staff" / "By Staff").
    for i in range(1, len(out)):
        if out[i].rule == "byline" and out[i - 1].kind == "text" and len(out[i - 1].text.split()) <= 3:
            prev = out[i - 1]
            if prev.text.lower() in out[i].text.lower():
                prev.kind, prev.rule = "drop", "byline"
    return out


def _is_heading_like(line: str, max_words: int) -> bool:
    """Short, capitalised, and not ending a sentence (a question heading may end in "?")."""
    words = line.split()
    if not words or len(words) > max_words or not any(c.isalpha() for c in line):
        return False
    core = line.rstrip("\"”’')] \t")
    if not core or core[-1] in ".,;:!":
        return False
    if core[-1] == "?" and (len(words) > 15 or _INNER_SENTENCE_BREAK.search(line)):
        return False
    first = line.lstrip("\"“‘'(")[:1]
    return first.isupper() or first.isdigit()


def _same(a: str, b: str) -> bool:
    return _NORMALISE.sub(" ", a).strip().lower() == _NORMALISE.sub(" ", b).strip().lower()


def parse_layout(text: str, *, title: str | None = None) -> Layout:
    """Split ``text`` into layout blocks, keeping offsets into ``text``.

    Args:
        text: The article's original text.
        title: The title given with the article, if any. When the first line matches it, that line is
            the headline; when no title is given, the first line is the headline if it looks like one.

    Returns:
        The :class:`Layout`: blocks in reading order, dropped boilerplate, detected headline text.
    """
    lines = _lines(text)
    blocks: list[tuple[str, int, int]] = []  # kind, start, end; paragraph assigned below
    dropped: list[Dropped] = []
    table_groups: list[int] = []  # group id per block, so that rows of one table share a paragraph
    group = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind == "blank" or line.kind == "table-sep":
            i += 1
            continue
        if line.kind == "drop":
            dropped.append(Dropped(line.rule, line.start, line.end, line.text))
            i += 1
            continue
        if line.kind == "table":
            group += 1
            while i < len(lines) and lines[i].kind in ("table", "table-sep"):
                if lines[i].kind == "table":
                    blocks.append(("table", lines[i].start, lines[i].end))
                    table_groups.append(group)
                i += 1
            continue
        group += 1
        if line.kind in ("heading", "bullet"):
            blocks.append(("subheading" if line.kind == "heading" else "bullet", line.start, line.end))
            table_groups.append(group)
            i += 1
            continue
        # A text line: join hard-wrapped continuation lines.
        start, end, joined = line.start, line.end, line.text
        while (
            i + 1 < len(lines)
            and lines[i + 1].kind == "text"
            and not _SENTENCE_END.search(joined)
            and lines[i + 1].text[:1].islower()
        ):
            i += 1
            end, joined = lines[i].end, joined + " " + lines[i].text
        kind = "subheading" if _is_heading_like(joined, 20) else "paragraph"
        blocks.append((kind, start, end))
        table_groups.append(group)
        i += 1

    headline: str | None = None
    if len(blocks) > 1:  # a text that is one block is body, not a headline
        kind, start, end = blocks[0]
        first = text[start:end]
        next_is_blank = _followed_by_blank(text, end)
        if kind in ("subheading", "paragraph") and _looks_like_headline(first, title, next_is_blank):
            blocks[0] = ("headline", start, end)
            headline = first

    paragraph_of: dict[int, int] = {}
    out: list[Block] = []
    for (kind, start, end), g in zip(blocks, table_groups, strict=True):
        para = paragraph_of.setdefault(g, len(paragraph_of))
        out.append(Block(kind, start, end, para))
    return Layout(tuple(out), tuple(dropped), headline)


def _followed_by_blank(text: str, end: int) -> bool:
    rest = text[end:]
    nl = rest.find("\n")
    if nl < 0:
        return True
    return rest[nl + 1 :].split("\n", 1)[0].strip() == ""


def _looks_like_headline(line: str, title: str | None, next_is_blank: bool) -> bool:
    if title:
        return _same(line, title)
    words = line.split()
    if not words or len(words) > 30 or is_byline(line):
        return False
    if not line.rstrip().endswith("."):
        return _is_heading_like(line, 30) or line.endswith(("?", "!"))
    return next_is_blank and not _INNER_SENTENCE_BREAK.search(line)
