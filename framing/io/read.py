"""Reading articles from files: text, markdown, HTML, JSONL and CSV, files or directories.

:func:`read_articles` yields an :class:`~framing.types.Article` for every good input and a
:class:`~framing.types.Rejection` (path, line, reason) for every bad one, and never stops early: one
unreadable file or broken JSONL line does not cost the others.

Formats (by file name):
    * ``.txt``, ``.text``, ``.md``, ``.markdown``: one article per file; source = the file's stem.
    * ``.html``, ``.htm``: main text extracted with trafilatura (as markdown, so bold, lists and tables
      survive); title and date from the page metadata; source = the site name, else the stem.
    * ``.jsonl``, ``.ndjson`` (optionally ``.gz``): one JSON object per line.
    * ``.csv``: one row per article, with a header (read as a stream, row by row).
    * ``.parquet``: one row per article, read in record batches (pyarrow), so a large file never sits
      in memory whole.
    * directories: every file above, recursively, in sorted order; hidden files and other types are
      skipped (and listed in the run metadata).

Records (JSONL/CSV) have the fields ``id``, ``source``, ``title``, ``text``, ``published``; their names
can be changed with :class:`Fields`. Only ``text`` is required. ``article_id`` is the given id, else the
SHA-256 content hash of the text.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from framing.types import Article, Rejection

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Fields",
    "SUPPORTED",
    "dedupe",
    "duplicate",
    "file_suffix",
    "list_inputs",
    "read_articles",
    "read_dataframe",
    "read_file",
    "read_jsonl_lines",
]

DEFAULT_MAX_BYTES = 5_000_000
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
CSV_SUFFIXES = (".csv",)
PARQUET_SUFFIXES = (".parquet",)
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + CSV_SUFFIXES + PARQUET_SUFFIXES
#: Rows decoded at a time from a Parquet file.
PARQUET_BATCH_ROWS = 256

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True)
class Fields:
    """Names of the record fields in JSONL and CSV inputs."""

    id: str = "id"
    source: str = "source"
    title: str = "title"
    text: str = "text"
    published: str = "published"


def file_suffix(path: Path) -> str:
    """The supported suffix ``path`` ends with (``.jsonl.gz`` counts as one), else its last suffix."""
    name = path.name.lower()
    for suffix in sorted(SUPPORTED, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _stem(path: Path) -> str:
    suffix = file_suffix(path)
    return path.name[: -len(suffix)] if suffix and path.name.lower().endswith(suffix) else path.stem


def list_inputs(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Path]]:
    """Expand files and directories into ``(files to read, files skipped)``.

    Directories are walked recursively in sorted order; hidden entries and unsupported file types
    inside them are skipped. A file named explicitly is always read (and rejected if unsupported).
    """
    files: list[Path] = []
    skipped: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    child = Path(root, name)
                    if name.startswith(".") or file_suffix(child) not in SUPPORTED:
                        skipped.append(child)
                    else:
                        files.append(child)
        else:
            files.append(path)
    return files, skipped


def _check_bytes(data: bytes, path: Path, max_bytes: int, line: int | None = None) -> Rejection | None:
    if len(data) > max_bytes:
        return Rejection(
            str(path),
            f"too large: {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit per article "
            "(raise it with --max-bytes)",
            line,
        )
    if not data.strip():
        return Rejection(str(path), "empty: no text", line)
    if b"\x00" in data[:65536]:
        return Rejection(str(path), "binary file (contains NUL bytes), not text", line)
    return None


def _decode(data: bytes, path: Path, line: int | None = None) -> str | Rejection:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Rejection(
            str(path),
            f"invalid UTF-8 at byte {exc.start} ({exc.reason}); save the file as UTF-8",
            line,
        )


def _read_text(path: Path, max_bytes: int) -> Iterator[Article | Rejection]:
    data = path.read_bytes()
    bad = _check_bytes(data, path, max_bytes)
    if bad:
        yield bad
        return
    text = _decode(data, path)
    if isinstance(text, Rejection):
        yield text
        return
    yield Article(text=text, source=_stem(path), origin=str(path))


def _read_html(path: Path, max_bytes: int) -> Iterator[Article | Rejection]:
    import trafilatura

    data = path.read_bytes()
    bad = _check_bytes(data, path, max_bytes)
    if bad:
        yield bad
        return
    text = trafilatura.extract(
        data,
        output_format="markdown",
        include_formatting=True,
        include_tables=True,
        include_comments=False,
        favor_recall=True,
    )
    if not text or not text.strip():
        yield Rejection(str(path), "no article text found in the HTML (trafilatura extracted nothing)")
        return
    meta = trafilatura.extract_metadata(data)
    title = meta.title if meta and meta.title else None
    source = meta.sitename if meta and meta.sitename else _stem(path)
    published = meta.date if meta and meta.date else None
    yield Article(text=text, source=source, title=title, published=published, origin=str(path))


def _record(
    record: object, path: Path, line: int, fields: Fields, max_bytes: int, where: str,
    default_source: str | None = None,
) -> Article | Rejection:
    if not isinstance(record, dict):
        return Rejection(str(path), f"{where} is not a JSON object", line)
    text = record.get(fields.text)
    if text is None:
        return Rejection(str(path), f"{where} has no {fields.text!r} field", line)
    if not isinstance(text, str):
        return Rejection(str(path), f"{where}: {fields.text!r} is not a string", line)
    bad = _check_bytes(text.encode("utf-8"), path, max_bytes, line)
    if bad:
        return bad

    def field(name: str) -> str | None:
        value = record.get(name)
        if value is None or (isinstance(value, float) and value != value) or value is getattr(pd, "NA", None):
            return None
        value = str(value).strip()
        return value or None

    return Article(
        text=text,
        article_id=field(fields.id) or "",
        source=field(fields.source) or default_source or _stem(path),
        title=field(fields.title),
        published=field(fields.published),
        origin=f"{path}:{line}",
    )


def read_jsonl_lines(
    lines: Iterable[bytes], path: Path, fields: Fields, max_bytes: int, first_line: int = 1
) -> Iterator[Article | Rejection]:
    """Articles (or rejections) from raw JSONL lines; ``first_line`` is the number of the first line."""
    for line_no, raw in enumerate(lines, start=first_line):
        if not raw.strip():
            continue
        text = _decode(raw, path, line_no)
        if isinstance(text, Rejection):
            yield text
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Rejection(str(path), f"invalid JSON: {exc.msg} (column {exc.colno})", line_no)
            continue
        yield _record(record, path, line_no, fields, max_bytes, "record")


def _read_jsonl(path: Path, fields: Fields, max_bytes: int) -> Iterator[Article | Rejection]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            yield from read_jsonl_lines(fh, path, fields, max_bytes)
    except (OSError, EOFError) as exc:  # e.g. a truncated .gz
        yield Rejection(str(path), f"could not read the file: {exc}")


def _read_csv(path: Path, fields: Fields, max_bytes: int) -> Iterator[Article | Rejection]:
    with path.open("rb") as probe:
        if not probe.read(65536).strip():
            yield Rejection(str(path), "empty: no rows")
            return
    line_no = 1
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
            if fields.text not in header:
                yield Rejection(
                    str(path),
                    f"missing column {fields.text!r} (columns: {', '.join(header) or 'none'}); "
                    "name the text column with --text-column",
                )
                return
            line_no = reader.line_num + 1
            for row in reader:
                yield _record(row, path, line_no, fields, max_bytes, "row")
                line_no = reader.line_num + 1
    except csv.Error as exc:
        yield Rejection(str(path), f"malformed CSV: {exc}", line_no)
    except UnicodeDecodeError as exc:
        yield Rejection(
            str(path), f"invalid UTF-8 ({exc.reason}) at or after this line; save the file as UTF-8", line_no
        )


def _read_parquet(path: Path, fields: Fields, max_bytes: int) -> Iterator[Article | Rejection]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        yield Rejection(str(path), f"not a readable Parquet file: {exc}")
        return
    names = parquet.schema_arrow.names
    if fields.text not in names:
        yield Rejection(
            str(path),
            f"missing column {fields.text!r} (columns: {', '.join(names) or 'none'}); "
            "name the text column with --text-column",
        )
        return
    wanted = [n for n in dict.fromkeys(vars(fields).values()) if n in names]
    row = 1
    try:
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=wanted):
            for record in batch.to_pylist():
                yield _record(record, path, row, fields, max_bytes, "row")
                row += 1
    except (pa.ArrowException, OSError) as exc:
        yield Rejection(str(path), f"could not read the Parquet file: {exc}", row)


def read_dataframe(
    table: pd.DataFrame, *, fields: Fields = Fields(), max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | Rejection]:
    """Yield the articles (or rejections) in a DataFrame with the record fields as columns."""
    for i, record in enumerate(table.to_dict("records"), start=1):
        yield _record(record, Path("(DataFrame)"), i, fields, max_bytes, "row", default_source="dataframe")


def read_file(
    path: str | os.PathLike[str], *, fields: Fields = Fields(), max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | Rejection]:
    """Yield the articles (or rejections) in one file."""
    path = Path(path)
    if not path.exists():
        yield Rejection(str(path), "no such file or directory")
        return
    suffix = file_suffix(path)
    try:
        if suffix in TEXT_SUFFIXES:
            yield from _read_text(path, max_bytes)
        elif suffix in HTML_SUFFIXES:
            yield from _read_html(path, max_bytes)
        elif suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, fields, max_bytes)
        elif suffix in CSV_SUFFIXES:
            yield from _read_csv(path, fields, max_bytes)
        elif suffix in PARQUET_SUFFIXES:
            yield from _read_parquet(path, fields, max_bytes)
        else:
            yield Rejection(
                str(path), f"unsupported file type {suffix or '(none)'!r}; supported: {', '.join(SUPPORTED)}"
            )
    except OSError as exc:
        yield Rejection(str(path), f"could not read the file: {exc.strerror or exc}")


def read_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    fields: Fields = Fields(),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Rejection]:
    """Yield every article (or rejection) in ``paths`` (files and directories), in order.

    A second article with an id already seen is rejected as a duplicate, naming where the first was.
    """
    files, _ = list_inputs(paths)
    yield from dedupe(item for path in files for item in read_file(path, fields=fields, max_bytes=max_bytes))


def dedupe(items: Iterable[Article | Rejection]) -> Iterator[Article | Rejection]:
    """Pass items through, turning articles whose id was already seen into rejections."""
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Article):
            first = seen.get(item.article_id)
            if first is not None:
                yield duplicate(item, f"first seen at {first}")
                continue
            seen[item.article_id] = item.origin or "(input)"
        yield item


def duplicate(article: Article, where_first: str) -> Rejection:
    """The rejection of an article whose id came earlier (``where_first`` says where)."""
    path, line = article.origin, None
    head, sep, tail = article.origin.rpartition(":")
    if sep and tail.isdigit() and head:
        path, line = head, int(tail)
    return Rejection(path, f"duplicate article id {article.article_id!r} ({where_first}); kept the first", line)
