"""Comparisons across the articles and sources of one run (they need the whole run's tables)."""

from framing.compare.fightin_words import distinctive_terms, log_odds_dirichlet

__all__ = ["distinctive_terms", "log_odds_dirichlet"]
