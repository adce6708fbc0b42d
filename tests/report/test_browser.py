"""The report in a real browser: headless Debian Chromium driven by Playwright.

No console errors, no network requests, every section heading present, a full-page screenshot saved
under ``out/test-artifacts/``; untrusted article text shows as text and runs nothing.

Chromium comes from Debian (``/usr/bin/chromium``, installed by ``.ci/run``); Playwright never downloads
a browser. Without Chromium these tests skip, unless ``FRAMING_REQUIRE_BROWSER=1`` (set by ``.ci/run``)
makes that a failure.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import framing
from framing.report import SECTIONS, write_report

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "out" / "test-artifacts"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
XSS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)")

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("FRAMING_REQUIRE_BROWSER") == "1":
            pytest.fail("FRAMING_REQUIRE_BROWSER=1 but /usr/bin/chromium is missing (apt-get install chromium)")
        pytest.skip("/usr/bin/chromium is not installed (.ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield b
        b.close()


def open_report(browser, path: Path, screenshot: str) -> dict:
    """Load a report file; return what the page did: console errors, requests, dialogs, headings."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    seen: dict = {"errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    url = path.resolve().as_uri()
    page.goto(url, wait_until="load")
    page.wait_for_timeout(300)  # let any (forbidden) late loads or handlers fire
    seen["requests"] = [u for u in seen["requests"] if u != url]
    seen["headings"] = page.eval_on_selector_all("h2", "els => els.map(e => e.textContent.trim())")
    seen["text"] = page.inner_text("body")
    seen["dom"] = page.evaluate("""() => ({
        scripts: document.querySelectorAll('script').length,
        images: document.querySelectorAll('img').length,
        jsLinks: [...document.querySelectorAll('a')].filter(a => a.href.startsWith('javascript:')).length,
        handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
    })""")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / screenshot), full_page=True)
    page.close()
    return seen


def assert_clean(seen: dict, headings: list[str]) -> None:
    assert seen["errors"] == []
    assert seen["requests"] == []
    assert seen["dialogs"] == []
    for heading in headings:
        assert heading in seen["headings"]


def test_demo_report_in_browser(browser, tmp_path, demo_scores):
    path = tmp_path / "demo.html"
    write_report(demo_scores, path, title="Demo")
    seen = open_report(browser, path, "report-demo.png")
    assert_clean(seen, [heading for _, heading in SECTIONS])
    assert "The Kingsway Courier" in seen["text"]
    assert (ARTIFACTS / "report-demo.png").stat().st_size > 10_000


@pytest.mark.seeds
def test_seed_report_in_browser(browser, tmp_path, seed_scores):
    path = tmp_path / "seeds.html"
    write_report(seed_scores, path, title="Seeds")
    seen = open_report(browser, path, "report-seeds.png")
    assert_clean(seen, [heading for _, heading in SECTIONS])


def test_untrusted_text_is_shown_as_text_and_runs_nothing(browser, tmp_path):
    hostile = (f"The council's reckless scheme {XSS[0]} is a disgrace, critics say. "
               f"See this shameful {XSS[1]} and <a href=\"{XSS[2]}\">this link</a> or [that one]({XSS[2]}).\n\n"
               "“It is a shameful waste,” said Cllr Tom Reed.")
    records = [
        {"id": "evil-1", "source": f"Evil {XSS[0]}", "title": f"Title {XSS[1]}", "text": hostile},
        {"id": "plain-2", "source": "Plain Gazette", "title": "Council approves scheme",
         "text": "The council approved the scheme on Tuesday. It will cost £3.2m, the council said."},
    ]
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    path = tmp_path / "hostile.html"
    write_report(framing.score(corpus), path, title=f"Report {XSS[0]}")
    html = path.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<img" not in html.lower()
    seen = open_report(browser, path, "report-xss.png")
    assert seen["dialogs"] == []
    assert seen["errors"] == []
    assert seen["requests"] == []
    assert seen["dom"] == {"scripts": 0, "images": 0, "jsLinks": 0, "handlers": 0}
    for payload in XSS:
        assert payload in seen["text"]  # visible, as text
