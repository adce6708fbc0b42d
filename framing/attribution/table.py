"""The attributions table: one row per relation, offsets into the original text (end exclusive)."""

from __future__ import annotations

from typing import Any

from framing.types import Attribution

__all__ = ["ATTRIBUTION_COLUMNS", "relation_rows"]

#: Columns of the attributions table, in order. ``content_start``/``content_end`` span all content
#: pieces; ``content_spans`` lists each piece as ``[start, end]``.
ATTRIBUTION_COLUMNS = (
    "article_id", "relation_id", "kind", "cue_text", "cue_start", "cue_end", "source_text", "source_start",
    "source_end", "content_start", "content_end", "content_spans", "content_text", "speaker", "verb_class",
    "source_type", "party", "sentence_ids",
)


def relation_rows(article_id: str, text: str, relations: tuple[Attribution, ...] | list[Attribution]) -> list[dict[str, Any]]:
    """Rows of the attributions table for one article (``text`` is its original text)."""
    rows = []
    for i, r in enumerate(relations):
        rows.append(
            {
                "article_id": article_id,
                "relation_id": i,
                "kind": r.kind,
                "cue_text": r.cue_text,
                "cue_start": r.cue.start if r.cue else None,
                "cue_end": r.cue.end if r.cue else None,
                "source_text": r.source_text,
                "source_start": r.source.start if r.source else None,
                "source_end": r.source.end if r.source else None,
                "content_start": r.content[0].start if r.content else None,
                "content_end": r.content[-1].end if r.content else None,
                "content_spans": [[c.start, c.end] for c in r.content],
                "content_text": " … ".join(text[c.start : c.end] for c in r.content),
                "speaker": r.speaker,
                "verb_class": r.verb_class,
                "source_type": r.source_type,
                "party": r.party,
                "sentence_ids": list(r.sentence_ids),
            }
        )
    return rows
