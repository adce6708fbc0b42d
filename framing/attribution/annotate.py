"""Attach attribution relations to a segmented article: the relations themselves, and per sentence
its ``attribution_kind``, ``cue_class`` and a ``voice`` that counts only attributed quotations."""

from __future__ import annotations

import dataclasses

from framing.attribution.extract import extract_attributions
from framing.text.segment import Segmented, voice_of
from framing.types import Attribution, Sentence, Sentences, Span

__all__ = ["annotate", "attributed_quotes"]


def annotate(segmented: Segmented) -> Segmented:
    """``segmented`` with its attributions and re-annotated sentences (a new object; nothing is
    modified).

    A sentence's quoted span counts for its voice when it overlaps the content of an attribution;
    a quotation with no speaker and no cue nearby (a scare quote, a quoted title) is the author's.
    """
    relations = tuple(extract_attributions(segmented))
    if not segmented.sentences:
        return dataclasses.replace(segmented, attributions=relations)
    sentences = Sentences(_sentence(s, relations) for s in segmented.sentences)
    return dataclasses.replace(segmented, sentences=sentences, attributions=relations)


def _sentence(s: Sentence, relations: tuple[Attribution, ...]) -> Sentence:
    mine = [r for r in relations if s.sentence_id in r.sentence_ids]
    with_cue = [r for r in mine if r.cue is not None and s.start <= r.cue.start < s.end]
    contents = [c for r in mine for c in r.content]
    attributed = attributed_quotes(s, contents)
    kind = (with_cue or mine or [None])[0]
    return s.with_attribution(
        voice=voice_of(s.text, attributed),
        attribution_kind=kind.kind if kind is not None else None,
        cue_class=with_cue[0].verb_class if with_cue else None,
    )


def attributed_quotes(s: Sentence, contents: list[Span]) -> tuple[Span, ...]:
    """The sentence's quoted spans that hold attributed content (overlap one of ``contents``, which are
    in original-text offsets): the quotations ``voice`` and ``quoted_share`` count."""
    out = []
    for q in s.quotes:
        a, b = s.original_span(q.start, q.end)
        if any(c.start < b and a < c.end for c in contents):
            out.append(q)
    return tuple(out)
