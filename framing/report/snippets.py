"""Small HTML snippets of highlighted sentences, for notebooks and other front ends.

A notebook shows ``IPython.display.HTML(framing.report.sentences_html(rows))`` instead of re-building
the highlighting itself. Every piece of article text is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import pandas as pd

from framing.report.highlight import TERM_COLUMNS, highlight, term_marks

__all__ = ["MARK_STYLES", "sentences_html"]

#: Highlight colours (the report's palette), inline so a snippet needs no stylesheet.
MARK_STYLES = {
    "loaded": "background:#ffd8a8",
    "loaded-quoted": "background:#e9ecef;border-bottom:2px dotted #868e96",
    "emotive": "background:#fcc2d7",
    "keyword": "background:#c5f6fa",
    "markup": "background:#e5dbff",
}
def sentences_html(
    sentences: pd.DataFrame, *, kinds: Sequence[str] = ("loaded", "emotive"), limit: int | None = 20
) -> str:
    """An ordered list of sentences with their terms highlighted.

    Args:
        sentences: Rows of the sentence table (``text`` and the term columns of the chosen kinds).
        kinds: What to highlight: ``loaded`` (quoted loaded words in grey), ``emotive``, ``keyword``
            (flagged repeated keywords), ``markup`` (bold, capitals, scare quotes).
        limit: Most sentences shown (None = all).

    Returns:
        HTML text: ``<ol>`` with one ``<li>`` per sentence, each prefixed by its article and sentence id.
    """
    unknown = set(kinds) - set(TERM_COLUMNS)
    if unknown:
        raise ValueError(f"unknown highlight kinds {sorted(unknown)}; choose from {sorted(TERM_COLUMNS)}")
    rows = sentences if limit is None else sentences.head(limit)
    items = []
    for _, row in rows.iterrows():
        pieces = highlight(str(row["text"]), term_marks(row, kinds))
        body = "".join(
            f'<mark style="{MARK_STYLES[p.kind]}" title="{html.escape(p.note)}">{html.escape(p.text)}</mark>'
            if p.kind else html.escape(p.text)
            for p in pieces
        )
        where = html.escape(f"{row.get('article_id', '')} · sentence {row.get('sentence_id', '')}")
        items.append(f'<li><small style="color:#616e7c">{where}</small><br>{body}</li>')
    more = "" if limit is None or len(sentences) <= limit else f"<p>… and {len(sentences) - limit} more</p>"
    return f"<ol>{''.join(items)}</ol>{more}"
