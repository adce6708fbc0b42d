"""Everything the report template shows, gathered from the tables of one run.

:func:`report_context` turns :class:`~framing.score.Scores` and a
:class:`~framing.compare.Comparison` into plain dicts and lists. It formats numbers and picks the
evidence sentences; it never escapes (the template does, for every value) and never computes a
measure (the measures and :mod:`framing.compare` do). A section whose measure was not run is None,
so the template leaves it out rather than showing empty or made-up numbers.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from framing import __version__
from framing.compare.comparison import Comparison
from framing.compare.sources import METRICS
from framing.measures import MEASURES
from framing.report.charts import interval_chart, stacked_share_chart
from framing.report.highlight import highlight, term_marks
from framing.resources import resource_path
from framing.score import Scores

__all__ = ["SECTIONS", "report_context"]

#: Section ids and headings, in page order (the browser test checks each heading).
SECTIONS = (
    ("summary", "Summary"),
    ("loaded", "Loaded language"),
    ("attribution", "Attribution: who speaks, and how they are introduced"),
    ("emphasis", "Emphasis: repetition, position and emotive phrasing"),
    ("distinctive", "Distinctive wording"),
    ("coverage", "Coverage and omissions"),
    ("methods", "Methods"),
)
#: How many evidence sentences a source shows per list before "… and N more".
MAX_SENTENCES = 25
#: How many facts of one kind the coverage matrix shows (most widely shared first) before "… and N more".
MAX_FACTS = 40
_CUE_CLASSES = ("neutral", "distancing", "admission", "endorsing", "combative", "tentative", "belief")
_SOURCE_TYPES = ("named_person", "politician", "official", "expert", "victim_family_community", "organisation",
                 "anonymous_vague", "unknown")
#: Dashboard metric → the section that holds its evidence.
_EVIDENCE = {"loaded_per_1k_author": "loaded", "loaded_share": "loaded", "tone": "loaded",
             "emotive_per_1k": "emphasis", "exaggeration_share": "emphasis", "repetition_share": "emphasis",
             "speech_share": "attribution", "vague_per_1k": "attribution"}
#: The measure whose columns a metric needs (a metric is shown only when its measure ran).
_METRIC_NEEDS = {"loaded_per_1k_author": "loaded_n_author", "loaded_share": "loaded_prob",
                 "emotive_per_1k": "emotive_n", "speech_share": "words_author", "vague_per_1k": "attribution_n",
                 "exaggeration_share": "exaggeration_flag", "repetition_share": "repetition_flag",
                 "tone": "sentiment_compound"}


def _fmt(value: Any, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if "share" in unit:
        return f"{100 * value:.0f}%"
    if unit.startswith("mean"):
        return f"{value:+.2f}".replace("-0.00", "+0.00")
    return f"{value:.1f}"


def _records(value: Any) -> list[dict[str, Any]]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return [dict(v) for v in value]


def _rows(table: pd.DataFrame) -> list[dict[str, Any]]:
    """Records with pandas' missing values (NA, NaN, None) all as None."""
    return table.astype(object).where(table.notna(), None).to_dict("records")


@dataclass
class _Run:
    """The run's tables as plain records grouped by article, converted once (per-group DataFrame filtering
    made a 50-article report take seconds per section)."""

    sentences: dict[str, list[dict[str, Any]]]
    articles: dict[str, dict[str, Any]]
    attributions: dict[str, list[dict[str, Any]]]
    sentence_columns: frozenset[str]
    article_columns: frozenset[str]

    @classmethod
    def of(cls, scores: Scores) -> _Run:
        def grouped(table: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
            out: dict[str, list[dict[str, Any]]] = {}
            for row in _rows(table) if len(table) else []:
                out.setdefault(row["article_id"], []).append(row)
            return out

        return cls(grouped(scores.sentences), {a["article_id"]: a for a in _rows(scores.articles)},
                   grouped(scores.attributions), frozenset(scores.sentences.columns),
                   frozenset(scores.articles.columns))

    def sentences_of(self, ids: Iterable[str]) -> list[dict[str, Any]]:
        return [row for i in ids for row in self.sentences.get(i, [])]

    def articles_of(self, ids: Iterable[str]) -> list[dict[str, Any]]:
        return [self.articles[i] for i in ids if i in self.articles]

    def attributions_of(self, ids: Iterable[str]) -> list[dict[str, Any]]:
        return [row for i in ids for row in self.attributions.get(i, [])]


def _sum(rows: Iterable[Mapping[str, Any]], column: str) -> float:
    return float(sum(_num(r.get(column)) for r in rows if not math.isnan(_num(r.get(column)))))


def _num(value: Any) -> float:
    try:
        out = float(value)
    except (TypeError, ValueError):
        return math.nan
    return out


def _sentence(row: Mapping[str, Any], marks: Iterable[tuple[str, Mapping[str, Any]]], **extra: Any) -> dict[str, Any]:
    base = {"prob": None, "tone": None, "verb_class": None, "vague": False, "exaggeration": False,
            "repetition": False}
    return {**base, "article_id": row["article_id"], "sentence_id": int(row["sentence_id"]), "voice": row["voice"],
            "pieces": highlight(str(row["text"]), marks), **extra}


def _capped(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"items": items[:MAX_SENTENCES], "more": max(0, len(items) - MAX_SENTENCES)}


def _dashboard(comparison: Comparison, run: _Run) -> dict[str, Any]:
    columns = run.sentence_columns | run.article_columns
    metrics = [m for m in METRICS if _METRIC_NEEDS[m.name] in columns]
    table = comparison.sources
    by_key = {(r["group"], r["metric"]): r for r in _rows(table)} if len(table) else {}
    rows = []
    for gi, group in enumerate(comparison.groups_order):
        cells = []
        for m in metrics:
            r = by_key.get((group, m.name))
            ci = "" if r is None or r["ci_low"] is None else f"{_fmt(r['ci_low'], m.unit)} – {_fmt(r['ci_high'], m.unit)}"
            cells.append({"value": _fmt(None if r is None else r["value"], m.unit), "ci": ci,
                          "href": f"#{_EVIDENCE[m.name]}-s{gi}"})
        rows.append({"index": gi, "name": group, "cells": cells,
                     "articles": [{"article_id": a["article_id"], "title": a["title"] or "(no title)",
                                   "published": a["published"] or "", "n_words": int(a["n_words"]),
                                   "n_sentences": int(a["n_sentences"])}
                                  for a in run.articles_of(comparison.members[group])]})
    chart = interval_chart(table, [(m.name, f"{m.label} ({m.unit})") for m in metrics]) if len(table) else ""
    noise = [{"label": m.label, "higher": m.higher, "unit": m.unit, "statement": comparison.noise.get(m.name, "")}
             for m in metrics]
    return {"metrics": [{"name": m.name, "label": m.label, "unit": m.unit, "higher": m.higher} for m in metrics],
            "rows": rows, "chart": chart, "noise": noise}


def _loaded(comparison: Comparison, run: _Run) -> list[dict[str, Any]] | None:
    if "loaded_terms" not in run.sentence_columns:
        return None
    out = []
    for gi, group in enumerate(comparison.groups_order):
        author, quoted, tone = [], [], []
        for row in run.sentences_of(comparison.members[group]):
            marks = term_marks(row, ("loaded",))
            prob = _num(row.get("loaded_prob"))
            a_marks = [m for m in marks if m[0] == "loaded"]
            q_marks = [m for m in marks if m[0] == "loaded-quoted"]
            if a_marks or (row["voice"] == "author" and prob >= 0.5):
                author.append(_sentence(row, a_marks, prob=prob))
            if q_marks:
                quoted.append(_sentence(row, q_marks, prob=prob))
            if row["voice"] == "author" and not math.isnan(_num(row.get("sentiment_compound"))):
                tone.append(row)
        tone.sort(key=lambda r: (r["sentiment_compound"], r["article_id"], r["sentence_id"]))
        extremes = [_sentence(r, [], tone=r["sentiment_compound"]) for r in tone[:3]]
        extremes += [_sentence(r, [], tone=r["sentiment_compound"]) for r in tone[-3:][::-1]
                     if r["sentiment_compound"] > 0 and (len(tone) > 3 or r not in tone[:3])]
        top: Counter[tuple[str, str]] = Counter()
        for a in run.articles_of(comparison.members[group]):
            for t in _records(a.get("loaded_top_terms")):
                top[(t["lemma"], t["category"])] += int(t["count"])
        out.append({"index": gi, "name": group, "author": _capped(author), "quoted": _capped(quoted),
                    "tone": extremes,
                    "top_terms": [{"lemma": k[0], "category": k[1], "count": n} for k, n in top.most_common(12)]})
    return out


def _attribution(comparison: Comparison, run: _Run) -> dict[str, Any] | None:
    if "attribution_n" not in run.article_columns:
        return None
    sources = []
    verb_counts = {}
    type_counts = {}
    for gi, group in enumerate(comparison.groups_order):
        ids = comparison.members[group]
        arts = run.articles_of(ids)
        text = {(r["article_id"], r["sentence_id"]): r for r in run.sentences_of(ids)}
        speakers: dict[tuple[str, str], dict[str, Any]] = {}
        for a in arts:
            for sp in _records(a.get("attribution_speakers")):
                key = (sp["speaker"], sp["source_type"])
                entry = speakers.setdefault(key, {"speaker": sp["speaker"], "source_type": sp["source_type"],
                                                  "party": sp.get("party"), "relations": 0, "words": 0})
                entry["relations"] += int(sp["relations"])
                entry["words"] += int(sp["words"])
        verb_counts[group] = {c: int(_sum(arts, f"attribution_cue_{c}_n")) for c in _CUE_CLASSES}
        type_counts[group] = {t: int(_sum(arts, f"attribution_source_{t}_n")) for t in _SOURCE_TYPES}
        evidence = []
        for r in run.attributions_of(ids):
            vague = r["source_type"] == "anonymous_vague"
            if r["cue_text"] is None or (r["verb_class"] in (None, "neutral") and not vague):
                continue
            sids = list(r["sentence_ids"]) if r["sentence_ids"] is not None else []
            row = text.get((r["article_id"], sids[0])) if sids else None
            if row is None:
                continue
            marks = [("cue", {"term": r["cue_text"], "start": r["cue_start"], "category": r["verb_class"]})]
            if r["source_text"]:
                marks.append(("speaker", {"term": r["source_text"], "start": r["source_start"],
                                          "category": r["source_type"]}))
            evidence.append(_sentence(row, marks, verb_class=r["verb_class"], vague=vague))
        sources.append({
            "index": gi, "name": group,
            "n_attributions": int(_sum(arts, "attribution_n")),
            "quoted_share": _fmt(_sum(arts, "quoted_words") / total if (total := _sum(arts, "n_words")) else math.nan,
                                 "share"),
            "vague": [v for a in arts for v in _records(a.get("vague_sources"))],
            "speakers": sorted(speakers.values(), key=lambda s: (-s["words"], -s["relations"], s["speaker"])),
            "evidence": _capped(evidence),
        })
    names = {"named_person": "named person", "victim_family_community": "victim, family or community",
             "anonymous_vague": "anonymous or vague"}
    verbs = pd.DataFrame.from_dict(verb_counts, orient="index")
    types = pd.DataFrame.from_dict(type_counts, orient="index").rename(columns=names)
    return {"sources": sources,
            "verb_chart": stacked_share_chart(verbs, title="Reporting verbs by stance (share of attributions)"),
            "type_chart": stacked_share_chart(types.loc[:, (types.sum() > 0)] if len(types) else types,
                                              title="Who is cited (share of attributions by source type)")}


def _emphasis(comparison: Comparison, run: _Run) -> list[dict[str, Any]] | None:
    if "repetition_keywords" not in run.article_columns and "emotive_terms" not in run.sentence_columns:
        return None
    out = []
    for gi, group in enumerate(comparison.groups_order):
        ids = comparison.members[group]
        per_article = []
        for a in run.articles_of(ids):
            per_article.append({
                "article_id": a["article_id"],
                "repetition_index": _fmt(a.get("repetition_index"), "per"),
                "headline_echo": _fmt(a.get("repetition_headline_echo"), "share"),
                "keywords": [{"term": k["term"], "count": int(k["count"]), "emphasis": ", ".join(k.get("emphasis") or []),
                              "sentence_ids": ", ".join(str(i) for i in (k.get("sentence_ids") or [])[:12])}
                             for k in _records(a.get("repetition_keywords"))[:8]],
                "position": [(where, _fmt(a.get(f"position_loaded_per_1k_{where}"), "per"),
                              _fmt(a.get(f"position_emotive_per_1k_{where}"), "per"))
                             for where in ("headline", "lead", "rest") if f"position_loaded_per_1k_{where}" in a],
                "title_terms": [{"term": t["term"], "note": f"{t['family']}: {t['category'].replace('_', ' ')}"}
                                for t in _records(a.get("position_title_terms")) if t.get("counted")],
                "markup": {k: int(a.get(f"markup_{k}_sum") or 0) for k in
                           ("bold_words", "italic_words", "caps_words", "exclamations", "scare_quotes",
                            "rhetorical_question") if f"markup_{k}_sum" in a},
            })
        flagged = []
        for row in run.sentences_of(ids):
            marks = term_marks(row, ("emotive", "keyword", "markup"))
            if marks or row.get("exaggeration_flag") or row.get("repetition_flag"):
                flagged.append(_sentence(row, marks, exaggeration=bool(row.get("exaggeration_flag")),
                                         repetition=bool(row.get("repetition_flag"))))
        out.append({"index": gi, "name": group, "articles": per_article, "sentences": _capped(flagged)})
    return out


def _distinctive(comparison: Comparison) -> list[dict[str, Any]] | None:
    table = comparison.distinctive
    if table is None or table.empty:
        return None
    out = []
    for gi, group in enumerate(comparison.groups_order):
        part = table[(table["group"] == group) & (table["z"] > 1.96)].sort_values(["z", "term"], ascending=[False, True])
        out.append({"index": gi, "name": group,
                    "terms": [{"term": r.term, "count": int(r.count), "z": f"{r.z:.1f}"} for r in part.head(10).itertuples()]})
    return out


def _coverage(comparison: Comparison) -> dict[str, Any] | None:
    matrix = comparison.coverage
    if matrix is None:
        return None
    facts = comparison.facts
    surfaces: dict[tuple[str, str], list[str]] = {}
    if facts is not None and len(facts):
        for fact_id, group, surface in zip(facts["fact_id"], facts["source"], facts["surface"], strict=True):
            seen = surfaces.setdefault((fact_id, group), [])
            if surface not in seen:
                seen.append(surface)
    groups = comparison.groups_order
    kinds = {"quantity": "Numbers", "actor": "People and organisations", "speaker": "Quoted speakers",
             "claim": "Shared claims"}
    blocks = []
    for kind, heading in kinds.items():
        part = _rows(matrix[matrix["kind"] == kind])
        rows = []
        for r in part[:MAX_FACTS]:
            cells = [{"count": int(r.get(g, 0) or 0), "surface": " / ".join(surfaces.get((r["fact_id"], g), []))}
                     for g in groups]
            missing = list(r.get("missing_from") or [])
            if r.get("only_in") and len(groups) > 1:
                note = f"only in {r['only_in']}"
            elif 0 < len(missing) <= 3:
                note = f"left out by {', '.join(missing)}"
            else:
                note = f"in {len(groups) - len(missing)} of {len(groups)}"
            rows.append({"label": r["label"], "cells": cells, "note": note})
        if rows:
            blocks.append({"kind": kind, "heading": heading, "rows": rows, "more": max(0, len(part) - MAX_FACTS)})
    omissions = _rows(comparison.omissions) if comparison.omissions is not None else []
    for o in omissions:
        missing = list(dict.fromkeys(o.get("shared_missing") or []))
        o["missing"] = missing[:MAX_FACTS // 2] + ([f"… {len(missing) - MAX_FACTS // 2} more"]
                                                  if len(missing) > MAX_FACTS // 2 else [])
    return {"groups": groups, "blocks": blocks, "omissions": omissions}


def _methods(scores: Scores, comparison: Comparison) -> dict[str, Any]:
    measures = []
    for m in scores.run.get("measures", []):
        registered = MEASURES.get(m["name"])
        columns = [(c.name, c.description) for c in registered.columns] if registered else []
        measures.append({"name": m["name"], "level": m["level"], "version": m["version"], "columns": columns})
    resources = []
    for name, digest in sorted(scores.run.get("resources", {}).items()):
        try:
            filename = resource_path(name).name
        except KeyError:
            filename = ""
        resources.append({"name": name, "file": filename, "sha256": digest})
    return {"measures": measures, "resources": resources, "n_boot": comparison.n_boot, "seed": comparison.seed,
            "by": comparison.by}


def report_context(scores: Scores, comparison: Comparison, *, title: str | None = None) -> dict[str, Any]:
    """The template's input for one run.

    Args:
        scores: The scored run.
        comparison: :func:`framing.compare.compare` of the same run.
        title: Report title (default: "Framing report: N articles").

    Returns:
        A dict of plain values (strings, numbers, lists, dicts, SVG markup from our own charts).
    """
    run = _Run.of(scores)
    n = len(scores.articles)
    return {
        "title": title or f"Framing report: {n} article{'s' if n != 1 else ''}",
        "version": __version__,
        "n_articles": n,
        "n_groups": len(comparison.groups_order),
        "by": comparison.by,
        "sections": SECTIONS,
        "story": comparison.story,
        "rejected": scores.rejected,
        "summary": _dashboard(comparison, run),
        "loaded": _loaded(comparison, run),
        "attribution": _attribution(comparison, run),
        "emphasis": _emphasis(comparison, run),
        "distinctive": _distinctive(comparison),
        "coverage": _coverage(comparison),
        "methods": _methods(scores, comparison),
    }
