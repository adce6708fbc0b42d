"""The comparative framing report: self-contained HTML (optionally PDF) from a scored run, and small
HTML snippets of highlighted sentences for notebooks."""

from framing.report.context import SECTIONS, report_context
from framing.report.render import render_html, write_pdf, write_report
from framing.report.snippets import sentences_html

__all__ = ["SECTIONS", "render_html", "report_context", "sentences_html", "write_pdf", "write_report"]
