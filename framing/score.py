"""Scoring: articles → sentences → registered measures → tidy tables.

:func:`score` is the one entry point the CLI, the notebooks and the batch runner share. It reads the
inputs (paths, :class:`~framing.types.Article` objects or a DataFrame), segments each article, runs every
selected sentence measure on every sentence and every article measure on every article, reduces
sentence columns into article columns as each column declares, and returns :class:`Scores`.

Sentence table keys: ``article_id``, ``sentence_id``, ``text``, ``start``, ``end``, ``block``,
``paragraph``, ``voice``, ``attribution_kind``, ``cue_class``; then each measure's columns (prefixed by the
measure's name).
Article table keys: ``article_id``, ``source``, ``title``, ``published``, ``n_sentences``, ``n_words``;
then the reduced sentence columns and the article measures' columns.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import platform
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from framing import __version__
from framing.actors import ACTOR_COLUMNS, actor_rows
from framing.attribution.table import ATTRIBUTION_COLUMNS, relation_rows
from framing.io.read import DEFAULT_MAX_BYTES, Fields, dedupe, list_inputs, read_dataframe, read_file
from framing.io.write import write_json, write_table
from framing.measures import MEASURES
from framing.registry import Measure
from framing.resources import resource_hashes
from framing.text.segment import Segmented, segment
from framing.types import Article, Rejection

__all__ = ["SENTENCE_KEYS", "ARTICLE_KEYS", "Scores", "score", "score_article", "select_measures"]

SENTENCE_KEYS = (
    "article_id", "sentence_id", "text", "start", "end", "block", "paragraph", "voice", "attribution_kind", "cue_class",
)
ARTICLE_KEYS = ("article_id", "source", "title", "published", "n_sentences", "n_words")

Input = str | os.PathLike[str] | Article
Inputs = Input | Iterable[Input] | pd.DataFrame


@dataclass
class Scores:
    """The output of record: sentence table, article table and run metadata.

    Attributes:
        sentences: One row per sentence (keys :data:`SENTENCE_KEYS`, then measure columns).
        articles: One row per article (keys :data:`ARTICLE_KEYS`, then aggregates).
        run: Run metadata: version, measures, resource hashes, inputs, rejections, dropped boilerplate.
        attributions: One row per attribution relation
            (:data:`~framing.attribution.table.ATTRIBUTION_COLUMNS`; offsets into the original text).
        actors: One row per named person or organisation per article, with the VADER tone of the
            author-voice sentences that mention it (:data:`~framing.actors.ACTOR_COLUMNS`).
    """

    sentences: pd.DataFrame
    articles: pd.DataFrame
    run: dict[str, Any] = field(default_factory=dict)
    attributions: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(ATTRIBUTION_COLUMNS)))
    actors: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(ACTOR_COLUMNS)))

    @property
    def rejected(self) -> list[dict[str, Any]]:
        """Inputs that could not be scored: ``{"path", "line", "reason"}`` each."""
        return list(self.run.get("rejected", []))

    def save(self, out: str | os.PathLike[str], *, format: str = "parquet") -> list[Path]:
        """Write ``sentences.<ext>``, ``articles.<ext>``, ``attributions.<ext>``, ``actors.<ext>`` and
        ``run.json`` into ``out``, atomically."""
        out = Path(out)
        ext = "parquet" if format == "parquet" else "csv"
        return [
            write_table(self.sentences, out / f"sentences.{ext}", format=format),
            write_table(self.articles, out / f"articles.{ext}", format=format),
            write_table(self.attributions, out / f"attributions.{ext}", format=format),
            write_table(self.actors, out / f"actors.{ext}", format=format),
            write_json(self.run, out / "run.json"),
        ]


def select_measures(names: Sequence[str] | None = None) -> list[Measure]:
    """The registered measures named (all, in registry order, when ``names`` is None)."""
    if names is None:
        return list(MEASURES.values())
    unknown = [n for n in names if n not in MEASURES]
    if unknown:
        raise ValueError(f"unknown measures {unknown}; available: {', '.join(MEASURES)}")
    return [MEASURES[n] for n in MEASURES if n in names]


def score_article(
    segmented: Segmented,
    measures: Sequence[Measure],
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Score one segmented article: its sentence rows and its article row."""
    options = options or {}
    article = segmented.article
    rows: list[dict[str, Any]] = []
    sentence_measures = [m for m in measures if m.level == "sentence"]
    article_measures = [m for m in measures if m.level == "article"]
    sentences = segmented.sentences
    # one list per need, shared by every measure that declares it (e.g. VADER runs once per sentence)
    fields: dict[str, list[Any]] = {}
    for need in {n for m in sentence_measures for n in m.needs}:
        fields[need] = sentences if need == "sentence" else [getattr(s, need) for s in sentences]
    measured: list[list[dict[str, Any]]] = [
        m.call_batch(len(sentences), **{need: fields[need] for need in m.needs}, **options.get(m.name, {}))
        for m in sentence_measures
    ]
    for i, s in enumerate(sentences):
        row: dict[str, Any] = {
            "article_id": article.article_id,
            "sentence_id": s.sentence_id,
            "text": s.text,
            "start": s.start,
            "end": s.end,
            "block": s.block,
            "paragraph": s.paragraph,
            "voice": s.voice,
            "attribution_kind": s.attribution_kind,
            "cue_class": s.cue_class,
        }
        for values in measured:
            row.update(values[i])
        rows.append(row)
    arow: dict[str, Any] = {
        "article_id": article.article_id,
        "source": article.source,
        "title": segmented.title,
        "published": article.published,
        "n_sentences": len(segmented.sentences),
        "n_words": sum(s.n_words for s in segmented.sentences),
    }
    columns = {c: [row[c] for row in rows] for m in sentence_measures for c in m.column_names}
    for m in sentence_measures:
        arow.update(m.reduce(columns))
    context: dict[str, Any] = {
        "article": article,
        "sentences": segmented.sentences,
        "columns": columns,
        "title": segmented.title,
        "attributions": segmented.attributions,
    }
    if any("table" in m.needs for m in article_measures):  # a DataFrame only for the measures that ask for one
        context["table"] = pd.DataFrame(rows, columns=[*SENTENCE_KEYS, *columns])
    for m in article_measures:
        arow.update(m(**{need: context[need] for need in m.needs}, **options.get(m.name, {})))
    return rows, arow


def _iter_inputs(
    inputs: Inputs, fields: Fields, max_bytes: int, files_seen: list[Path], skipped: list[Path]
) -> Iterator[Article | Rejection]:
    if isinstance(inputs, pd.DataFrame):
        yield from read_dataframe(inputs, fields=fields, max_bytes=max_bytes)
        return
    items = [inputs] if isinstance(inputs, str | os.PathLike | Article) else list(inputs)
    for item in items:
        if isinstance(item, Article):
            yield item
            continue
        files, skip = list_inputs([item])
        files_seen.extend(files)
        skipped.extend(skip)
        for path in files:
            yield from read_file(path, fields=fields, max_bytes=max_bytes)


def _file_sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def score(
    inputs: Inputs,
    *,
    measures: Sequence[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    fields: Fields = Fields(),
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_article: Callable[[Article | Rejection], None] | None = None,
) -> Scores:
    """Score articles into a sentence table, an article table and run metadata.

    Args:
        inputs: A path (file or directory), an :class:`~framing.types.Article`, a list of either, or a
            DataFrame with a text column (and optionally id, source, title, published).
        measures: Names of the measures to run; default all registered (:data:`framing.MEASURES`).
        options: Per-measure keyword options, e.g. ``{"readability": {...}}``.
        fields: Record field names for JSONL/CSV/DataFrame inputs.
        max_bytes: Articles larger than this are rejected.
        on_article: Called with each article once it is scored, or with each rejection (for progress).

    Returns:
        :class:`Scores`. Bad inputs never raise: they are listed in ``scores.run["rejected"]``.
    """
    started = time.time()
    chosen = select_measures(measures)
    files: list[Path] = []
    skipped: list[Path] = []
    sentence_rows: list[dict[str, Any]] = []
    article_rows: list[dict[str, Any]] = []
    rejected: list[Rejection] = []
    boilerplate: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    actors: list[dict[str, Any]] = []
    for item in dedupe(_iter_inputs(inputs, fields, max_bytes, files, skipped)):
        if isinstance(item, Rejection):
            rejected.append(item)
        else:
            try:
                segmented = segment(item)
                rows, arow = score_article(segmented, chosen, options)
                named = actor_rows(item.article_id, segmented.sentences, segmented.attributions)
            except Exception as exc:  # a bug must not cost the other articles
                item = Rejection(item.origin or item.article_id, f"scoring failed: {type(exc).__name__}: {exc}")
                rejected.append(item)
            else:
                sentence_rows.extend(rows)
                article_rows.append(arow)
                relations.extend(relation_rows(item.article_id, item.text, segmented.attributions))
                actors.extend(named)
                boilerplate.extend(
                    {"article_id": item.article_id, "rule": d.rule, "text": d.text, "start": d.start, "end": d.end}
                    for d in segmented.dropped
                )
        if on_article is not None:
            on_article(item)

    sentence_columns = list(SENTENCE_KEYS) + [c for m in chosen if m.level == "sentence" for c in m.column_names]
    article_columns = list(ARTICLE_KEYS) + [c for m in chosen for c in m.article_columns()]
    sentences = pd.DataFrame(sentence_rows, columns=sentence_columns)
    articles = pd.DataFrame(article_rows, columns=article_columns)
    sentences = _set_dtypes(sentences, chosen, level="sentence")
    articles = _set_dtypes(articles, chosen, level="article")
    run = {
        "framing_version": __version__,
        "started": dt.datetime.fromtimestamp(started, dt.UTC).isoformat(timespec="seconds"),
        "seconds": round(time.time() - started, 3),
        "python": platform.python_version(),
        "measures": [
            {
                "name": m.name,
                "level": m.level,
                "version": m.version,
                "columns": m.column_names,
                "options": {**m.options, **(options or {}).get(m.name, {})},
            }
            for m in chosen
        ],
        "resources": resource_hashes(r for m in chosen for r in m.resources),
        "fields": vars(fields),
        "max_bytes": max_bytes,
        "inputs": [{"path": str(p), "sha256": _file_sha256(p)} for p in files],
        "skipped": [str(p) for p in skipped],
        "n_articles": len(article_rows),
        "n_sentences": len(sentence_rows),
        "rejected": [{"path": r.path, "line": r.line, "reason": r.reason} for r in rejected],
        "boilerplate": boilerplate,
    }
    attributions = pd.DataFrame(relations, columns=list(ATTRIBUTION_COLUMNS))
    for name in ("cue_start", "cue_end", "source_start", "source_end", "content_start", "content_end"):
        attributions[name] = attributions[name].astype("Int64")
    for name in ("article_id", "kind", "cue_text", "source_text", "content_text", "speaker", "verb_class", "source_type", "party"):
        attributions[name] = attributions[name].astype("string")
    attributions["relation_id"] = attributions["relation_id"].astype("int64")
    run["n_attributions"] = len(attributions)
    actor_table = pd.DataFrame(actors, columns=list(ACTOR_COLUMNS))
    for name in ("article_id", "actor", "kind"):
        actor_table[name] = actor_table[name].astype("string")
    for name in ("mentions", "quoted_n", "tone_n"):
        actor_table[name] = actor_table[name].astype("int64")
    for name in ("tone_mean", "tone_min", "tone_max"):
        actor_table[name] = actor_table[name].astype("float64")
    run["n_actors"] = len(actor_table)
    return Scores(sentences=sentences, articles=articles, run=run, attributions=attributions, actors=actor_table)


_PANDAS_DTYPES = {"float": "float64", "int": "Int64", "bool": "boolean", "str": "string"}


def _set_dtypes(table: pd.DataFrame, measures: Sequence[Measure], *, level: str) -> pd.DataFrame:
    """``table`` with stable dtypes for its declared columns, so an empty table has the same schema as
    a full one (converted in one ``astype`` call: column by column, each assignment re-splits pandas'
    blocks)."""
    keys = {
        "sentence_id": "int64", "start": "int64", "end": "int64", "paragraph": "int64",
        "n_sentences": "int64", "n_words": "int64",
        "article_id": "string", "text": "string", "block": "string", "voice": "string",
        "attribution_kind": "string", "cue_class": "string",
        "source": "string", "title": "string", "published": "string",
    }
    dtypes = {name: dtype for name, dtype in keys.items() if name in table}
    for m in measures:
        for c in m.columns:
            if level == "sentence" and m.level == "sentence" and c.dtype in _PANDAS_DTYPES:
                dtypes[c.name] = _PANDAS_DTYPES[c.dtype]
            if level == "article":
                names = [c.name] if m.level == "article" else c.reduced_names()
                for name in names:
                    dtype = c.dtype if m.level == "article" else "float"
                    if dtype in _PANDAS_DTYPES:
                        dtypes[name] = _PANDAS_DTYPES[dtype]
    return table.astype(dtypes)
