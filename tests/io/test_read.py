from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from framing.io.read import Fields, list_inputs, read_articles, read_file
from framing.types import Article, Rejection

GOOD = "The council approved the Kingsway scheme on Tuesday. Critics said shops would suffer."


def split(items) -> tuple[list[Article], list[Rejection]]:
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Rejection)]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n ", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", "Caf\u00e9 society".encode("latin-1"), "invalid UTF-8 at byte 3"),
        ("huge.txt", b"word " * 4_000_000, "too large: 20.0 MB"),
        ("slides.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
    ],
)
def test_bad_files_are_rejected_with_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    articles, rejections = split(read_file(path))
    assert articles == []
    assert len(rejections) == 1
    assert reason in rejections[0].reason
    assert rejections[0].path == str(path)


def test_text_file_gives_one_article_with_stem_source_and_content_id(tmp_path: Path) -> None:
    (tmp_path / "herald.txt").write_text(GOOD, encoding="utf-8")
    (articles, rejections) = split(read_file(tmp_path / "herald.txt"))
    assert rejections == []
    assert articles[0].source == "herald"
    assert articles[0].text == GOOD
    assert articles[0].article_id == Article(GOOD).article_id  # content hash: stable across runs


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "bom.md").write_bytes("\ufeff# Title\n\nBody.".encode())
    (articles, _) = split(read_file(tmp_path / "bom.md"))
    assert articles[0].text == "# Title\n\nBody."


def test_jsonl_broken_line_is_rejected_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "source": "Herald", "title": "T1", "text": GOOD, "published": "2026-03-10"}),
        '{"id": "a2", "text": "unterminated',
        "",
        json.dumps({"id": "a3", "text": GOOD + " More."}),
        json.dumps({"id": "a4", "title": "no text"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a5", "text": ""}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, rejections = split(read_file(path))
    assert [a.article_id for a in articles] == ["a1", "a3"]
    assert articles[0].source == "Herald" and articles[0].title == "T1" and articles[0].published == "2026-03-10"
    assert articles[1].source == "feed"
    assert [(r.line, r.reason.split(":")[0]) for r in rejections] == [
        (2, "invalid JSON"),
        (5, "record has no 'text' field"),
        (6, "record is not a JSON object"),
        (7, "empty"),
    ]


def test_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": GOOD}) + "\n")
    articles, rejections = split(read_file(path))
    assert len(articles) == 1 and rejections == []
    assert articles[0].source == "feed"


def test_csv_missing_text_column_rejects_the_file(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text("id,body\n1,hello\n", encoding="utf-8")
    articles, rejections = split(read_file(path))
    assert articles == []
    assert "missing column 'text' (columns: id, body)" in rejections[0].reason


def test_csv_with_renamed_columns_and_multiline_text(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text('key,outlet,body\nx1,Herald,"Line one.\nLine two."\nx2,,\n', encoding="utf-8")
    articles, rejections = split(read_file(path, fields=Fields(id="key", source="outlet", text="body")))
    assert [(a.article_id, a.source, a.text) for a in articles] == [("x1", "Herald", "Line one.\nLine two.")]
    assert rejections[0].line == 4 and "empty" in rejections[0].reason


def test_duplicate_ids_are_rejected_naming_the_first(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "same", "text": GOOD}) + "\n" + json.dumps({"id": "same", "text": "Other text."}) + "\n",
        encoding="utf-8",
    )
    articles, rejections = split(read_articles([path]))
    assert [a.text for a in articles] == [GOOD]
    assert rejections[0].line == 2
    assert "duplicate article id 'same'" in rejections[0].reason and f"{path}:1" in rejections[0].reason


def test_html_main_text_via_trafilatura(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Council approves plan | Vale Herald</title>"
        '<meta property="og:site_name" content="Vale Herald">'
        '<meta property="article:published_time" content="2026-03-12"></head><body>'
        "<nav>Home News Sport Weather</nav><article><h1>Council approves plan</h1>"
        "<p>The council voted <b>seven to five</b> on Tuesday to approve the Kingsway scheme, which costs "
        "£3.2 million and removes 140 parking spaces from the high street.</p>"
        "<p>“This is a disgrace,” said Cllr Tom Reddin, who leads the opposition group on the council.</p>"
        "</article><footer>Copyright 2026 Vale Media</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    articles, rejections = split(read_file(tmp_path / "page.html"))
    assert rejections == []
    (article,) = articles
    assert "**seven to five**" in article.text
    assert "Home News Sport" not in article.text
    assert article.title == "Council approves plan"
    assert article.source == "Vale Herald"
    assert article.published == "2026-03-12"


def test_html_without_text_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    _, rejections = split(read_file(tmp_path / "empty.html"))
    assert "no article text found" in rejections[0].reason


def test_directories_are_walked_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(GOOD + " Two.", encoding="utf-8")
    (tmp_path / "a.md").write_text(GOOD + " One.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    files, skipped = list_inputs([tmp_path])
    assert [f.name for f in files] == ["a.md", "two.txt"]
    assert sorted(f.name for f in skipped) == [".hidden.txt", "notes.docx"]


def test_missing_path_is_a_rejection(tmp_path: Path) -> None:
    _, rejections = split(read_file(tmp_path / "nope.txt"))
    assert rejections[0].reason == "no such file or directory"


def test_parquet_rows_are_articles_and_missing_text_column_rejects(tmp_path: Path) -> None:
    import pandas as pd

    good = tmp_path / "a.parquet"
    pd.DataFrame({"id": ["p1", "p2"], "body": ["One story.", "Two stories."], "source": ["X", None]}).to_parquet(good)
    items = list(read_articles([good], fields=Fields(text="body")))
    assert [(a.article_id, a.source, a.origin) for a in items] == [
        ("p1", "X", f"{good}:1"), ("p2", "a", f"{good}:2")]
    missing = list(read_articles([good]))
    assert len(missing) == 1 and "missing column 'text'" in missing[0].reason


def test_parquet_that_is_not_parquet_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "fake.parquet"
    path.write_text("not parquet", encoding="utf-8")
    (item,) = read_articles([path])
    assert "not a readable Parquet file" in item.reason


def test_csv_is_streamed_and_bad_utf8_late_in_it_keeps_the_rows_before(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    good = b"".join(b"r%d,Fine text number %d.\n" % (i, i) for i in range(5000))
    path.write_bytes(b"id,text\n" + good + b"bad,Bad \xff byte.\n")
    items = list(read_articles([path]))
    assert isinstance(items[0], Article) and items[0].article_id == "r0"
    assert len([i for i in items if isinstance(i, Article)]) > 1000
    assert isinstance(items[-1], Rejection) and "invalid UTF-8" in items[-1].reason
