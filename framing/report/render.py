"""Render the comparative framing report: one self-contained HTML file, optionally a PDF.

The HTML has no scripts and makes no network requests: CSS is inline, charts are inline SVG, and a
Content-Security-Policy (``default-src 'none'``) forbids anything else, so even a page an attacker
managed to inject markup into could not run code or call home. Every value from the articles is
escaped by jinja2's autoescaping; only our own chart SVG is marked safe.

The same run gives the same bytes: no timestamps, seeded bootstrap, salted SVG ids.
"""

from __future__ import annotations

import os
from pathlib import Path

import jinja2

from framing.compare.comparison import Comparison, compare
from framing.io.write import atomic_write
from framing.report.context import report_context
from framing.score import Scores

__all__ = ["render_html", "write_pdf", "write_report"]


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("framing.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(scores: Scores, *, comparison: Comparison | None = None, title: str | None = None) -> str:
    """The report for a scored run, as one HTML document.

    Args:
        scores: The output of :func:`framing.score`.
        comparison: :func:`framing.compare.compare` of ``scores`` (computed when None).
        title: The report's title (default: "Framing report: N articles").

    Returns:
        The HTML text.
    """
    comparison = comparison if comparison is not None else compare(scores)
    context = report_context(scores, comparison, title=title)
    present = ["summary"] + [sid for sid, _ in context["sections"][1:-1] if context.get(sid)] + ["methods"]
    return _environment().get_template("report.html.j2").render(**context, present=present)


def write_pdf(html: str, path: str | os.PathLike[str]) -> Path:
    """Print the report HTML to PDF with WeasyPrint (offline; the HTML references nothing external)."""
    import weasyprint  # heavy import, only when a PDF is asked for

    document = weasyprint.HTML(string=html, base_url=None)
    return atomic_write(path, lambda tmp: document.write_pdf(str(tmp)))


def write_report(
    scores: Scores,
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    pdf: str | os.PathLike[str] | None = None,
    comparison: Comparison | None = None,
) -> list[Path]:
    """Write the HTML report (and the PDF when ``pdf`` is given), atomically.

    Returns:
        The paths written.
    """
    html = render_html(scores, comparison=comparison, title=title)
    written = [atomic_write(path, lambda tmp: tmp.write_text(html, encoding="utf-8"))]
    if pdf is not None:
        written.append(write_pdf(html, pdf))
    return written
