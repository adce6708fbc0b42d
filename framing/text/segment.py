"""Segmentation: an :class:`~framing.types.Article` → its sentences, with offsets and voice.

Pipeline per article:
    1. :func:`~framing.text.layout.parse_layout` splits the original text into blocks and drops
       boilerplate lines;
    2. each block is cleaned with :func:`~framing.text.clean.clean_with_offsets` (emphasis markers
       out, missing spaces restored), keeping every character's original offset;
    3. quoted spans are found in the cleaned block (:func:`~framing.text.quotes.quote_spans`);
    4. syntok (a well-kept rule-based segmenter) splits the cleaned block into sentences; table rows
       are one sentence each;
    5. each sentence is mapped back to ``[start, end)`` of the original text and given its voice;
    6. attribution relations are extracted (:mod:`framing.attribution`) and the voice is recomputed
       from them.

``voice`` is ``author`` when none of the sentence's word characters are inside attributed quotations
(quotation marks that hold the content of an attribution), ``quoted`` when all are, ``mixed``
otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from syntok import segmenter

from framing.text.clean import clean_with_offsets, to_text_spans
from framing.text.layout import Dropped, parse_layout
from framing.text.quotes import quote_spans
from framing.types import Article, Attribution, Sentence, Span

__all__ = ["Segmented", "segment", "split_sentences", "voice_of"]

_MARKERS = "*_"


@dataclass(frozen=True)
class Segmented:
    """An article split into sentences.

    Attributes:
        article: The article, unchanged.
        sentences: Its sentences in reading order.
        dropped: Boilerplate lines left out, with the rule that matched.
        title: The article's title, or the detected headline (cleaned) when none was given.
        attributions: Attribution relations (:mod:`framing.attribution`), in reading order.
    """

    article: Article
    sentences: tuple[Sentence, ...]
    dropped: tuple[Dropped, ...]
    title: str | None
    attributions: tuple[Attribution, ...] = ()


# syntok keeps "… at 10 a.m. Some businesses …" together: an abbreviation that can end a sentence,
# followed by a capitalised closed-class word, is a sentence boundary.
_ABBREVIATION_BOUNDARY = re.compile(
    r"\b(?:[ap]\.m\.|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?|etc\.|Inc\.|Ltd\.|Co\.)\s+(?="
    r"(?:The|A|An|Some|Many|Most|Other|Others|It|Its|He|She|They|We|I|His|Her|Their|Our|But|And|Yet|"
    r"So|Or|In|On|At|By|For|This|That|These|Those|There|Then|If|When|While|As|After|Before|"
    r"However|Meanwhile|Although|Since|Until|Now|Today|Yesterday)\b)"
)


def _repair(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cut = start
        for m in _ABBREVIATION_BOUNDARY.finditer(text, start, end):
            out.append((cut, m.end() - len(m.group()) + len(m.group().rstrip())))
            cut = m.end()
        out.append((cut, end))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``[start, end)`` of an already cleaned, single-paragraph ``text``.

    syntok splits; :data:`_ABBREVIATION_BOUNDARY` then splits after a sentence-final abbreviation.
    """
    return _repair(text, _syntok_spans(text))


def _syntok_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            tokens = [t for t in sentence if t.value]
            if not tokens:
                continue
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
            if spans and not any(c.isalnum() for c in text[start:end]):
                spans[-1] = (spans[-1][0], end)  # a stray closing quote or bracket
            else:
                spans.append((start, end))
    return spans


def _expand_over_markers(original: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """Widen ``[start, end)`` over emphasis markers touching it, so a slice cleans to the same text."""
    while start > lo and original[start - 1] in _MARKERS:
        start -= 1
    while end < hi and original[end] in _MARKERS:
        end += 1
    return start, end


def voice_of(text: str, quotes: tuple[Span, ...]) -> str:
    """``author``, ``quoted`` or ``mixed``: how many of ``text``'s letters and digits lie in ``quotes``."""
    total = sum(c.isalnum() for c in text)
    if not quotes or total == 0:
        return "author"
    inside = sum(c.isalnum() for q in quotes for c in text[q.start : q.end])
    if inside == 0:
        return "author"
    return "quoted" if inside >= total else "mixed"


def segment(article: Article) -> Segmented:
    """Split an article into sentences with offsets into its original text, block, paragraph and voice.

    Never raises on empty or odd text: an article with no words has no sentences.
    """
    original = article.text
    layout = parse_layout(original, title=article.title)
    sentences: list[Sentence] = []
    for block in layout.blocks:
        cleaned = clean_with_offsets(
            original[block.start : block.end], table=block.kind == "table", base=block.start
        )
        if not cleaned.text:
            continue
        quotes = quote_spans(cleaned.text)
        spans = [(0, len(cleaned.text))] if block.kind == "table" else split_sentences(cleaned.text)
        for cs, ce in spans:
            text = cleaned.text[cs:ce]
            offsets = cleaned.offsets[cs:ce]
            start, end = _expand_over_markers(original, offsets[0], offsets[-1] + 1, block.start, block.end)
            sentence_quotes = tuple(
                Span(max(q.start, cs) - cs, min(q.end, ce) - cs, q.label)
                for q in quotes
                if q.start < ce and q.end > cs
            )
            sentences.append(
                Sentence(
                    sentence_id=len(sentences),
                    text=text,
                    start=start,
                    end=end,
                    block=block.kind,
                    paragraph=block.paragraph,
                    voice=voice_of(text, sentence_quotes),
                    quotes=sentence_quotes,
                    emphasis=to_text_spans(offsets, cleaned.emphasis),
                    offsets=tuple(offsets),
                )
            )
    title = article.title
    if not title and layout.headline:
        title = clean_with_offsets(layout.headline).text or None
    from framing.attribution.annotate import annotate  # attribution reads segmented text

    return annotate(Segmented(article, tuple(sentences), layout.dropped, title))
