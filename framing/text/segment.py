"""Segmentation: an :class:`~framing.types.Article` → its sentences, with offsets and voice.

Pipeline per article:
    1. :func:`~framing.text.layout.parse_layout` splits the original text into blocks and drops
       boilerplate lines;
    2. each block is cleaned with :func:`~framing.text.clean.clean_with_offsets` (emphasis markers
       out, missing spaces restored), keeping every character's original offset;
    3. quoted spans are found in the cleaned block (:func:`~framing.text.quotes.quote_spans`);
    4. :func:`~framing.text.sentences.split_sentences` (sentencex, a well-kept rule-based segmenter,
       and framing's repair rules) splits the cleaned block into sentences; table rows are one
       sentence each;
    5. each sentence is mapped back to ``[start, end)`` of the original text and given its voice;
    6. attribution relations are extracted (:mod:`framing.attribution`) and the voice is recomputed
       from them.

``voice`` is ``author`` when none of the sentence's word characters are inside attributed quotations
(quotation marks that hold the content of an attribution), ``quoted`` when all are, ``mixed``
otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from framing.text.clean import clean_with_offsets, to_text_spans
from framing.text.layout import Dropped, parse_layout
from framing.text.quotes import quote_spans
from framing.text.sentences import split_sentences
from framing.types import Article, Attribution, Sentence, Sentences, Span

__all__ = ["Segmented", "segment", "split_sentences", "title_sentence", "voice_of"]

_MARKERS = "*_"


@dataclass(frozen=True)
class Segmented:
    """An article split into sentences.

    Attributes:
        article: The article, unchanged.
        sentences: Its sentences in reading order (:class:`~framing.types.Sentences`, a tuple).
        dropped: Boilerplate lines left out, with the rule that matched.
        title: The article's title, or the detected headline (cleaned) when none was given.
        attributions: Attribution relations (:mod:`framing.attribution`), in reading order.
    """

    article: Article
    sentences: tuple[Sentence, ...]
    dropped: tuple[Dropped, ...]
    title: str | None
    attributions: tuple[Attribution, ...] = ()


def _expand_over_markers(original: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """Widen ``[start, end)`` over emphasis markers touching it, so a slice cleans to the same text."""
    while start > lo and original[start - 1] in _MARKERS:
        start -= 1
    while end < hi and original[end] in _MARKERS:
        end += 1
    return start, end


def voice_of(text: str, quotes: tuple[Span, ...]) -> str:
    """``author``, ``quoted`` or ``mixed``: how many of ``text``'s letters and digits lie in ``quotes``."""
    if not quotes:
        return "author"
    total = sum(map(str.isalnum, text))
    if total == 0:
        return "author"
    inside = sum(sum(map(str.isalnum, text[q.start : q.end])) for q in quotes)
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
        spans = [(0, len(cleaned.text))] if block.kind == "table" else split_sentences(cleaned.text, quotes)
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

    return annotate(Segmented(article, Sentences(sentences), layout.dropped, title))


def title_sentence(title: str | None) -> Sentence | None:
    """A title given apart from the text (a JSONL/CSV ``title`` field, an HTML page's title) as one
    ``headline`` sentence, so headline measures can read it when the text has no headline block.

    Its ``start``/``end`` and ``offsets`` point into ``title``, not into the article text; its
    ``sentence_id`` is -1 (it is not a row of the sentence table). None when the title has no text.
    """
    cleaned = clean_with_offsets(title or "")
    if not cleaned.text:
        return None
    quotes = tuple(quote_spans(cleaned.text))
    return Sentence(
        sentence_id=-1,
        text=cleaned.text,
        start=cleaned.offsets[0],
        end=cleaned.offsets[-1] + 1,
        block="headline",
        paragraph=-1,
        voice=voice_of(cleaned.text, quotes),
        quotes=quotes,
        emphasis=to_text_spans(cleaned.offsets, cleaned.emphasis),
        offsets=tuple(cleaned.offsets),
    )
