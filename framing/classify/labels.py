"""framing's own annotated sentences (``labels/sentences/*.csv``): load, check, split.

The schema and the annotation rules are in ``labels/GUIDELINES.md``. :func:`check_labels` returns every
problem it finds (an empty list means the labels are valid); ``framing labels check`` prints them.
:func:`assign_splits` gives each sentence a deterministic split from the SHA-256 of its ``pair_id``
(or ``id`` for sentences outside pairs), so both members of a minimal pair always share a split.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pandas as pd

__all__ = [
    "COLUMNS",
    "GENRES",
    "LABELS_DIR",
    "SPLITS",
    "assign_splits",
    "check_labels",
    "find_labels_dir",
    "load_labels",
    "write_splits",
]

COLUMNS = ("id", "text", "label", "loaded_words", "voice", "topic", "genre", "target", "pair_id", "split")
GENRES = frozenset({"wire", "tabloid", "op-ed", "press-release", "explainer", "broadcast", "feature"})
SPLITS = {"train": 0.8, "dev": 0.1, "test": 0.1}
LABELS_DIR = "labels"


def find_labels_dir(start: str | os.PathLike[str] | None = None) -> Path:
    """The ``labels/`` folder: ``$FRAMING_LABELS``, else ``labels/`` in or above ``start`` (default:
    the current directory), else beside the installed package's source tree."""
    env = os.environ.get("FRAMING_LABELS")
    if env:
        return Path(env)
    here = Path(start or os.getcwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / LABELS_DIR / "sentences").is_dir():
            return folder / LABELS_DIR
    source_tree = Path(__file__).resolve().parents[2] / LABELS_DIR
    if (source_tree / "sentences").is_dir():
        return source_tree
    raise FileNotFoundError("no labels/ folder found; pass its path or set FRAMING_LABELS")


def load_labels(folder: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """All ``sentences/*.csv`` under ``folder`` as one table (``loaded_words`` parsed into lists)."""
    folder = Path(folder) if folder is not None else find_labels_dir()
    files = sorted((folder / "sentences").glob("*.csv"))
    if not files:
        raise FileNotFoundError(f"no CSV files in {folder / 'sentences'}")
    frames = []
    for path in files:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        frame.insert(0, "file", path.name)
        frames.append(frame)
    table = pd.concat(frames, ignore_index=True)
    table["label"] = pd.to_numeric(table["label"], errors="coerce").astype("Int64")
    table["loaded_words"] = table["loaded_words"].map(_parse_words)
    return table


def _parse_words(value: str) -> list[str] | None:
    try:
        words = json.loads(value) if value else []
    except json.JSONDecodeError:
        return None
    return words if isinstance(words, list) and all(isinstance(w, str) for w in words) else None


def check_labels(table: pd.DataFrame, *, min_rows: int = 3000, min_topics: int = 15) -> list[str]:
    """Every schema and consistency problem in ``table`` (from :func:`load_labels`), as sentences."""
    problems: list[str] = []
    missing = [c for c in COLUMNS if c not in table.columns]
    if missing:
        return [f"missing columns: {missing}"]

    def bad(mask: pd.Series, what: str) -> None:
        for row in table[mask].head(5).itertuples():
            problems.append(f"{row.file} {row.id}: {what}")
        if mask.sum() > 5:
            problems.append(f"… and {int(mask.sum()) - 5} more rows: {what}")

    bad(table["id"].duplicated(keep=False), "duplicate id")
    bad(table["text"].str.strip() == "", "empty text")
    bad(table["text"].duplicated(keep=False), "duplicate text")
    bad(~table["label"].isin([0, 1]), "label must be 0 or 1")
    bad(table["loaded_words"].isna(), "loaded_words must be a JSON list of strings")
    words = table["loaded_words"].map(lambda w: w or [])
    is1, is0 = table["label"] == 1, table["label"] == 0
    bad(is1 & (words.map(len) == 0), "label 1 needs at least one loaded word")
    bad(is0 & (words.map(len) > 0), "label 0 must have no loaded words")
    bad(
        pd.Series([any(w not in t for w in ws) for t, ws in zip(table["text"], words, strict=True)], index=table.index),
        "a loaded word is not a substring of the text",
    )
    bad(is1 & ~table["voice"].isin(["author", "quoted"]), "voice must be author or quoted for label 1")
    bad(is0 & (table["voice"] != "none"), "voice must be none for label 0")
    bad(is1 & ~table["target"].isin(["left", "right", "other"]), "target must be left, right or other for label 1")
    bad(is0 & (table["target"] != "none"), "target must be none for label 0")
    bad(~table["genre"].isin(GENRES), f"genre must be one of {sorted(GENRES)}")
    bad(~table["split"].isin(["", *SPLITS]), f"split must be empty or one of {list(SPLITS)}")
    pairs = table[table["pair_id"] != ""].groupby("pair_id")
    for pair_id, group in pairs:
        if len(group) != 2 or sorted(group["label"].tolist()) != [0, 1]:
            problems.append(f"pair {pair_id}: needs exactly one label-0 and one label-1 sentence")
        elif group["split"].nunique() != 1:
            problems.append(f"pair {pair_id}: both sentences must share a split")
    if len(table) < min_rows:
        problems.append(f"{len(table)} sentences; at least {min_rows} are required")
    if table["topic"].nunique() < min_topics:
        problems.append(f"{table['topic'].nunique()} topics; at least {min_topics} are required")
    share = float((table["label"] == 1).mean()) if len(table) else 0.0
    if not 0.45 <= share <= 0.55:
        problems.append(f"label balance {share:.2f}; must be between 0.45 and 0.55")
    targets = table.loc[is1, "target"].value_counts()
    left, right = int(targets.get("left", 0)), int(targets.get("right", 0))
    if max(left, right) and abs(left - right) / max(left, right) > 0.1:
        problems.append(f"political symmetry: {left} loaded sentences target the left, {right} the right")
    return problems


def _bucket(key: str) -> float:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF


def assign_splits(table: pd.DataFrame) -> pd.Series:
    """Deterministic ``train``/``dev``/``test`` (80/10/10) from the SHA-256 of ``pair_id`` or ``id``."""
    keys = table["pair_id"].where(table["pair_id"] != "", table["id"])
    edges = []
    total = 0.0
    for name, share in SPLITS.items():
        total += share
        edges.append((total, name))

    def split(key: str) -> str:
        b = _bucket(key)
        return next(name for edge, name in edges if b <= edge)

    return keys.map(split).rename("split")


def write_splits(folder: str | os.PathLike[str]) -> dict[Path, dict[str, int]]:
    """Fill the ``split`` column of every ``sentences/*.csv`` with :func:`assign_splits` (in place,
    atomically, keeping every other cell as it is). Returns the split counts per file."""
    import csv

    from framing.io.write import atomic_write

    folder = Path(folder)
    table = load_labels(folder)
    splits = dict(zip(table["id"], assign_splits(table), strict=True))
    counts: dict[Path, dict[str, int]] = {}
    for path in sorted((folder / "sentences").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        for row in rows:
            row["split"] = splits[row["id"]]
        counts[path] = dict(pd.Series([r["split"] for r in rows]).value_counts().sort_index())

        def write(tmp: Path, rows: list[dict[str, str]] = rows) -> None:
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=list(COLUMNS), lineterminator="\n")
                writer.writeheader()
                writer.writerows(rows)

        atomic_write(path, write)
    return counts
