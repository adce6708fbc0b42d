from __future__ import annotations

import gzip
import json
from pathlib import Path

import pandas as pd
import pytest

from framing.batch.partitions import (
    FilesPartition,
    JsonlPartition,
    RecordsPartition,
    count_articles,
    plan,
    read_partition,
)
from framing.io.read import read_articles
from framing.types import Article, Rejection


def _lines(path: Path, n: int, *, blank_every: int = 0) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"a{i}", "text": f"Article number {i} said things."}) + "\n")
            if blank_every and i % blank_every == 0:
                fh.write("\n")


@pytest.mark.parametrize("n, size, expected", [(10, 3, [3, 3, 3, 1]), (6, 3, [3, 3]), (1, 5, [1]), (0, 5, [])])
def test_jsonl_is_cut_into_byte_ranges_of_size_records(tmp_path: Path, n: int, size: int, expected: list[int]) -> None:
    path = tmp_path / "a.jsonl"
    _lines(path, n, blank_every=4)
    parts = list(plan([path], size=size))
    assert all(isinstance(p, JsonlPartition) for p in parts)
    read = [read_partition(p) for p in parts]
    assert [len(r) for r in read] == expected
    # together the partitions give exactly what a plain read gives, with the same line numbers
    flat = [a for r in read for a in r]
    assert [(a.article_id, a.origin) for a in flat] == [(a.article_id, a.origin) for a in read_articles([path])]


def test_broken_jsonl_line_is_rejected_with_its_line_number(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a", "text": "One."}\n{broken\n{"id": "b", "text": "Two."}\n', encoding="utf-8")
    items = [i for p in plan([path], size=2) for i in read_partition(p)]
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Article"]
    assert items[1].line == 2


def test_one_article_files_are_grouped_and_read_by_the_worker(tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"Story {i}. It rained.", encoding="utf-8")
    parts = list(plan([tmp_path], size=2))
    assert [type(p) for p in parts] == [FilesPartition] * 3
    assert [len(p.paths) for p in parts] == [2, 2, 1]
    assert len([a for p in parts for a in read_partition(p)]) == 5


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".csv", ".parquet"])
def test_streamed_formats_are_shipped_in_record_batches(tmp_path: Path, suffix: str) -> None:
    frame = pd.DataFrame({"id": [f"r{i}" for i in range(7)], "text": [f"Text {i}." for i in range(7)]})
    path = tmp_path / f"t{suffix}"
    if suffix == ".csv":
        frame.to_csv(path, index=False)
    elif suffix == ".parquet":
        frame.to_parquet(path, index=False)
    else:
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in frame.to_dict("records"))
    parts = list(plan([path], size=3))
    assert all(isinstance(p, RecordsPartition) for p in parts)
    assert [len(read_partition(p)) for p in parts] == [3, 3, 1]
    assert count_articles([path]) == (7 if suffix == ".parquet" else None)


def test_input_order_is_kept_across_kinds_and_missing_files_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("A story.", encoding="utf-8")
    jsonl = tmp_path / "y.jsonl"
    _lines(jsonl, 2)
    items = [i for p in plan([tmp_path / "x.txt", jsonl, tmp_path / "gone.txt", Article("Inline text.")], size=5)
             for i in read_partition(p)]
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Article", "Rejection", "Article"]
    assert isinstance(items[3], Rejection) and "no such file" in items[3].reason


def test_count_articles_counts_files_and_jsonl_records(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("A story.", encoding="utf-8")
    _lines(tmp_path / "y.jsonl", 4, blank_every=2)
    assert count_articles([tmp_path]) == 5


def test_partition_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(plan([], size=0))
