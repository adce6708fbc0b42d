"""The DuckDB score store: articles, sentences, attributions, actors, runs and rejected inputs.

One file holds every table, so a run's writes for one batch commit or vanish together: each batch is
one transaction that deletes the old rows of the articles it rescored and inserts their new rows,
records the batch's rejections and advances the run's counters. A run killed mid-way (even with
``kill -9``) leaves only whole batches behind; running the same command again skips those and scores
the rest, ending with exactly the rows a clean run gives.

Tables (column names as in :class:`framing.Scores`, plus the keys below):
    * ``articles``: one row per article id, with ``content_hash`` and ``profile`` (the keys that decide
      whether it is up to date, see :mod:`framing.batch.profile`) and ``run_id`` (the run that scored it).
    * ``sentences``, ``attributions``, ``actors``: as in :class:`framing.Scores`, keyed by ``article_id``.
    * ``runs``: one row per run: when, status (``running``, ``done``, ``interrupted``), framing version,
      profile and its spec, command, and counts (read, scored, skipped, rejected).
    * ``rejected``: every input a run could not score: run, path, line, reason.

Columns of dtype ``json`` (lists and dicts, e.g. ``loaded_terms``) are stored as JSON text; DuckDB's
JSON functions read them (``loaded_terms->>'$[0].term'``, ``json_array_length(loaded_terms)``).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson
import pandas as pd

__all__ = ["DEFAULT_DB_MEMORY", "TABLES", "Store", "to_store_frame"]

#: DuckDB's default memory limit for a store (see :class:`Store`).
DEFAULT_DB_MEMORY = "128MB"
_MEMORY = re.compile(r"\d+(?:\.\d+)?\s*(?:[KMGT]i?B)", re.IGNORECASE)
#: Score tables, in write order; each has an ``article_id`` column.
TABLES = ("articles", "sentences", "attributions", "actors")

_RUNS = """
CREATE TABLE IF NOT EXISTS runs (
    run_id BIGINT, started VARCHAR, finished VARCHAR, status VARCHAR, framing_version VARCHAR,
    profile VARCHAR, profile_spec VARCHAR, command VARCHAR, n_read BIGINT, n_scored BIGINT,
    n_skipped BIGINT, n_rejected BIGINT, n_sentences BIGINT, seconds DOUBLE
)"""
_REJECTED = "CREATE TABLE IF NOT EXISTS rejected (run_id BIGINT, path VARCHAR, line BIGINT, reason VARCHAR)"
#: The key each table is ordered by when read or exported.
_ORDER = {"articles": "article_id", "sentences": "article_id, sentence_id", "attributions": "article_id, relation_id",
          "actors": "article_id, actor", "runs": "run_id", "rejected": "run_id, path, line"}
_ORJSON = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS
_COUNTERS = ("n_read", "n_scored", "n_skipped", "n_rejected", "n_sentences")


def _plain(value: Any) -> Any:
    """JSON-ready value: numpy scalars and arrays unwrapped, NaN and infinities → None, containers
    recursed."""
    if hasattr(value, "tolist") and getattr(value, "ndim", 0):  # a numpy array
        value = value.tolist()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _json(value: Any) -> str:
    """``value`` as JSON text (UTF-8, not escaped to ASCII) by orjson: NaN and infinities become null,
    numpy scalars and arrays plain numbers, non-string keys strings; anything orjson cannot take goes
    through the slower :func:`_plain` walk and the standard library."""
    try:
        return orjson.dumps(value, option=_ORJSON).decode()
    except TypeError:  # a type orjson does not know, or an integer beyond 64 bits
        return json.dumps(_plain(value), ensure_ascii=False, allow_nan=False)


def to_store_frame(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``table`` with list/dict (``object``) columns encoded as JSON text (missing → null)."""
    out = table.copy()
    for name in out.columns:
        if out[name].dtype == object:
            out[name] = pd.array(
                [None if v is None or (isinstance(v, float) and math.isnan(v)) else _json(v) for v in out[name]],
                dtype="string",
            )
    return out


def _duck_type(dtype: Any) -> str:
    if pd.api.types.is_bool_dtype(dtype):
        return "BOOLEAN"
    if pd.api.types.is_integer_dtype(dtype):
        return "BIGINT"
    if pd.api.types.is_float_dtype(dtype):
        return "DOUBLE"
    return "VARCHAR"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Store:
    """A DuckDB file of scores (see the module docstring for its tables).

    Args:
        path: The ``.duckdb`` file (created if missing).
        memory_limit: DuckDB's memory limit (it spills to disk beyond it). DuckDB fills it with cached
            blocks as the store grows, which is most of the client's peak-RSS growth from 10k to 100k
            articles (benchmarks/memory.py); but a checkpoint needs room too: at 32MB a run failed with
            "Failed to create checkpoint … could not allocate block" once the store passed ~1.4 GB
            (about 65k articles), so the default stays at 128MB, measured to 100k articles.
        threads: DuckDB worker threads.
    """

    def __init__(self, path: str | os.PathLike[str], *, memory_limit: str = DEFAULT_DB_MEMORY, threads: int = 1) -> None:
        import duckdb

        if not _MEMORY.fullmatch(memory_limit.strip()):
            raise ValueError(f"memory limit {memory_limit!r}: give a size such as 128MB or 1GB")
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(str(self.path))
        _do(self.con, f"SET memory_limit = '{memory_limit}'")
        _do(self.con, f"SET threads = {int(threads)}")
        _do(self.con, "SET preserve_insertion_order = false")
        _do(self.con, _RUNS)
        _do(self.con, _REJECTED)
        # ids this connection has claimed (see claim): a temporary table, so the client's memory does
        # not grow with the number of articles read
        _do(self.con, "CREATE TEMP TABLE _claimed (article_id VARCHAR)")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ----------------------------------------------------------------------------------
    def ensure_tables(self, templates: Mapping[str, pd.DataFrame]) -> None:
        """Create the score tables from empty template frames, or add columns new measures bring."""
        existing = {r[0] for r in self.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        for name in TABLES:
            frame = to_store_frame(templates[name])
            columns = [(c, _duck_type(frame[c].dtype)) for c in frame.columns]
            if name == "articles":
                columns += [("content_hash", "VARCHAR"), ("profile", "VARCHAR"), ("run_id", "BIGINT")]
            if name not in existing:
                body = ", ".join(f"{_quote(c)} {t}" for c, t in columns)
                _do(self.con, f"CREATE TABLE {name} ({body})")
                continue
            have = {r[0] for r in self.con.execute(f"SELECT column_name FROM duckdb_columns() "
                                                   f"WHERE table_name = '{name}'").fetchall()}
            for column, duck_type in columns:
                if column not in have:
                    _do(self.con, f"ALTER TABLE {name} ADD COLUMN {_quote(column)} {duck_type}")

    # -- runs ------------------------------------------------------------------------------------
    def begin_run(self, *, framing_version: str, profile: str, profile_spec: Mapping[str, Any],
                  command: Sequence[str] | None) -> int:
        """Record a new run (and mark runs left ``running`` by a killed process as ``interrupted``)."""
        _do(self.con, "UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        run_id = int(self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchall()[0][0])  # type: ignore[index]
        _do(self.con,
            "INSERT INTO runs VALUES (?, ?, NULL, 'running', ?, ?, ?, ?, 0, 0, 0, 0, 0, NULL)",
            [run_id, _now(), framing_version, profile, json.dumps(profile_spec, sort_keys=True, default=repr),
             json.dumps(list(command) if command else None)],
        )
        return run_id

    def finish_run(self, run_id: int, *, seconds: float, status: str = "done") -> None:
        _do(self.con, "UPDATE runs SET finished = ?, status = ?, seconds = ? WHERE run_id = ?",
                         [_now(), status, seconds, run_id])

    def run_row(self, run_id: int) -> dict[str, Any]:
        frame = self.con.execute("SELECT * FROM runs WHERE run_id = ?", [run_id]).df()
        return {k: _plain(v) for k, v in frame.iloc[0].to_dict().items()}

    # -- batches ---------------------------------------------------------------------------------
    def claim(self, article_ids: Sequence[str]) -> set[str]:
        """Claim ``article_ids`` for this connection (one run); return those an earlier call claimed.

        The claims live in a temporary DuckDB table, so memory does not grow with the number of
        articles a run reads.
        """
        unique = list(dict.fromkeys(article_ids))
        if not unique:
            return set()
        self.con.register("_ids", pd.DataFrame({"article_id": pd.array(unique, dtype="string")}))
        try:
            rows = self.con.execute("SELECT article_id FROM _ids SEMI JOIN _claimed USING (article_id)").fetchall()
            _do(self.con, "INSERT INTO _claimed SELECT article_id FROM _ids ANTI JOIN _claimed USING (article_id)")
        finally:
            self.con.unregister("_ids")
        return {r[0] for r in rows}

    def known(self, article_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """``{article_id: (content_hash, profile)}`` of the ids already stored."""
        if not article_ids or not self._has("articles"):
            return {}
        ids = pd.DataFrame({"article_id": pd.array(list(article_ids), dtype="string")})
        self.con.register("_ids", ids)
        try:
            rows = self.con.execute(
                "SELECT a.article_id, a.content_hash, a.profile FROM articles a JOIN _ids USING (article_id)"
            ).fetchall()
        finally:
            self.con.unregister("_ids")
        return {r[0]: (r[1], r[2]) for r in rows}

    def write_batch(
        self,
        run_id: int,
        tables: Mapping[str, pd.DataFrame],
        *,
        replace: Sequence[str] = (),
        rejected: Sequence[tuple[str, int | None, str]] = (),
        counts: Mapping[str, int],
    ) -> None:
        """In one transaction: delete the rows of the articles in ``replace`` (stored ids being
        rescored), insert the new rows (frames as made by :func:`to_store_frame`), record ``rejected``
        (path, line, reason) and add ``counts`` to the run's counters."""
        con = self.con
        _do(con, "BEGIN TRANSACTION")
        try:
            if replace:
                con.register("_replace", pd.DataFrame({"article_id": pd.array(list(replace), dtype="string")}))
                for name in TABLES:
                    _do(con, f"DELETE FROM {name} WHERE article_id IN (SELECT article_id FROM _replace)")
                con.unregister("_replace")
            for name in TABLES:
                frame = tables.get(name)
                if frame is not None and len(frame):
                    con.register("_batch", frame)
                    _do(con, f"INSERT INTO {name} BY NAME SELECT * FROM _batch")
                    con.unregister("_batch")
            if rejected:
                con.executemany("INSERT INTO rejected VALUES (?, ?, ?, ?)",
                                [[run_id, path, line, reason] for path, line, reason in rejected])
            sets = ", ".join(f"{c} = {c} + ?" for c in _COUNTERS)
            _do(con, f"UPDATE runs SET {sets} WHERE run_id = ?", [int(counts.get(c, 0)) for c in _COUNTERS] + [run_id])
            _do(con, "COMMIT")
        except BaseException:
            try:
                _do(con, "ROLLBACK")
            except Exception:  # noqa: S110 - a failed COMMIT has ended the transaction already
                pass  # keep the original error, not "cannot rollback - no transaction is active"
            raise

    # -- reading ---------------------------------------------------------------------------------
    def table(self, name: str, *, order: bool = True) -> pd.DataFrame:
        """A whole table as a DataFrame (ordered by its keys when ``order``)."""
        by = f" ORDER BY {_ORDER[name]}" if order else ""
        return self.con.execute(f"SELECT * FROM {name}{by}").df()

    def export_parquet(self, out: str | os.PathLike[str], *, file_size: str = "256MB") -> list[Path]:
        """Write each score table to ``out/<table>/`` as Parquet files of at most ``file_size`` each,
        sorted by key; each table directory is swapped in whole (a reader never sees a partial one)."""
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name in TABLES:
            final = out / name
            tmp = out / f".{name}.tmp"
            old = out / f".{name}.old"
            for stale in (tmp, old):
                _rmtree(stale)
            _do(self.con,
                f"COPY (SELECT * FROM {name} ORDER BY {_ORDER[name]}) TO '{_sql_path(tmp)}' "
                f"(FORMAT parquet, FILE_SIZE_BYTES '{file_size}', FILENAME_PATTERN 'part-{{i}}')"
            )
            if final.exists():
                final.rename(old)
            tmp.rename(final)
            _rmtree(old)
            written.append(final)
        return written

    def _has(self, table: str) -> bool:
        return bool(self.con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [table]).fetchall()[0][0])  # type: ignore[index]


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _rmtree(path: Path) -> None:
    import shutil

    if path.exists():
        shutil.rmtree(path)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _do(con: Any, sql: str, params: Sequence[Any] | None = None) -> None:
    """Execute a statement and consume its result (DuckDB wants results finished before the next call)."""
    con.execute(sql, params).fetchall() if params is not None else con.execute(sql).fetchall()
