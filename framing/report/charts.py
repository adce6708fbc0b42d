"""Charts for the report, drawn with matplotlib and returned as inline SVG text.

No pyplot (no global figure state): each chart builds its own :class:`~matplotlib.figure.Figure`.
Text is drawn as glyph outlines (``svg.fonttype = "path"``), so source names from untrusted input never
enter the SVG as markup, and ``$`` is escaped so a name is never parsed as mathtext. IDs are salted with
a constant and the date is left out, so the same data give the same bytes.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")  # no display; must precede any backend use

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

__all__ = ["interval_chart", "stacked_share_chart", "svg"]

_RC = {"svg.hashsalt": "framing-report", "svg.fonttype": "path", "font.size": 9, "font.family": "DejaVu Sans"}
_PALETTE = ("#1b6ca8", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f", "#6c757d", "#2e4057")


def _label(text: object, width: int = 28) -> str:
    text = str(text).replace("$", r"\$")
    return text if len(text) <= width else text[: width - 1] + "…"


def svg(figure: Figure) -> str:
    """The figure as an ``<svg>`` element (no XML prolog), deterministic for the same figure."""
    buffer = io.StringIO()
    with matplotlib.rc_context(_RC):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def interval_chart(table: pd.DataFrame, metrics: Sequence[tuple[str, str]]) -> str:
    """Small multiples: one panel per metric, one row per source, a dot at the value and a bar for the
    95% bootstrap interval.

    Args:
        table: :func:`framing.compare.sources.compare_sources`'s table (group, metric, value, ci_low,
            ci_high).
        metrics: ``(metric, panel title)`` pairs to draw, in order.

    Returns:
        SVG markup; an empty string when there is nothing to draw.
    """
    metrics = [(m, t) for m, t in metrics if (table["metric"] == m).any()]
    if table.empty or not metrics:
        return ""
    groups = list(dict.fromkeys(table["group"]))
    columns = min(4, len(metrics))
    rows = math.ceil(len(metrics) / columns)
    with matplotlib.rc_context(_RC):
        figure = Figure(figsize=(2.6 * columns + 1.6, rows * (0.32 * len(groups) + 0.9)))
        axes = figure.subplots(rows, columns, squeeze=False, sharey=True)
        for i, (metric, title) in enumerate(metrics):
            ax = axes[i // columns][i % columns]
            part = table[table["metric"] == metric].set_index("group").reindex(groups)
            y = np.arange(len(groups))[::-1]
            low, high, value = (part[c].to_numpy(dtype=float) for c in ("ci_low", "ci_high", "value"))
            ok = ~(np.isnan(low) | np.isnan(high))
            ax.hlines(y[ok], low[ok], high[ok], color="#9aa5b1", linewidth=3)
            ok = ~np.isnan(value)
            ax.plot(value[ok], y[ok], "o", color=_PALETTE[0], markersize=5, linestyle="none")
            ax.set_title(_label(title, 40), fontsize=9, loc="left")
            ax.set_yticks(y, [_label(g) for g in groups])
            ax.grid(axis="x", color="#e5e7eb", linewidth=0.6)
            ax.set_axisbelow(True)
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
        for j in range(len(metrics), rows * columns):
            axes[j // columns][j % columns].set_visible(False)
        figure.tight_layout()
        return svg(figure)


def stacked_share_chart(counts: pd.DataFrame, *, title: str) -> str:
    """Horizontal 100% stacked bars: one bar per row of ``counts`` (index = source), one colour per column.

    Args:
        counts: Non-negative counts, rows = sources, columns = categories (column names are the legend).
        title: Chart title.

    Returns:
        SVG markup; an empty string when every count is zero.
    """
    counts = counts.fillna(0)
    totals = counts.sum(axis=1)
    if counts.empty or float(totals.sum()) == 0:
        return ""
    shares = counts.div(totals.where(totals > 0, 1), axis=0)
    with matplotlib.rc_context(_RC):
        figure = Figure(figsize=(7.5, 0.34 * len(shares) + 1.3))
        ax = figure.subplots()
        y = list(range(len(shares)))[::-1]
        left = [0.0] * len(shares)
        for k, column in enumerate(shares.columns):
            widths = shares[column].tolist()
            ax.barh(y, widths, left=left, color=_PALETTE[k % len(_PALETTE)], label=_label(column), height=0.7)
            left = [a + b for a, b in zip(left, widths, strict=True)]
        ax.set_yticks(y, [f"{_label(g)} (n={int(n)})" for g, n in zip(shares.index, totals, strict=True)])
        ax.set_xlim(0, 1)
        ax.set_xticks([0, 0.25, 0.5, 0.75, 1], ["0%", "25%", "50%", "75%", "100%"])
        ax.set_title(_label(title, 80), fontsize=9, loc="left")
        ax.legend(ncols=min(4, len(shares.columns)), fontsize=8, frameon=False, loc="upper center",
                  bbox_to_anchor=(0.5, -0.12))
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        figure.tight_layout()
        return svg(figure)
