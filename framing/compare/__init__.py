"""Comparisons across the articles and sources of one run (they need the whole run's tables).

:func:`compare` does it all (rates with bootstrap intervals, noise statements, distinctive wording,
the coverage and omission matrix, the same-story check); the parts are also exported on their own.
"""

from framing.compare.comparison import Comparison, compare
from framing.compare.coverage import (
    CLAIM_THRESHOLD,
    FACT_COLUMNS,
    FACT_KINDS,
    OMISSION_COLUMNS,
    STORY_THRESHOLD,
    StoryCheck,
    claim_clusters,
    coverage_matrix,
    facts,
    omissions,
    same_story,
)
from framing.compare.fightin_words import distinctive_terms, log_odds_dirichlet
from framing.compare.quantities import Quantity, find_quantities, quantity_key
from framing.compare.sources import METRICS, compare_sources, group_labels, within_noise_statements

__all__ = [
    "CLAIM_THRESHOLD",
    "FACT_COLUMNS",
    "FACT_KINDS",
    "METRICS",
    "OMISSION_COLUMNS",
    "STORY_THRESHOLD",
    "Comparison",
    "Quantity",
    "StoryCheck",
    "claim_clusters",
    "compare",
    "compare_sources",
    "coverage_matrix",
    "distinctive_terms",
    "facts",
    "find_quantities",
    "group_labels",
    "log_odds_dirichlet",
    "omissions",
    "quantity_key",
    "same_story",
    "within_noise_statements",
]
