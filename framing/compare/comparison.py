"""One call that compares the sources of a run: rates with intervals, noise statements, distinctive
wording, the coverage and omission matrix, and the same-story check.

The report and the comparing-sources notebook both start from :func:`compare`; each part is also
available on its own (:func:`~framing.compare.sources.compare_sources`,
:func:`~framing.compare.fightin_words.distinctive_terms`, :mod:`framing.compare.coverage`).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from framing.compare.coverage import StoryCheck, coverage_matrix, facts, omissions, same_story
from framing.compare.fightin_words import distinctive_terms
from framing.compare.sources import compare_sources, group_labels, within_noise_statements
from framing.score import Scores

__all__ = ["Comparison", "compare"]


@dataclass
class Comparison:
    """The sources of one run side by side.

    Attributes:
        by: What a group is: ``"source"`` (an outlet's articles pooled) or ``"article_id"``.
        groups: Article id → group.
        sources: Rates with bootstrap intervals, one row per (group, metric)
            (:data:`~framing.compare.sources.SOURCE_COLUMNS`).
        differences: Every pair of groups on every rate, with ``within_noise``
            (:data:`~framing.compare.sources.DIFFERENCE_COLUMNS`).
        noise: Metric → one plain-words sentence on whether the sources differ beyond noise.
        distinctive: Weighted log-odds of terms, each group against the rest
            (:data:`~framing.compare.fightin_words.DISTINCTIVE_COLUMNS`).
        facts: Every occurrence of a fact (:data:`~framing.compare.coverage.FACT_COLUMNS`).
        coverage: One row per fact, one count column per group, ``only_in`` and ``missing_from``.
        omissions: Per group, the shared facts it leaves out.
        story: Whether the articles look like one story.
        n_boot: Bootstrap replicates used.
        seed: Bootstrap seed used.
    """

    by: str
    groups: pd.Series
    sources: pd.DataFrame
    differences: pd.DataFrame
    noise: dict[str, str]
    distinctive: pd.DataFrame
    facts: pd.DataFrame
    coverage: pd.DataFrame
    omissions: pd.DataFrame
    story: StoryCheck
    n_boot: int = 2000
    seed: int = 0

    @property
    def groups_order(self) -> list[str]:
        """The groups in input order."""
        return list(dict.fromkeys(self.groups.to_list()))

    @property
    def members(self) -> dict[str, list[str]]:
        """Group → its article ids, in input order."""
        out: dict[str, list[str]] = {}
        for article_id, group in self.groups.items():
            out.setdefault(group, []).append(article_id)
        return out


def compare(scores: Scores, *, by: str = "source", n_boot: int = 2000, seed: int = 0) -> Comparison:
    """Compare the sources (or articles) of a scored run.

    Args:
        scores: The output of :func:`framing.score`.
        by: ``"source"`` pools the articles of each outlet (an article without a source is its own
            group); ``"article_id"`` compares article by article.
        n_boot: Bootstrap replicates for the intervals.
        seed: Bootstrap seed; the same run and seed give the same intervals.

    Returns:
        A :class:`Comparison`.
    """
    groups = group_labels(scores.articles, by=by) if len(scores.articles) else pd.Series(dtype=str)
    sources, differences = compare_sources(scores.sentences, scores.articles, scores.attributions, by=by,
                                           n_boot=n_boot, seed=seed)
    distinctive_by = by if by == "article_id" or len(scores.articles) == 0 else "_group"
    articles = scores.articles.assign(_group=scores.articles["article_id"].map(groups)) if len(groups) else scores.articles
    distinctive = distinctive_terms(scores.sentences, articles, by=distinctive_by) if len(groups) > 1 else None
    found = facts(scores, by=by)
    matrix = coverage_matrix(found, groups=list(dict.fromkeys(groups.to_list())))
    return Comparison(
        by=by, groups=groups, sources=sources, differences=differences,
        noise=within_noise_statements(sources, differences) if len(sources) else {},
        distinctive=distinctive if distinctive is not None else pd.DataFrame(),
        facts=found, coverage=matrix, omissions=omissions(matrix), story=same_story(scores, by=by),
        n_boot=n_boot, seed=seed,
    )
