"""The records that flow through framing: articles in, sentences out, rejections reported.

Data flows one way: :class:`Article` → :class:`Sentence` (with character offsets into the article's
original text) → sentence table → article table. These are frozen dataclasses; nothing downstream
modifies them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

Block = Literal["headline", "subheading", "paragraph", "bullet", "table"]
Voice = Literal["author", "quoted", "mixed"]

BLOCKS: tuple[str, ...] = ("headline", "subheading", "paragraph", "bullet", "table")
VOICES: tuple[str, ...] = ("author", "quoted", "mixed")


def content_id(text: str) -> str:
    """Stable article id from content: the first 16 hex digits of the SHA-256 of the UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One news article as the user gave it.

    Attributes:
        text: The original text. Every offset framing reports points into this string.
        article_id: The id given by the input, else a content hash (:func:`content_id`).
        source: Outlet or source name; for files without one, the file's stem.
        title: Headline from the input record or detected from the first line, if any.
        published: Publication date as given (ISO 8601 preferred), if any.
        origin: Where the article came from (``path`` or ``path:line``), for error messages.
    """

    text: str
    article_id: str = ""
    source: str = ""
    title: str | None = None
    published: str | None = None
    origin: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"Article.text must be str, not {type(self.text).__name__}")
        if not self.article_id:
            object.__setattr__(self, "article_id", content_id(self.text))

    @classmethod
    def from_text(cls, text: str, *, source: str = "text", **fields: str | None) -> Article:
        """Build an article from a string (the id is the content hash unless given)."""
        return cls(text=text, source=source, **fields)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Span:
    """A labelled character span ``[start, end)``; coordinates are stated where it is used."""

    start: int
    end: int
    label: str = ""


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, as measures see it.

    ``text`` is the *cleaned* sentence: markdown emphasis markers removed, missing spaces after commas
    and full stops restored, white space folded. ``start``/``end`` are offsets into the article's
    original text, and ``clean_text(article.text[start:end])`` equals ``text``.

    Attributes:
        sentence_id: 0-based position in the article.
        text: Cleaned sentence text.
        start: Offset of the first character in the original text.
        end: Offset one past the last character in the original text.
        block: Layout block: headline, subheading, paragraph, bullet or table.
        paragraph: 0-based index of the block in the article.
        voice: ``author`` (no quoted words), ``quoted`` (every word inside quotation marks) or
            ``mixed``. Only quotations that are the content of an attribution count: a scare quote or a
            quoted title stays in the author's voice.
        quotes: Quoted spans, in ``text`` coordinates (quotation marks excluded).
        emphasis: Bold/italic spans, in ``text`` coordinates, labelled ``bold`` or ``italic``.
        offsets: For each character of ``text``, its offset in the original text.
        attribution_kind: Kind of the attribution whose cue is in this sentence, else of the one whose
            content covers it (``direct``, ``mixed``, ``partial``, ``indirect``, ``according_to``), or
            None.
        cue_class: Stance class of the first reporting cue in this sentence, or None.
    """

    sentence_id: int
    text: str
    start: int
    end: int
    block: str
    paragraph: int
    voice: str = "author"
    quotes: tuple[Span, ...] = ()
    emphasis: tuple[Span, ...] = ()
    offsets: tuple[int, ...] = field(default=(), repr=False, compare=False)
    attribution_kind: str | None = None
    cue_class: str | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` to offsets into the original article text."""
        if not self.offsets or start >= end:
            return (self.start + start, self.start + end)
        return (self.offsets[start], self.offsets[end - 1] + 1)


@dataclass(frozen=True)
class Attribution:
    """One attribution relation: someone (``source``) is presented, by a ``cue``, as the origin of
    some ``content``. All spans are ``[start, end)`` offsets into the article's original text.

    Attributes:
        kind: ``direct`` (the content is a quotation), ``mixed`` (paraphrase with a quoted stretch of
            four or more words), ``partial`` (paraphrase with a quoted fragment of one to three words),
            ``indirect`` (reported speech, no quotation marks) or ``according_to``.
        cue: The reporting verb or phrase ("said", "has admitted", "according to"); None for a
            quotation that continues the previous speaker's with no cue of its own.
        source: The speaker as written in its sentence ("Sir Mark Rowley", "he", "critics"); None when
            no one is named ("it is understood that …").
        content: What is attributed, one span per piece (a quotation split by "she said" has two).
        cue_text: ``text[cue.start:cue.end]`` of the original text, or None.
        source_text: The source as written, or None.
        speaker: Who is speaking, resolved: a pronoun, title or surname is replaced by the last
            full name it refers to; vague sources are given as written, lower case.
        verb_class: Stance of the cue (see :data:`framing.attribution.CUE_CLASSES`), or None.
        source_type: Kind of source (see :data:`framing.attribution.SOURCE_TYPES`).
        sentence_ids: The sentences the relation touches.
        party: The speaker's party when the source phrase states it ("Rep. John Mica (R-Fla.)").
    """

    kind: str
    cue: Span | None
    source: Span | None
    content: tuple[Span, ...]
    cue_text: str | None
    source_text: str | None
    speaker: str | None
    verb_class: str | None
    source_type: str
    sentence_ids: tuple[int, ...] = ()
    party: str | None = None


@dataclass(frozen=True)
class Rejection:
    """An input that could not be scored, and why.

    Attributes:
        path: The file it came from.
        reason: A sentence a user can act on.
        line: 1-based line (JSONL) or record (CSV) number, when it applies.
    """

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"
