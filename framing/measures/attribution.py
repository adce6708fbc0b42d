"""Attribution measures per article: how many attributions, who speaks and how much, with which
reporting verbs, how much is quoted directly, and how much rests on vague or anonymous sources.

The relations come from :func:`framing.attribution.extract_attributions` (run once per article while
segmenting); these measures only count them. Sentence-level ``attribution_kind`` and ``cue_class`` are
key columns of the sentence table.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from framing.attribution import CUE_CLASSES, SOURCE_TYPES
from framing.attribution.annotate import attributed_quotes
from framing.registry import Column, measure
from framing.text.words import count_words
from framing.types import Article, Attribution, Sentence


def _content_words(article: Article, relation: Attribution) -> int:
    return sum(count_words(article.text[c.start : c.end]) for c in relation.content)


@measure(
    level="article",
    needs=("article", "attributions"),
    version="2",  # 2: "he"/"she" go to a nearby name that has already spoken before a newly mentioned one
    resources=("attribution_cues_lexicon", "source_types_lexicon"),
    columns=[
        Column("attribution_n", "int", "Attribution relations in the article (with or without a cue). Higher = more "
               "of the article is given to sources."),
        Column("attribution_speakers_n", "int", "Distinct resolved speakers (named or vague)."),
        Column("attribution_speakers", "json", "Per speaker: speaker, source_type, party, relations, words attributed "
               "(content words), sorted by words, most first."),
        *[Column(f"attribution_cue_{c}_n", "int", f"Relations whose reporting cue is {c} (stance class).") for c in CUE_CLASSES],
        *[Column(f"attribution_source_{t}_n", "int", f"Relations whose source type is {t}.") for t in SOURCE_TYPES],
        Column("attribution_nonneutral_share", "float", "Share of cued relations whose cue is not neutral "
               "(distancing, admission, endorsing, combative, tentative or belief). Higher = the outlet judges more "
               "of what it reports. NaN without cued relations."),
    ],
)
def attribution(article: Article, attributions: tuple[Attribution, ...]) -> dict[str, Any]:
    """Counts of attribution relations by speaker, reporting-cue stance and source type.

    ``attribution_nonneutral_share`` = (cued relations with a non-neutral cue) / (cued relations).
    Stance classes follow Bergler (1992) and newsroom guidance on "said"; source types follow Sigal
    (1973) and Gans (1979); see the sidecars of the ``attribution_cues`` and ``source_types`` lexicons.
    """
    speakers: dict[str, dict[str, Any]] = {}
    for r in attributions:
        if not r.speaker:
            continue
        entry = speakers.setdefault(r.speaker, {"speaker": r.speaker, "source_type": r.source_type, "party": r.party, "relations": 0, "words": 0})
        entry["relations"] += 1
        entry["words"] += _content_words(article, r)
        entry["party"] = entry["party"] or r.party
    cues = Counter(r.verb_class for r in attributions if r.verb_class)
    types = Counter(r.source_type for r in attributions)
    cued = sum(cues.values())
    row: dict[str, Any] = {
        "attribution_n": len(attributions),
        "attribution_speakers_n": len(speakers),
        "attribution_speakers": sorted(speakers.values(), key=lambda e: (-e["words"], e["speaker"])),
    }
    row.update({f"attribution_cue_{c}_n": cues.get(c, 0) for c in CUE_CLASSES})
    row.update({f"attribution_source_{t}_n": types.get(t, 0) for t in SOURCE_TYPES})
    row["attribution_nonneutral_share"] = (cued - cues.get("neutral", 0)) / cued if cued else math.nan
    return row


@measure(
    level="article",
    needs=("sentences", "attributions"),
    version="1",
    columns=[
        Column("quoted_share", "float", "Share of the article's words inside direct quotations (quotation marks that "
               "hold an attribution's content). Higher = the article lets sources speak in their own words. NaN "
               "without words."),
        Column("quoted_words", "int", "Words inside attributed quotations."),
    ],
)
def quoted(sentences: tuple[Sentence, ...], attributions: tuple[Attribution, ...]) -> dict[str, Any]:
    """Direct-quotation share: ``quoted_share`` = words inside attributed quotations / all words.

    A quotation counts when it overlaps the content of an attribution (scare quotes and quoted titles
    do not); the sentence ``voice`` column uses the same rule.
    """
    contents = [c for r in attributions for c in r.content]
    total = inside = 0
    for s in sentences:
        total += s.n_words
        inside += sum(count_words(s.text[q.start : q.end]) for q in attributed_quotes(s, contents))
    return {"quoted_share": inside / total if total else math.nan, "quoted_words": inside}


@measure(
    level="article",
    needs=("sentences", "attributions"),
    version="2",  # 2: vague_sources grouped regardless of case ("Critics" = "critics")
    resources=("attribution_cues_lexicon", "source_types_lexicon"),
    columns=[
        Column("vague_per_1k", "float", "Attributions to anonymous or vague sources (critics, sources, some, "
               "'it is understood') per 1,000 words. Higher = more claims with no one accountable. NaN without words."),
        Column("vague_n", "int", "Attributions to anonymous or vague sources."),
        Column("vague_sources", "json", "The vague sources with counts, most frequent first; sources that differ only "
               "in case are one source, shown as most often written."),
    ],
)
def vague(sentences: tuple[Sentence, ...], attributions: tuple[Attribution, ...]) -> dict[str, Any]:
    """Vague attribution rate: ``vague_per_1k`` = 1000 × (relations with source type
    ``anonymous_vague``) / words. Cue-less continuations of a quotation are not counted."""
    words = sum(s.n_words for s in sentences)
    vague_relations = [r for r in attributions if r.source_type == "anonymous_vague" and r.cue is not None]
    forms: dict[str, Counter[str]] = {}  # case-folded source → its written forms
    for r in vague_relations:
        text = (r.source_text or r.cue_text or "").strip()
        forms.setdefault(text.casefold(), Counter())[text] += 1
    grouped = Counter({key: sum(c.values()) for key, c in forms.items()})
    return {
        "vague_per_1k": 1000 * len(vague_relations) / words if words else math.nan,
        "vague_n": len(vague_relations),
        "vague_sources": [{"source": forms[k].most_common(1)[0][0], "count": n} for k, n in grouped.most_common()],
    }
