"""The HTML report: self-contained, escaped, reproducible, sensible on thin input; the PDF prints."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

import framing
from framing.cli import main
from framing.compare import compare
from framing.report import SECTIONS, render_html, write_pdf

REPO = Path(__file__).resolve().parents[2]
DEMO_REPORT = REPO / "reports" / "demo.html"
#: The README's main command writes the committed demo report with this title.
DEMO_TITLE = "Kingsway cycle lane: six articles, one story (framing demo corpus)"


@pytest.fixture(scope="module")
def demo_html(demo_scores) -> str:
    return render_html(demo_scores, title=DEMO_TITLE)


def headings(html: str) -> list[str]:
    return re.findall(r"<h2>(.*?)</h2>", html)


def test_every_section_is_there_in_order(demo_html):
    assert headings(demo_html) == [h for _, h in SECTIONS]


def test_self_contained_and_locked_down(demo_html):
    assert "Content-Security-Policy" in demo_html and "default-src 'none'" in demo_html
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b", demo_html, re.I)
    assert not re.search(r"(src|href)=\"(https?:)?//", demo_html)
    assert "<svg" in demo_html  # charts are inline SVG


def test_numbers_link_to_their_sentences(demo_html):
    targets = set(re.findall(r'href="#([\w-]+)"', demo_html))
    ids = set(re.findall(r'id="([\w-]+)"', demo_html))
    assert targets and targets <= ids
    assert {"loaded-s1", "attribution-s3", "emphasis-s2"} <= targets


def test_loaded_words_are_highlighted_by_voice(demo_html):
    assert '<mark class="loaded" title="evaluative · author · reckless">reckless</mark>' in demo_html
    assert 'class="loaded-quoted"' in demo_html


def test_demo_report_is_reproducible(demo_scores, demo_html):
    """Same corpus → same bytes, and the committed reports/demo.html is what the code produces now."""
    assert render_html(demo_scores, title=DEMO_TITLE) == demo_html
    assert DEMO_REPORT.read_text(encoding="utf-8") == demo_html, (
        "reports/demo.html is stale: regenerate it with the README's main command")
    try:
        committed = subprocess.run(["git", "show", "HEAD:reports/demo.html"], cwd=REPO, capture_output=True,
                                   text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout with reports/demo.html committed")
    assert committed == demo_html


def test_escapes_untrusted_text():
    article = framing.Article(
        text="This reckless plan <script>alert(1)</script> is a disgrace & a <b>scandal</b>.", article_id="a<1>",
        source="<img src=x onerror=alert(1)>", title="\"Quoted\" <title>")
    html = render_html(framing.score([article]))
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>scandal" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_title_field_headline_terms_are_shown_and_escaped():
    article = framing.Article(text="The council approved the scheme on Tuesday. Work starts in May.",
                              article_id="t", source="Outlet", title="Shameless <i>council</i> fiasco")
    html = render_html(framing.score([article]))
    assert "Headline (the title field) terms:" in html
    assert '<span class="chip" title="loaded: evaluative">fiasco</span>' in html
    assert "<i>council" not in html


def test_dollar_signs_in_names_do_not_break_charts():
    articles = [framing.Article(text="The $5m plan was reckless. Critics said it failed.", article_id=f"a{i}",
                                source=f"$Outlet {i}$") for i in range(2)]
    assert "<svg" in render_html(framing.score(articles))


def test_one_article_gives_a_sensible_report():
    article = framing.Article(text="The council approved the £3.2m scheme on Tuesday. It was a reckless decision.",
                              article_id="only", source="Only Source", title="Scheme approved")
    html = render_html(framing.score([article]))
    assert "Only Source" in html and "nothing to compare" in html
    assert headings(html)[0] == "Summary" and headings(html)[-1] == "Methods"
    assert "Distinctive wording" not in headings(html)  # needs two sources


def test_articles_without_quotes_say_so():
    articles = [framing.Article(text=f"The council approved the scheme. Work starts in {m}.", article_id=m,
                                source=f"Outlet {m}") for m in ("May", "June")]
    html = render_html(framing.score(articles))
    assert "No one is quoted or cited in this source" in html


def test_sections_of_measures_not_run_are_left_out(demo_scores):
    scores = framing.score(framing.demo_corpus(), measures=["words", "sentiment", "readability"])
    found = headings(render_html(scores))
    assert "Loaded language" not in found and "Emphasis: repetition, position and emotive phrasing" not in found
    assert found[0] == "Summary" and found[-1] == "Methods"


def test_methods_name_versions_and_hashes(demo_scores, demo_html):
    for name, digest in demo_scores.run["resources"].items():
        assert name in demo_html and digest in demo_html
    assert "loaded.v1.tsv" in demo_html


def test_pdf_prints_every_section(demo_scores, tmp_path):
    weasyprint = pytest.importorskip("weasyprint")
    html = render_html(demo_scores, comparison=compare(demo_scores, n_boot=200))
    pages = weasyprint.HTML(string=html).render().pages
    assert len(pages) >= len(SECTIONS)  # each section starts a page in print
    path = write_pdf(html, tmp_path / "demo.pdf")
    assert path.read_bytes().startswith(b"%PDF") and path.stat().st_size > 50_000


def test_cli_report_writes_html_and_pdf(tmp_path):
    out, pdf = tmp_path / "r" / "demo.html", tmp_path / "r" / "demo.pdf"
    result = CliRunner().invoke(main, ["report", "--demo", "-o", str(out), "--pdf", str(pdf), "--title", "T"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not list(out.parent.glob(".*.tmp"))


def test_cli_report_reports_bad_input_and_keeps_going(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Council approves scheme\n\nThe council approved the scheme on Tuesday.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00 not text \x00\x00")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["report", str(good), str(bad), "-o", str(out)])
    assert result.exit_code == 3, result.output
    assert "bad.txt" in result.output
    html = out.read_text(encoding="utf-8")
    assert "could not be read" in html and "bad.txt" in html


def test_cli_report_with_nothing_readable_fails_clearly(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00\x00")
    result = CliRunner().invoke(main, ["report", str(bad), "-o", str(tmp_path / "r.html")])
    assert result.exit_code != 0 and "nothing to report" in result.output
    assert not (tmp_path / "r.html").exists()
