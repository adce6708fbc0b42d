"""The records that flow through framing: articles in, sentences out, rejections reported.

Data flows one way: :class:`Article` → :class:`Sentence` (with character offsets into the article's
original text) → sentence table → article table. These are frozen dataclasses; nothing downstream
modifies them.

A :class:`Sentence` also offers the analyses that several measures read (VADER scores, lexicon
matches, speech and scare quotes, word count), and :class:`Sentences`, an article's sentences, the
article-level ones (keyword statistics). Each is computed the first time it is asked for and kept on
that object, so the measures of one scoring run share it; it is never shared between two objects,
however equal, and is not part of the object's value (equality, hashing).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from framing.emphasis.keywords import KeywordStats
    from framing.lexicons import Match

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

    def with_attribution(self, *, voice: str, attribution_kind: str | None, cue_class: str | None) -> Sentence:
        """A copy with these attribution fields. The shared analyses computed so far carry over: they
        read only ``text``, ``quotes`` and ``block``, which do not change."""
        copy = object.__new__(Sentence)  # a field-for-field copy (the fields need no checking) ...
        copy.__dict__.update(self.__dict__)  # ... with the analyses computed so far
        copy.__dict__.update(voice=voice, attribution_kind=attribution_kind, cue_class=cue_class)
        return copy

    # ---- shared analyses: computed on first use, kept on this object (see the module docstring) ----

    @cached_property
    def vader(self) -> dict[str, float]:
        """VADER's scores of ``text`` (:func:`framing.measures.sentiment.vader_scores`): ``compound``,
        ``pos``, ``neg``, ``neu``. Read by the sentiment measure, the classifier's features and the
        actors table."""
        from framing.measures.sentiment import vader_scores

        return vader_scores(self.text)

    @cached_property
    def lexicon_tokens(self) -> list[tuple[str, int, int]]:
        """Lower-cased word tokens of ``text`` with offsets (:func:`framing.lexicons.tokenize`)."""
        from framing.lexicons import tokenize

        return tokenize(self.text)

    def lexicon_matches(self, name: str = "loaded") -> list[Match]:
        """Matches of the shipped lexicon ``name`` in ``text`` (:meth:`framing.lexicons.Lexicon.match`,
        names skipped). The list is shared: do not modify it."""
        memo: dict[str, Any] = self.__dict__.setdefault("_lexicon_matches", {})
        if name not in memo:
            from framing.lexicons import load_lexicon

            memo[name] = load_lexicon(name).match(self.text, tokens=self.lexicon_tokens)
        return memo[name]

    @cached_property
    def _speech_split(self) -> tuple[list[Span], list[Span]]:
        from framing.text.quotes import split_speech

        return split_speech(self.text, self.quotes, self.block)

    @property
    def speech_quotes(self) -> list[Span]:
        """The quoted spans (``quotes``) that are speech, not scare quotes
        (:func:`framing.text.quotes.split_speech`). Shared: do not modify."""
        return self._speech_split[0]

    @property
    def scare_quotes(self) -> list[Span]:
        """The quoted spans that are scare quotes (:func:`framing.text.quotes.is_scare_quote`).
        Shared: do not modify."""
        return self._speech_split[1]

    @cached_property
    def n_words(self) -> int:
        """Words in ``text`` (:func:`framing.text.words.count_words`)."""
        from framing.text.words import count_words

        return count_words(self.text)


class Sentences(tuple[Sentence, ...]):
    """The sentences of one article, in reading order: a tuple that also keeps the article-level
    analyses several measures read (see the module docstring)."""

    @cached_property
    def keywords(self) -> KeywordStats:
        """Keyword statistics with the default settings (:func:`framing.emphasis.keywords.article_keywords`),
        read by the ``repetition`` and ``repetition_article`` measures."""
        from framing.emphasis.keywords import article_keywords

        return article_keywords(self)


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
        party: The speaker's party when the source phrase states it ("Rep. Ana Ruiz (R-Fla.)").
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
