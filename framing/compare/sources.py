"""Sources side by side, with bootstrap confidence intervals and an honest word on noise.

Five articles are few, and one article's rate of loaded words rests on a few dozen sentences. Every
rate here is a ratio of sentence-level sums, ``value = scale × Σ numerator / Σ denominator`` over the
sentences of a group (a source, or one article), so it can be re-estimated on resampled sentences:

* **Interval** — the percentile bootstrap (Efron & Tibshirani 1993, ch. 13): draw the group's ``n``
  sentences ``n_boot`` times with replacement, recompute the rate each time, and take the 2.5th and
  97.5th percentiles (for ``level=0.95``).
* **Difference** — for two groups, the same percentiles of the difference of their independent
  bootstrap replicates. When that interval includes 0 the two groups are *within noise* of each other
  on that measure: the data cannot tell them apart.

Caveat, stated in the report too: sentences of one article are not independent draws (a topic or a
quoted speaker runs over several), so these intervals are, if anything, too narrow; treat a difference
that is barely outside noise with care.

The rates (all also in the article table under the same name, except ``speech_share``):

=========================  ===========================================================================
``loaded_per_1k_author``   1000 × author-voice loaded terms / author-voice words. Higher = more loaded.
``loaded_share``           Sentences with ``loaded_prob`` ≥ 0.5 / sentences with a probability.
``emotive_per_1k``         1000 × emotive terms / words. Higher = more emotive phrasing.
``speech_share``           Words inside speech quotations / words. Higher = sources speak in their own words.
``vague_per_1k``           1000 × attributions to anonymous or vague sources / words.
``exaggeration_share``     Sentences with ``exaggeration_flag`` / sentences.
``repetition_share``       Sentences with ``repetition_flag`` / sentences.
``tone``                   Mean VADER compound score of the sentences (−1 negative … +1 positive).
=========================  ===========================================================================
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__ = [
    "DIFFERENCE_COLUMNS",
    "METRICS",
    "SOURCE_COLUMNS",
    "Metric",
    "compare_sources",
    "group_labels",
    "within_noise_statements",
]

SOURCE_COLUMNS = ("group", "metric", "value", "ci_low", "ci_high", "n_sentences", "n_articles")
DIFFERENCE_COLUMNS = ("metric", "group_a", "group_b", "difference", "ci_low", "ci_high", "within_noise")

Columns = Callable[[pd.DataFrame], np.ndarray]


def _col(name: str) -> Columns:
    def get(sentences: pd.DataFrame) -> np.ndarray:
        if name not in sentences:
            return np.full(len(sentences), np.nan)
        return pd.to_numeric(sentences[name], errors="coerce").to_numpy(dtype=float)

    return get


def _ones(sentences: pd.DataFrame) -> np.ndarray:
    return np.ones(len(sentences))


def _flag(name: str) -> Columns:
    def get(sentences: pd.DataFrame) -> np.ndarray:
        if name not in sentences:
            return np.full(len(sentences), np.nan)
        return sentences[name].astype(float).to_numpy()

    return get


def _loaded_label(sentences: pd.DataFrame) -> np.ndarray:
    probs = _col("loaded_prob")(sentences)
    return np.where(np.isnan(probs), np.nan, (probs >= 0.5).astype(float))


def _present(get: Columns) -> Columns:
    def den(sentences: pd.DataFrame) -> np.ndarray:
        return (~np.isnan(get(sentences))).astype(float)

    return den


def _speech_words(sentences: pd.DataFrame) -> np.ndarray:
    return _col("words_n")(sentences) - _col("words_author")(sentences)


@dataclass(frozen=True)
class Metric:
    """A rate over sentences: ``scale × Σ numerator / Σ denominator``.

    Attributes:
        name: Stable key (the ``metric`` column).
        label: Plain-words name for the report.
        numerator: Sentence table → one value per sentence (NaN = not measured).
        denominator: Sentence table → one weight per sentence.
        scale: Multiplier (1000 for "per 1,000 words").
        higher: What a higher value means, in plain words.
        unit: How to read the number ("per 1,000 words", "share of sentences", …).
    """

    name: str
    label: str
    numerator: Columns
    denominator: Columns
    scale: float
    higher: str
    unit: str


METRICS: tuple[Metric, ...] = (
    Metric("loaded_per_1k_author", "Loaded words (outlet's own voice)", _col("loaded_n_author"),
           _col("words_author"), 1000.0, "more loaded wording in the outlet's own voice",
           "per 1,000 author-voice words"),
    Metric("loaded_share", "Sentences the classifier calls loaded", _loaded_label, _present(_loaded_label), 1.0,
           "more sentences worded in a loaded way", "share of sentences"),
    Metric("emotive_per_1k", "Emotive phrasing", _col("emotive_n"), _col("words_n"), 1000.0,
           "more emotive phrasing (boosters, superlatives, dramatic metaphors, fear and outrage appeals)",
           "per 1,000 words"),
    Metric("speech_share", "Words in quoted speech", _speech_words, _col("words_n"), 1.0,
           "sources speak more in their own words", "share of words"),
    Metric("vague_per_1k", "Vague or anonymous attributions", _col("vague_n"), _col("words_n"), 1000.0,
           "more claims attributed to no one accountable (critics, sources, it is understood)",
           "per 1,000 words"),
    Metric("exaggeration_share", "Sentences with exaggeration", _flag("exaggeration_flag"),
           _present(_flag("exaggeration_flag")), 1.0, "more exaggeration or minimisation", "share of sentences"),
    Metric("repetition_share", "Sentences repeating a key term", _flag("repetition_flag"),
           _present(_flag("repetition_flag")), 1.0, "more repetition of emphasised key terms", "share of sentences"),
    Metric("tone", "Tone (VADER)", _col("sentiment_compound"), _present(_col("sentiment_compound")), 1.0,
           "more positive wording (−1 … +1)", "mean per sentence"),
)


def group_labels(articles: pd.DataFrame, *, by: str = "source") -> pd.Series:
    """The group of each article (indexed by ``article_id``): its ``by`` column, or its id when that is
    empty."""
    ids = articles["article_id"].astype(str)
    if by == "article_id" or by not in articles:
        return pd.Series(ids.to_numpy(), index=ids.to_numpy())
    values = articles[by].where(articles[by].notna() & (articles[by].astype(str).str.strip() != ""), ids)
    return pd.Series(values.astype(str).to_numpy(), index=ids.to_numpy())


def _vague_per_sentence(sentences: pd.DataFrame, attributions: pd.DataFrame | None) -> np.ndarray:
    """Vague attributions (with a cue) counted at the first sentence of each relation."""
    counts = np.zeros(len(sentences))
    if attributions is None or attributions.empty or sentences.empty:
        return counts
    vague = attributions[(attributions["source_type"] == "anonymous_vague") & attributions["cue_text"].notna()]
    position = {key: i for i, key in enumerate(zip(sentences["article_id"], sentences["sentence_id"], strict=True))}
    for article_id, ids in zip(vague["article_id"], vague["sentence_ids"], strict=True):
        ids = list(ids) if ids is not None else []
        i = position.get((article_id, ids[0])) if ids else None
        if i is not None:
            counts[i] += 1
    return counts


def _replicates(num: np.ndarray, den: np.ndarray, scale: float, n_boot: int,
                rng: np.random.Generator) -> np.ndarray:
    """``n_boot`` bootstrap replicates of ``scale × Σ num / Σ den`` (NaN where Σ den = 0)."""
    n = len(num)
    if n == 0:
        return np.full(n_boot, np.nan)
    idx = rng.integers(0, n, size=(n_boot, n))
    num_b = np.nansum(num[idx], axis=1)
    den_b = den[idx].sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den_b > 0, scale * num_b / np.where(den_b > 0, den_b, 1.0), np.nan)


def _ratio(num: np.ndarray, den: np.ndarray, scale: float) -> float:
    total = den.sum()
    return float(scale * np.nansum(num) / total) if total > 0 else math.nan


def _interval(replicates: np.ndarray, level: float) -> tuple[float, float]:
    finite = replicates[np.isfinite(replicates)]
    if len(finite) < 0.5 * len(replicates) or len(finite) == 0:
        return math.nan, math.nan
    tail = 100 * (1 - level) / 2
    lo, hi = np.percentile(finite, [tail, 100 - tail])
    return float(lo), float(hi)


def _bootstrap(
    sentences: pd.DataFrame,
    articles: pd.DataFrame,
    attributions: pd.DataFrame | None,
    *,
    by: str,
    metrics: Sequence[Metric],
    n_boot: int,
    seed: int,
) -> tuple[pd.DataFrame, dict[tuple[str, str], np.ndarray]]:
    groups = group_labels(articles, by=by)
    table = sentences.assign(vague_n=_vague_per_sentence(sentences, attributions))
    member = table["article_id"].astype(str).map(groups).to_numpy()
    # Each metric's per-sentence numerator and denominator, computed once for the whole run.
    columns = [(metric.numerator(table), np.nan_to_num(metric.denominator(table), nan=0.0)) for metric in metrics]
    rows: list[dict[str, object]] = []
    replicates: dict[tuple[str, str], np.ndarray] = {}
    for g_index, group in enumerate(dict.fromkeys(groups.to_list())):
        where = np.flatnonzero(member == group)
        n_articles = int((groups == group).sum())
        for m_index, (metric, (num_all, den_all)) in enumerate(zip(metrics, columns, strict=True)):
            num, den = num_all[where], den_all[where]
            # One generator per (group, metric): adding a source or a measure leaves the others' draws alone.
            rng = np.random.default_rng([seed, g_index, m_index])
            reps = _replicates(num, den, metric.scale, n_boot, rng)
            replicates[(group, metric.name)] = reps
            rows.append({"group": group, "metric": metric.name, "value": _ratio(num, den, metric.scale),
                         "replicates": reps, "n_sentences": len(where), "n_articles": n_articles})
    return pd.DataFrame(rows), replicates


def compare_sources(
    sentences: pd.DataFrame,
    articles: pd.DataFrame,
    attributions: pd.DataFrame | None = None,
    *,
    by: str = "source",
    metrics: Sequence[Metric] = METRICS,
    n_boot: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Each group's rates with percentile-bootstrap intervals, and every pairwise difference.

    Args:
        sentences: The sentence table of a run.
        articles: The article table (gives each article's group).
        attributions: The attributions table (for ``vague_per_1k``); optional.
        by: ``"source"`` (articles of one outlet pooled) or ``"article_id"``.
        metrics: The rates to estimate (default :data:`METRICS`).
        n_boot: Bootstrap replicates per group and metric.
        level: Interval coverage (0.95 = 95% interval).
        seed: Seed of the resampling; the same inputs and seed give the same intervals.

    Returns:
        ``(table, differences)``. ``table`` has columns :data:`SOURCE_COLUMNS`, one row per (group,
        metric): ``value`` is the rate on all the group's sentences, ``ci_low``/``ci_high`` bound its
        interval (NaN when the rate is undefined in most replicates, e.g. no author-voice words).
        ``differences`` has columns :data:`DIFFERENCE_COLUMNS`, one row per metric and unordered pair of
        groups: ``difference`` = a − b, its interval from the differences of the two groups' independent
        replicates, and ``within_noise`` = the interval includes 0 (or is undefined).
    """
    if sentences.empty or articles.empty:
        return pd.DataFrame(columns=list(SOURCE_COLUMNS)), pd.DataFrame(columns=list(DIFFERENCE_COLUMNS))
    table, replicates = _bootstrap(sentences, articles, attributions, by=by, metrics=metrics, n_boot=n_boot,
                                   seed=seed)
    bounds = [_interval(r, level) for r in table["replicates"]]
    table["ci_low"] = [b[0] for b in bounds]
    table["ci_high"] = [b[1] for b in bounds]
    value = {(g, m): v for g, m, v in zip(table["group"], table["metric"], table["value"], strict=True)}
    groups = list(dict.fromkeys(table["group"]))
    rows = []
    for metric in metrics:
        for a, b in itertools.combinations(groups, 2):
            lo, hi = _interval(replicates[(a, metric.name)] - replicates[(b, metric.name)], level)
            noise = not (lo > 0 or hi < 0)  # NaN bounds compare False → within noise
            rows.append({"metric": metric.name, "group_a": a, "group_b": b,
                         "difference": value[(a, metric.name)] - value[(b, metric.name)],
                         "ci_low": lo, "ci_high": hi, "within_noise": noise})
    return (table[list(SOURCE_COLUMNS)].reset_index(drop=True),
            pd.DataFrame(rows, columns=list(DIFFERENCE_COLUMNS)))


def within_noise_statements(
    table: pd.DataFrame, differences: pd.DataFrame, *, metrics: Sequence[Metric] = METRICS
) -> dict[str, str]:
    """One plain-words sentence per metric saying whether the sources differ beyond noise.

    Names the highest and lowest group, and says whether their bootstrap difference excludes zero and
    how many of all pairs do.
    """
    labels = {m.name: m for m in metrics}
    out: dict[str, str] = {}
    for name, part in table.groupby("metric", sort=False):
        metric = labels.get(name)
        what = metric.label.lower() if metric else name
        defined = part.dropna(subset=["value"])
        if len(defined) < 2:
            out[name] = f"Only one source has a value for {what}: nothing to compare."
            continue
        hi = defined.loc[defined["value"].idxmax()]
        lo = defined.loc[defined["value"].idxmin()]
        pairs = differences[differences["metric"] == name]
        distinct = pairs[~pairs["within_noise"]]
        extremes = pairs[((pairs["group_a"] == hi["group"]) & (pairs["group_b"] == lo["group"]))
                         | ((pairs["group_a"] == lo["group"]) & (pairs["group_b"] == hi["group"]))]
        if distinct.empty:
            out[name] = (f"On {what}, every difference between sources is within noise: the 95% interval of "
                         f"each pairwise difference includes zero, so these articles cannot be ranked on it.")
        elif not extremes.empty and not bool(extremes["within_noise"].iloc[0]):
            out[name] = (f"On {what}, {hi['group']} is clearly higher than {lo['group']} (the 95% interval of "
                         f"the difference excludes zero); {len(distinct)} of {len(pairs)} pairs of sources differ "
                         f"beyond noise.")
        else:
            out[name] = (f"On {what}, {len(distinct)} of {len(pairs)} pairs of sources differ beyond noise; "
                         f"the rest are within it.")
    return out
