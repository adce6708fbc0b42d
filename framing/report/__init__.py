"""The comparative framing report: self-contained HTML (optionally PDF) from a scored run."""

from framing.report.context import SECTIONS, report_context
from framing.report.render import render_html, write_pdf, write_report

__all__ = ["SECTIONS", "render_html", "report_context", "write_pdf", "write_report"]
