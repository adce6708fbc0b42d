"""Distinctive wording: weighted log-odds with an informative Dirichlet prior ("Fightin' Words").

Monroe, Colaresi & Quinn (2008), *Fightin' Words: Lexical Feature Selection and Evaluation for
Identifying the Content of Political Conflict*, Political Analysis 16(4). For a group ``i`` (a source,
or one article) against the rest of the run ``j`` and a term ``w``:

    δ_w = ln[(y_iw + α_w) / (n_i + α_0 − y_iw − α_w)] − ln[(y_jw + α_w) / (n_j + α_0 − y_jw − α_w)]
    σ²_w ≈ 1 / (y_iw + α_w) + 1 / (y_jw + α_w)
    z_w = δ_w / σ_w

with ``y`` the term's counts, ``n`` the groups' total term counts and the prior ``α_w = α_0 · p_w``,
``p_w`` the term's share of the whole run. The prior shrinks rare terms toward zero, so a word used
once by a small outlet does not top the list. Higher ``z`` = more distinctive of the group; |z| > 1.96
is the usual "clearly distinctive" line.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping

import numpy as np
import pandas as pd

from framing.text.terms import grams

__all__ = ["DISTINCTIVE_COLUMNS", "distinctive_terms", "log_odds_dirichlet"]

DISTINCTIVE_COLUMNS = ("group", "term", "key", "count", "count_rest", "per_1k", "per_1k_rest", "log_odds", "z")


def log_odds_dirichlet(
    counts_i: Mapping[str, int], counts_j: Mapping[str, int], *, alpha0: float = 500.0
) -> pd.DataFrame:
    """Weighted log-odds (δ) and z-scores of every term, group ``i`` against group ``j``.

    Args:
        counts_i: Term counts of the group.
        counts_j: Term counts of the rest.
        alpha0: Strength of the prior (pseudo-counts spread over terms by their share of i + j).

    Returns:
        DataFrame indexed by term with ``log_odds`` and ``z`` (higher = more typical of ``i``).
    """
    terms = sorted(set(counts_i) | set(counts_j))
    if not terms:
        return pd.DataFrame(columns=["log_odds", "z"], dtype=float)
    yi = np.array([counts_i.get(t, 0) for t in terms], dtype=float)
    yj = np.array([counts_j.get(t, 0) for t in terms], dtype=float)
    total = yi + yj
    alpha = alpha0 * total / total.sum()
    ni, nj = yi.sum(), yj.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((yi + alpha) / (ni + alpha0 - yi - alpha)) - np.log((yj + alpha) / (nj + alpha0 - yj - alpha))
        z = delta / np.sqrt(1.0 / (yi + alpha) + 1.0 / (yj + alpha))
    return pd.DataFrame({"log_odds": delta, "z": z}, index=pd.Index(terms, name="key"))


def distinctive_terms(
    sentences: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    by: str = "source",
    top: int = 15,
    max_n: int = 2,
    min_count: int = 2,
    alpha0: float = 500.0,
) -> pd.DataFrame:
    """The terms most distinctive of each source (or each article) against the rest of the run.

    Args:
        sentences: The run's sentence table (``article_id``, ``text``).
        articles: The run's article table (``article_id`` and the ``by`` column).
        by: Column of ``articles`` that defines the groups: ``source`` or ``article_id``.
        top: Terms kept per group, by z.
        max_n: Longest term (words); terms are content n-grams (:mod:`framing.text.terms`).
        min_count: Fewest uses in the group for a term to be listed.
        alpha0: Prior strength (see :func:`log_odds_dirichlet`).

    Returns:
        One row per (group, term): :data:`DISTINCTIVE_COLUMNS`, most distinctive first within each
        group. Empty (with those columns) for a run of fewer than two groups.
    """
    group_of = dict(zip(articles["article_id"].astype(str), articles[by].astype(str), strict=True))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for article_id, text in zip(sentences["article_id"].astype(str), sentences["text"].astype(str), strict=True):
        group = group_of.get(article_id)
        if group is None:
            continue
        for g in grams(text, max_n=max_n):
            counts[group][g.key] += 1
            written[g.key][g.text.lower()] += 1
    rows = []
    if len(counts) >= 2:
        everything: Counter[str] = Counter()
        for c in counts.values():
            everything.update(c)
        for group in sorted(counts):
            mine = counts[group]
            rest = everything - mine
            scored = log_odds_dirichlet(mine, rest, alpha0=alpha0)
            n_i, n_j = sum(mine.values()), sum(rest.values())
            keep = scored[[mine.get(k, 0) >= min_count for k in scored.index]].sort_values("z", ascending=False)
            for key, row in keep.head(top).iterrows():
                rows.append({
                    "group": group, "term": written[key].most_common(1)[0][0], "key": key,
                    "count": mine.get(key, 0), "count_rest": rest.get(key, 0),
                    "per_1k": 1000 * mine.get(key, 0) / n_i if n_i else math.nan,
                    "per_1k_rest": 1000 * rest.get(key, 0) / n_j if n_j else math.nan,
                    "log_odds": float(row["log_odds"]), "z": float(row["z"]),
                })
    return pd.DataFrame(rows, columns=list(DISTINCTIVE_COLUMNS))
