"""Writing tables and run metadata atomically.

Each file is written to a temporary name in the target directory and then renamed over the final name
(``os.replace``, atomic on POSIX), so a crash never leaves a half-written Parquet, CSV or JSON file: a
reader sees the old file or the new one.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["FORMATS", "atomic_write", "write_json", "write_jsonl", "write_table"]

FORMATS = ("parquet", "csv")


def atomic_write(path: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)`` and rename the result to ``path``; remove the temporary file on error."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _mode_for(path: Path) -> int:
    """The permissions the file should have: those of the file it replaces, else the umask default
    (``mkstemp`` creates 0600 files, which would hide outputs from the user's group)."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _json_default(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    if hasattr(value, "tolist"):
        return value.tolist()
    return str(value)


def _csv_ready(table: pd.DataFrame) -> pd.DataFrame:
    """JSON-encode list and dict cells so that CSV keeps them readable and parseable."""
    out = table.copy()
    for name in out.columns:
        if out[name].dtype == object and out[name].map(lambda v: isinstance(v, list | dict | tuple)).any():
            out[name] = out[name].map(
                lambda v: json.dumps(v, ensure_ascii=False, default=_json_default)
                if isinstance(v, list | dict | tuple)
                else v
            )
    return out


def write_table(table: pd.DataFrame, path: str | os.PathLike[str], *, format: str = "parquet") -> Path:
    """Write a table as Parquet (pyarrow) or CSV (UTF-8, list cells as JSON), atomically."""
    if format == "parquet":
        return atomic_write(path, lambda tmp: table.to_parquet(tmp, index=False, engine="pyarrow"))
    if format == "csv":
        return atomic_write(path, lambda tmp: _csv_ready(table).to_csv(tmp, index=False, encoding="utf-8"))
    raise ValueError(f"unknown format {format!r}; use one of {FORMATS}")


def write_json(data: Any, path: str | os.PathLike[str]) -> Path:
    """Write ``data`` as indented UTF-8 JSON, atomically."""

    def write(tmp: Path) -> None:
        tmp.write_text(
            json.dumps(data, indent=2, ensure_ascii=False, default=_json_default) + "\n", encoding="utf-8"
        )

    return atomic_write(path, write)


def write_jsonl(table: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write one JSON object per row (missing values as null), atomically."""
    lines = []
    for record in table.astype(object).to_dict(orient="records"):
        clean = {k: (None if _is_missing(v) else v) for k, v in record.items()}
        lines.append(json.dumps(clean, ensure_ascii=False, default=_json_default))
    body = "".join(line + "\n" for line in lines)
    return atomic_write(path, lambda tmp: tmp.write_text(body, encoding="utf-8"))


def _is_missing(value: Any) -> bool:
    if isinstance(value, list | dict | tuple):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
