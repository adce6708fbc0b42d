"""Ready-made DuckDB queries over a score store (``framing query DB --preset NAME``).

Each is plain SQL over the store's tables (:mod:`framing.batch.store`), printed by ``framing query
--list`` so it can be copied and adapted. JSON columns are read with DuckDB's JSON functions.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pandas as pd

__all__ = ["PRESETS", "Preset", "query"]


@dataclass(frozen=True)
class Preset:
    """A named query and what it answers."""

    description: str
    sql: str


PRESETS: dict[str, Preset] = {
    "sources": Preset(
        "Per source: articles, and the mean of the main framing measures over its articles.",
        """SELECT source, count(*) AS articles,
       round(avg(loaded_per_1k_author), 2) AS loaded_per_1k_author,
       round(avg(emotive_per_1k), 2) AS emotive_per_1k,
       round(avg(quoted_share), 3) AS quoted_share,
       round(avg(vague_per_1k), 2) AS vague_per_1k,
       round(avg(repetition_index), 2) AS repetition_index
FROM articles GROUP BY source ORDER BY loaded_per_1k_author DESC NULLS LAST""",
    ),
    "most-loaded": Preset(
        "The 20 articles with the most author-voice loaded terms per 1,000 author words.",
        """SELECT article_id, source, title, n_words, round(loaded_per_1k_author, 2) AS loaded_per_1k_author
FROM articles ORDER BY loaded_per_1k_author DESC NULLS LAST, article_id LIMIT 20""",
    ),
    "loaded-terms": Preset(
        "The 30 most frequent loaded terms in the authors' own voice, with their category.",
        """SELECT t->>'lemma' AS lemma, t->>'category' AS category, count(*) AS uses,
       count(DISTINCT article_id) AS articles
FROM (SELECT article_id, unnest(from_json(loaded_terms, '["json"]')) AS t FROM sentences)
WHERE t->>'voice' = 'author' AND (t->>'counted')::BOOLEAN
GROUP BY ALL ORDER BY uses DESC, lemma LIMIT 30""",
    ),
    "reporting-verbs": Preset(
        "Reporting-verb stance per source: how many attributions use each verb class.",
        """SELECT a.source, r.verb_class, count(*) AS attributions
FROM attributions r JOIN articles a USING (article_id)
GROUP BY ALL ORDER BY a.source, attributions DESC""",
    ),
    "vague-sources": Preset(
        "Anonymous or vague sources ('critics', 'it is understood'), most frequent first.",
        """SELECT lower(source_text) AS source_text, count(*) AS uses, count(DISTINCT article_id) AS articles
FROM attributions WHERE source_type = 'anonymous_vague'
GROUP BY ALL ORDER BY uses DESC LIMIT 30""",
    ),
    "runs": Preset(
        "Every run: when, status, profile, and how many articles it read, scored, skipped and rejected.",
        """SELECT run_id, started, status, profile, n_read, n_scored, n_skipped, n_rejected,
       round(seconds, 1) AS seconds FROM runs ORDER BY run_id""",
    ),
    "rejected": Preset(
        "Inputs the latest run could not score, with the reason.",
        """SELECT path, line, reason FROM rejected WHERE run_id = (SELECT max(run_id) FROM runs)
ORDER BY path, line""",
    ),
}


def query(db: str | os.PathLike[str], sql: str) -> pd.DataFrame:
    """Run ``sql`` on the store ``db`` (opened read-only) and return the result."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).df()
