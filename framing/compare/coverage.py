"""Coverage and omission: which facts of one story each source includes, and which it leaves out.

A *fact* is something two articles can share, aligned by a normalised ``key``:

* ``quantity`` — a number with its unit or currency (:func:`~framing.compare.quantities.find_quantities`):
  ``£2.4m``, ``£2.4 million`` and ``£2,400,000`` are one fact, key ``"GBP 2400000"``;
* ``actor`` — a named person or organisation (:mod:`framing.actors`), key the folded name;
* ``speaker`` — someone quoted or cited by name: an attribution relation (:mod:`framing.attribution`)
  whose source type is not ``anonymous_vague`` or ``unknown`` and whose speaker resolves to a name
  the article mentions (rules in :func:`_speaker_name`); a vague "critics say" is no fact;
* ``claim`` — a cluster of near-duplicate sentences across at least two articles (:func:`claim_clusters`).

:func:`facts` lists every occurrence (one row each); :func:`coverage_matrix` turns them into one row per
fact with a count per source (0 = left out); :func:`omissions` summarises, per source, the widely shared
facts it leaves out. Reading a coverage matrix assumes one story: :func:`same_story` checks that first.

The comparison follows the idea of news *coverage* analysis in media studies — what each outlet includes
and what it omits (Entman 1993, "Framing: Toward clarification of a fractured paradigm", *Journal of
Communication* 43(4): framing works by selection as much as by salience) — made concrete the way
news-aggregator clustering does it: TF-IDF vectors and cosine similarity (Salton & Buckley 1988, "Term-weighting
approaches in automatic text retrieval", *Information Processing & Management* 24(5)).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from framing.compare.quantities import find_quantities
from framing.compare.sources import group_labels
from framing.text.terms import grams

__all__ = [
    "CLAIM_THRESHOLD",
    "FACT_COLUMNS",
    "FACT_KINDS",
    "OMISSION_COLUMNS",
    "STORY_THRESHOLD",
    "StoryCheck",
    "claim_clusters",
    "coverage_matrix",
    "facts",
    "name_key",
    "omissions",
    "same_story",
]

FACT_COLUMNS = ("fact_id", "kind", "key", "label", "article_id", "source", "sentence_id", "start", "end", "surface")
FACT_KINDS = ("quantity", "actor", "speaker", "claim")
OMISSION_COLUMNS = (
    "group", "n_facts", "n_only", "n_shared", "n_shared_included", "n_shared_missing", "share_missing",
    "shared_missing",
)
_MATRIX_META = ("fact_id", "kind", "key", "label")
_MATRIX_TAIL = ("n_groups", "only_in", "missing_from")

#: Cosine similarity at or above which two sentences are near-duplicates (see :func:`claim_clusters`).
CLAIM_THRESHOLD = 0.4
#: Average cosine similarity below which groups are not one story (see :func:`same_story`).
STORY_THRESHOLD = 0.1
_CLAIM_MIN_TERMS = 4
_LABEL_CHARS = 80
_SPEAKER_TYPES = frozenset({"named_person", "politician", "official", "expert", "victim_family_community", "organisation"})


# --- groups -------------------------------------------------------------------------------------------------


def _group_of(articles: pd.DataFrame, by: str) -> dict[str, str]:
    """``article_id → group`` (:func:`framing.compare.sources.group_labels`)."""
    if articles is None or articles.empty or "article_id" not in articles:
        return {}
    return group_labels(articles, by=by).to_dict()


def _groups_in_order(group_of: Mapping[str, str]) -> list[str]:
    return list(dict.fromkeys(group_of.values()))


# --- keys and labels ----------------------------------------------------------------------------------------


def name_key(name: str) -> str:
    """Normalised name: accents folded, lower case, possessive and punctuation dropped, spaces folded
    ("Dr. Priya Raman's" → "dr priya raman")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]s\b", "", text)
    return " ".join(re.findall(r"[^\W_]+", text))


def _truncate(text: str, n: int = _LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# --- offsets ------------------------------------------------------------------------------------------------


def _span_mapper(row: Any, texts: Mapping[str, str] | None) -> Callable[[int, int], tuple[int, int]]:
    """Map ``[start, end)`` of a sentence's cleaned ``text`` to the original article text.

    With the original ``texts``, the sentence's slice is cleaned again (:func:`framing.text.clean.
    clean_with_offsets`, the cleaning segmentation used), which gives every character's offset: exact.
    Without, ``sentence.start + i``: exact unless cleaning removed or inserted characters earlier in
    the sentence (markdown markers, a space restored after "cones,barriers", folded white space).
    """
    start = int(row.start)
    if texts is not None and row.article_id in texts:
        from framing.text.clean import clean_with_offsets

        original = texts[row.article_id]
        cleaned = clean_with_offsets(original[start : int(row.end)], table=row.block == "table", base=start)
        if cleaned.text == row.text and cleaned.offsets:
            offsets = cleaned.offsets
            return lambda s, e: (offsets[s], offsets[e - 1] + 1) if e > s else (start + s, start + e)
    return lambda s, e: (start + s, start + e)


def _sentence_frame(scores: Any) -> pd.DataFrame:
    sentences = scores.sentences
    needed = ["article_id", "sentence_id", "text", "start", "end"]
    if sentences is None or sentences.empty or any(c not in sentences for c in needed):
        return pd.DataFrame(columns=[*needed, "block"])
    out = sentences[needed].copy()
    out["block"] = sentences["block"] if "block" in sentences else "paragraph"
    out["article_id"] = out["article_id"].astype(str)
    out["text"] = out["text"].fillna("").astype(str)
    return out


# --- fact extractors ----------------------------------------------------------------------------------------


def _quantity_rows(sentences: pd.DataFrame, group_of: Mapping[str, str], texts: Mapping[str, str] | None) -> list[dict]:
    rows = []
    for row in sentences.itertuples(index=False):
        found = find_quantities(row.text)
        if not found:
            continue
        to_original = _span_mapper(row, texts)
        for q in found:
            start, end = to_original(q.start, q.end)
            rows.append({
                "kind": "quantity", "key": q.key, "article_id": row.article_id, "source": group_of.get(row.article_id),
                "sentence_id": int(row.sentence_id), "start": start, "end": end, "surface": q.surface,
            })
    return rows


def _actor_rows(scores: Any, sentences: pd.DataFrame, group_of: Mapping[str, str], texts: Mapping[str, str] | None) -> list[dict]:
    actors = scores.actors
    if actors is None or actors.empty:
        return []
    by_id = {(r.article_id, int(r.sentence_id)): r for r in sentences.itertuples(index=False)}
    rows = []
    for a in actors.itertuples(index=False):
        if a.kind not in {"person", "organisation"}:
            continue
        aid, name = str(a.article_id), str(a.actor)
        words = name.split()
        # the full name, else the surname alone ("Okafor") as the actors module counts it
        pattern = re.compile(rf"\b{re.escape(name)}\b" + (rf"|\b{re.escape(words[-1])}\b" if a.kind == "person" else ""))
        for sid in list(a.sentence_ids):
            sentence = by_id.get((aid, int(sid)))
            start = end = pd.NA
            surface = name
            if sentence is not None:
                m = pattern.search(sentence.text)
                if m:  # else a mention by pronoun: "she said"
                    start, end = _span_mapper(sentence, texts)(m.start(), m.end())
                    surface = m.group()
            rows.append({
                "kind": "actor", "key": name_key(name), "article_id": aid, "source": group_of.get(aid),
                "sentence_id": int(sid), "start": start, "end": end, "surface": surface, "_label": name,
            })
    return rows


_POST_NOMINALS = frozenset("obe mbe cbe kbe dbe kc qc mp msp mla mep am phd jp".split())


def _strip_post_nominals(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in _POST_NOMINALS:
        words = words[:-1]
    return " ".join(words)


def _names_in(sentences: pd.DataFrame) -> dict[str, list[str]]:
    """Per article, the names of two or more words :func:`framing.actors.mentions_in` finds in its
    sentences (Title-Case headings excluded), in reading order."""
    from framing.actors import mentions_in

    out: dict[str, list[str]] = {}
    for aid, text in zip(sentences["article_id"], sentences["text"], strict=True):
        names = out.setdefault(aid, [])
        for name in mentions_in(text):
            if len(name.split()) >= 2 and name not in names:
                names.append(name)
    return out


def _speaker_name(speaker: str, source_text: str | None, known: Sequence[str]) -> str | None:
    """The named speaker behind an attribution's resolved ``speaker``, or None.

    ``known`` are the article's names: its actors (:mod:`framing.actors`) and the names of two or more
    words mentioned in its sentences. The speaker, without leading titles ("Commissioner Sir") and
    trailing post-nominals ("OBE"), must be one of them, end with one ("Shadow Home Secretary Chris
    Philp" → "Chris Philp"), or be the surname or, after "Sir"/"Dame", the first name of one ("Hall" →
    "Susan Hall", "Sir Mark" → "Mark Rowley"). A speaker the attribution module left unresolved (lower
    case: "figures from vale and downs police") is named when a known name is written in its source
    phrase (the first one: "Downs Police"). Anything else — a vague group ("critics", "Campaigners"), a
    capitalised word mistaken for a source ("Initially") — is no speaker fact.
    """
    from framing.attribution.sources import TITLES, is_person

    if not speaker:
        return None
    if not any(c.isupper() for c in speaker):
        found = [(m.start(), -len(name), name) for name in known if source_text
                 for m in [re.search(rf"\b{re.escape(name)}\b", source_text)] if m]
        return min(found)[2] if found else None
    words = speaker.split()
    honorific = any(w.lower() in {"sir", "dame", "lord", "lady"} for w in words)
    words = _strip_post_nominals(" ".join(words)).split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES | {"sir", "dame", "lord", "lady"}:
        words = words[1:]
    if not words:
        return None
    for name in known:
        n = name.split()
        if words[-len(n) :] == n:
            return name
    if len(words) == 1:
        for name in known:
            n = name.split()
            if len(n) > 1 and (n[-1] == words[0] or (honorific and n[0] == words[0])) and is_person(name):
                return name
    return None


def _speaker_rows(scores: Any, sentences: pd.DataFrame, group_of: Mapping[str, str]) -> list[dict]:
    attributions = scores.attributions
    if attributions is None or attributions.empty:
        return []
    known: dict[str, list[str]] = {}
    actors = scores.actors
    if actors is not None and not actors.empty:
        for aid, name, kind in zip(actors["article_id"], actors["actor"], actors["kind"], strict=True):
            if kind in {"person", "organisation"}:
                known.setdefault(str(aid), []).append(str(name))
    for aid, names in _names_in(sentences).items():
        known.setdefault(aid, []).extend(n for n in names if n not in known[aid])
    for aid, names in known.items():  # "Claire Waxman OBE" → "Claire Waxman"
        known[aid] = list(dict.fromkeys(_strip_post_nominals(n) for n in names))
    rows = []
    for a in attributions.itertuples(index=False):
        if a.source_type not in _SPEAKER_TYPES or not isinstance(a.speaker, str):
            continue
        aid = str(a.article_id)
        name = _speaker_name(a.speaker, a.source_text if isinstance(a.source_text, str) else None, known.get(aid, []))
        if name is None:
            continue
        sids = list(a.sentence_ids) if a.sentence_ids is not None else []
        has_source = isinstance(a.source_text, str) and not pd.isna(a.source_start)
        rows.append({
            "kind": "speaker", "key": name_key(name), "article_id": aid, "source": group_of.get(aid),
            "sentence_id": int(sids[0]) if sids else pd.NA,
            "start": int(a.source_start) if has_source else pd.NA, "end": int(a.source_end) if has_source else pd.NA,
            "surface": a.source_text if has_source else name, "_label": name,
        })
    return rows


# --- claims -------------------------------------------------------------------------------------------------


def _claim_features(text: str, masked: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Content uni- and bigram stem keys (:func:`framing.text.terms.grams`) plus one token per quantity
    key (so "41 collisions" and "41 collisions were recorded" also match on the number), leaving out
    any term inside a ``masked`` span of ``text``."""

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in masked)

    return [g.key for g in grams(text, max_n=2) if free(g.start, g.end)] + [
        f"#{q.key}" for q in find_quantities(text) if free(q.start, q.end)
    ]


def _source_spans(sentences: pd.DataFrame, attributions: pd.DataFrame | None) -> dict[tuple[str, int], list[tuple[int, int]]]:
    """``(article_id, sentence_id) → [(start, end), …]``: where attribution source phrases ("Council leader
    Cllr Dana Okafor, of the ruling Vale Forward group") lie in each sentence's text (offsets relative
    to the sentence start; approximate where cleaning changed the sentence)."""
    out: dict[tuple[str, int], list[tuple[int, int]]] = {}
    if attributions is None or attributions.empty or "source_start" not in attributions:
        return out
    starts = {(str(a), int(i)): (int(s), int(e)) for a, i, s, e in zip(
        sentences["article_id"], sentences["sentence_id"], sentences["start"], sentences["end"], strict=True)}
    for a in attributions.itertuples(index=False):
        if pd.isna(a.source_start) or a.sentence_ids is None:
            continue
        for sid in a.sentence_ids:
            key = (str(a.article_id), int(sid))
            span = starts.get(key)
            if span and span[0] <= a.source_start < span[1]:
                out.setdefault(key, []).append((int(a.source_start) - span[0], int(a.source_end) - span[0]))
    return out


def claim_clusters(
    sentences: pd.DataFrame,
    *,
    threshold: float = CLAIM_THRESHOLD,
    min_terms: int = _CLAIM_MIN_TERMS,
    groups: Mapping[str, str] | None = None,
    attributions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Clusters of near-duplicate sentences that span at least two articles (and two groups, if given).

    Method: each sentence is a TF-IDF vector (scikit-learn; sublinear tf ``1 + ln tf``, smoothed idf
    ``ln((1 + n) / (1 + df)) + 1`` over the run's sentences, L2-normalised; Salton & Buckley 1988) of its
    content uni- and bigrams (Snowball stem keys) and its quantity keys. Words inside an attribution's
    source phrase are left out ("Council leader Cllr Dana Okafor, of the ruling Vale Forward group,
    said …"): two sentences that only introduce the same speaker do not make a claim. Sentences with
    fewer than ``min_terms`` distinct content words left (headings such as "What happens next?") take
    no part. A sentence is a candidate when its cosine similarity to some sentence of *another* article
    is ``>= threshold``; candidates are grouped by average-linkage agglomerative clustering (scipy) on
    the cosine distance ``1 − cos``, cut at ``1 − threshold``, so that the members of a cluster are on
    average at least that similar (average linkage rather than connected components, so that a chain
    of loosely related sentences does not merge into one claim).

    Calibration of :data:`CLAIM_THRESHOLD` = 0.4: on the demo corpus it gives 13 claims, each one fact
    in other words (the 41 collisions in five articles; the 90 spaces at Station Road in four; the
    2,400 consultation responses; the approval); on the five seed articles, 4 (the review of 9,000
    cases; the threefold rise in solved cases; training for 11,000 officers; mandatory
    trauma-informed training). At 0.35 the first false claims appear ("Mayor Khan's commitment to
    safeguarding" with "Nigel Farage has asserted that Mayor Khan has failed victims"); at 0.45 the seeds'
    paraphrases are lost (none left). Higher = stricter: fewer, closer paraphrases.

    Args:
        sentences: Sentence table (``article_id``, ``sentence_id``, ``text``).
        threshold: Cosine similarity (0–1) for near-duplicates; higher = stricter.
        min_terms: Fewest distinct content words for a sentence to take part.
        groups: ``article_id → group``; when given, a cluster must span two groups.
        attributions: The run's attribution table; when given, source phrases are left out (above).

    Returns:
        One row per member sentence: ``claim`` (0-based cluster number), ``article_id``,
        ``sentence_id``, ``similarity`` (mean cosine to the cluster's other members), ``central``
        (True for the member with the highest), ``terms`` (the four heaviest content-word stems of
        the cluster's centroid, heaviest first: the claim's key in :func:`facts`). Empty
        (with those columns) when there is no cluster.
    """
    columns = ["claim", "article_id", "sentence_id", "similarity", "central", "terms"]
    if sentences is None or sentences.empty:
        return pd.DataFrame(columns=columns)
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = sentences["text"].fillna("").astype(str).tolist()
    masked = _source_spans(sentences, attributions)
    keys = zip(sentences["article_id"].astype(str), sentences["sentence_id"], strict=True)
    features = [_claim_features(t, masked.get((a, int(i)), ())) for t, (a, i) in zip(texts, keys, strict=True)]
    keep = [i for i, f in enumerate(features) if len({k for k in f if " " not in k and not k.startswith("#")}) >= min_terms]
    if len(keep) < 2:
        return pd.DataFrame(columns=columns)
    vectorizer = TfidfVectorizer(analyzer=lambda i: features[i], sublinear_tf=True, lowercase=False)
    matrix = vectorizer.fit_transform(keep)
    article = sentences["article_id"].astype(str).to_numpy()[keep]
    pairs = (matrix @ matrix.T).tocoo()  # sparse: most pairs of sentences share no term
    near = (pairs.data >= threshold) & (article[pairs.row] != article[pairs.col])
    candidates = np.unique(pairs.row[near])
    if len(candidates) < 2:
        return pd.DataFrame(columns=columns)
    block = matrix[candidates]
    sub = np.clip((block @ block.T).toarray(), 0.0, 1.0)
    np.fill_diagonal(sub, 0.0)
    distance = 1.0 - sub
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(squareform(distance, checks=False), method="average"), t=1.0 - threshold, criterion="distance")
    vocabulary = np.array(vectorizer.get_feature_names_out())
    sentence_ids = sentences["sentence_id"].to_numpy()[keep]
    rows = []
    n = 0
    for label in sorted(set(labels), key=lambda c: int(np.flatnonzero(labels == c)[0])):
        members = np.flatnonzero(labels == label)
        arts = {article[candidates[m]] for m in members}
        if len(arts) < 2 or (groups is not None and len({groups.get(a, a) for a in arts}) < 2):
            continue
        mean_sim = sub[np.ix_(members, members)].sum(axis=1) / max(len(members) - 1, 1)
        centroid = np.asarray(matrix[candidates[members]].mean(axis=0)).ravel()
        order = np.argsort(-centroid, kind="stable")
        top = [t for t in vocabulary[order[:40]] if " " not in t and not t.startswith("#")][:4]
        best = int(np.argmax(mean_sim))
        for j, m in enumerate(members):
            i = candidates[m]
            rows.append({
                "claim": n, "article_id": article[i], "sentence_id": int(sentence_ids[i]),
                "similarity": float(mean_sim[j]), "central": j == best, "terms": " ".join(top),
            })
        n += 1
    return pd.DataFrame(rows, columns=columns)


def _claim_rows(
    sentences: pd.DataFrame, group_of: Mapping[str, str], threshold: float, by: str, attributions: pd.DataFrame | None
) -> list[dict]:
    scoped = sentences[sentences["article_id"].isin(group_of)].reset_index(drop=True)
    clusters = claim_clusters(
        scoped, threshold=threshold, groups=group_of if by != "article_id" else None, attributions=attributions
    )
    if clusters.empty:
        return []
    by_id = {(r.article_id, int(r.sentence_id)): r for r in scoped.itertuples(index=False)}
    members_of: dict[int, list[Any]] = {}
    for m in clusters.itertuples(index=False):
        members_of.setdefault(int(m.claim), []).append(m)
    rows = []
    keys_used: Counter[str] = Counter()
    for claim in sorted(members_of):
        members = members_of[claim]
        central = next(by_id[(m.article_id, int(m.sentence_id))] for m in members if m.central)
        key = members[0].terms or f"claim {claim}"
        keys_used[key] += 1
        if keys_used[key] > 1:
            key = f"{key} #{keys_used[key]}"
        for m in members:
            s = by_id[(m.article_id, int(m.sentence_id))]
            rows.append({
                "kind": "claim", "key": key, "article_id": s.article_id, "source": group_of.get(s.article_id),
                "sentence_id": int(s.sentence_id), "start": int(s.start), "end": int(s.end), "surface": s.text,
                "_label": "claim: " + _truncate(central.text),
            })
    return rows


# --- public API ---------------------------------------------------------------------------------------------


def facts(
    scores: Any,
    *,
    by: str = "source",
    kinds: Sequence[str] = FACT_KINDS,
    texts: Mapping[str, str] | None = None,
    claim_threshold: float = CLAIM_THRESHOLD,
) -> pd.DataFrame:
    """Every occurrence of every fact in a run: one row per quantity, name, speaker or claim sentence.

    Args:
        scores: A :class:`framing.Scores` (its ``sentences``, ``articles``, ``actors`` and
            ``attributions`` tables).
        by: What a group is: ``source`` (the article's source; its id where the source is blank) or
            ``article_id``. The group is written in the ``source`` column, which is what
            :func:`coverage_matrix` counts by.
        kinds: Fact kinds to extract (:data:`FACT_KINDS`).
        texts: Original article texts by ``article_id``, for exact offsets (see below); optional.
        claim_threshold: Cosine similarity for near-duplicate sentences (:func:`claim_clusters`).

    Returns:
        :data:`FACT_COLUMNS`, one row per occurrence. ``fact_id`` is ``"<kind>:<key>"``; ``key`` is the
        normalised form that aligns facts across articles (``"GBP 2400000"``, ``"dana okafor"``, a
        claim's top stem terms); ``label`` is human-readable (the most common way the fact is written,
        ``"claim: <central sentence>"``). ``start``/``end`` are offsets into the article's original
        text (end exclusive): the figure, the name as written, the speaker's source phrase, the claim's
        whole sentence; <NA> where there is no span (a speaker known only from "she said"). Quantity and
        actor offsets are exact when ``texts`` is given; without it they are ``sentence start +``
        position in the cleaned sentence, exact unless cleaning changed the sentence before the match.
        The table's ``attrs["groups"]`` lists every group of the run, including any with no fact.
        Empty (with these columns) for an empty run.
    """
    group_of = _group_of(scores.articles, by)
    sentences = _sentence_frame(scores)
    sentences = sentences[sentences["article_id"].isin(group_of)] if group_of else sentences.iloc[0:0]
    rows: list[dict] = []
    if "quantity" in kinds:
        rows += _quantity_rows(sentences, group_of, texts)
    if "actor" in kinds:
        rows += _actor_rows(scores, sentences, group_of, texts)
    if "speaker" in kinds:
        rows += _speaker_rows(scores, sentences, group_of)
    if "claim" in kinds and not sentences.empty:
        rows += _claim_rows(sentences, group_of, claim_threshold, by, scores.attributions)
    out = pd.DataFrame(rows, columns=[*FACT_COLUMNS, "_label"])
    out = out[out["source"].notna()].copy() if not out.empty else out
    out["fact_id"] = out["kind"] + ":" + out["key"]
    labels = {}
    for fact_id, part in out.groupby("fact_id", sort=False):
        written = part["_label"].where(part["_label"].notna(), part["surface"])
        labels[fact_id] = Counter(written.astype(str)).most_common(1)[0][0]
    out["label"] = out["fact_id"].map(labels)
    out = out[list(FACT_COLUMNS)].reset_index(drop=True)
    for column in ("sentence_id", "start", "end"):
        out[column] = out[column].astype("Int64")
    out.attrs["groups"] = _groups_in_order(group_of)
    return out


def coverage_matrix(facts_df: pd.DataFrame, *, groups: Sequence[str] | None = None, min_groups: int = 1) -> pd.DataFrame:
    """Which group includes which fact: one row per fact, one column of occurrence counts per group.

    Args:
        facts_df: The long table of :func:`facts` (groups in its ``source`` column).
        groups: The groups to show, as columns in this order; default ``facts_df.attrs["groups"]`` (every
            group of the run, so a source with no fact still appears), else the groups in the table.
        min_groups: Keep facts included by at least this many of ``groups``.

    Returns:
        ``fact_id``, ``kind``, ``key``, ``label``, then one column per group with the fact's number of
        occurrences in it (0 = left out), then ``n_groups`` (groups with a count > 0), ``only_in`` (the
        group, when exactly one has it; else None) and ``missing_from`` (list of the groups without
        it). Sorted by kind (:data:`FACT_KINDS` order), then ``n_groups`` descending, then label.
        ``attrs["groups"]`` holds the group columns.
    """
    if groups is None:
        groups = facts_df.attrs.get("groups") or list(dict.fromkeys(facts_df["source"].dropna().astype(str)))
    groups = [str(g) for g in groups]
    columns = [*_MATRIX_META, *groups, *_MATRIX_TAIL]
    data = facts_df[facts_df["source"].astype(str).isin(groups)] if not facts_df.empty else facts_df
    if data.empty:
        out = pd.DataFrame(columns=columns)
        out.attrs["groups"] = groups
        return out
    counts = data.groupby(["fact_id", "source"]).size().unstack(fill_value=0).reindex(columns=groups, fill_value=0)
    meta = data.drop_duplicates("fact_id").set_index("fact_id")[["kind", "key", "label"]]
    out = meta.join(counts).reset_index()
    present = out[groups].to_numpy() > 0
    out["n_groups"] = present.sum(axis=1)
    out["only_in"] = [groups[int(np.argmax(row))] if row.sum() == 1 else None for row in present]
    out["missing_from"] = [[g for g, has in zip(groups, row, strict=True) if not has] for row in present]
    out = out[out["n_groups"] >= max(min_groups, 1)]
    rank = {k: i for i, k in enumerate(FACT_KINDS)}
    out = out.assign(_rank=out["kind"].map(lambda k: rank.get(k, len(rank))))
    out = out.sort_values(["_rank", "n_groups", "label"], ascending=[True, False, True], kind="stable")
    out = out.drop(columns="_rank")[columns].reset_index(drop=True)
    for g in groups:
        out[g] = out[g].astype(int)
    out["only_in"] = pd.Series([g if isinstance(g, str) else None for g in out["only_in"]], index=out.index, dtype=object)
    out.attrs["groups"] = groups
    return out


def omissions(matrix: pd.DataFrame, *, shared: float = 0.5) -> pd.DataFrame:
    """What each group leaves out of the facts most of the others share.

    A fact is *shared* when it is included by at least ``shared`` × (number of groups) groups (default:
    half of them). For each group: how many facts it includes, how many only it has, and how many of the
    shared facts it leaves out. ``share_missing = n_shared_missing / n_shared`` (0 = includes every
    shared fact, 1 = none of them; NaN when nothing is shared).

    Args:
        matrix: The output of :func:`coverage_matrix`.
        shared: Share of groups (0–1) that makes a fact shared.

    Returns:
        :data:`OMISSION_COLUMNS`, one row per group in column order; ``shared_missing`` is the list of
        the labels of the shared facts the group leaves out. Empty for a matrix with no groups.
    """
    groups = list(matrix.attrs.get("groups") or [c for c in matrix.columns if c not in (*_MATRIX_META, *_MATRIX_TAIL)])
    if not groups:
        return pd.DataFrame(columns=list(OMISSION_COLUMNS))
    n_groups = matrix["n_groups"].to_numpy() if not matrix.empty else np.zeros(0)
    is_shared = n_groups >= shared * len(groups)
    labels = matrix["label"].to_numpy() if not matrix.empty else np.array([])
    rows = []
    for g in groups:
        counts = matrix[g].to_numpy() if not matrix.empty else np.zeros(0)
        has = counts > 0
        missing = is_shared & ~has
        n_shared = int(is_shared.sum())
        rows.append({
            "group": g, "n_facts": int(has.sum()), "n_only": int((has & (n_groups == 1)).sum()),
            "n_shared": n_shared, "n_shared_included": int((is_shared & has).sum()),
            "n_shared_missing": int(missing.sum()),
            "share_missing": missing.sum() / n_shared if n_shared else math.nan,
            "shared_missing": [str(x) for x in labels[missing]],
        })
    return pd.DataFrame(rows, columns=list(OMISSION_COLUMNS))


@dataclass(frozen=True)
class StoryCheck:
    """Do the inputs look like one story?

    Attributes:
        same_story: False when some group is off-story (see :func:`same_story`).
        similarity: Pairwise cosine similarity, group × group (1.0 on the diagonal).
        outliers: Groups whose mean similarity to the others is below the threshold.
        message: One sentence for the user.
    """

    same_story: bool
    similarity: pd.DataFrame
    outliers: list[str]
    message: str


def same_story(scores: Any, *, by: str = "source", threshold: float = STORY_THRESHOLD) -> StoryCheck:
    """Warn when the inputs do not look like one story.

    Each group (source, or article) is one document: the content words of all its sentences, as
    Snowball stem keys (:func:`framing.text.terms.grams`, unigrams). Documents are TF-IDF vectors
    (sublinear tf ``1 + ln tf``, smoothed idf over the groups, L2 norm); ``similarity`` is their cosine,
    0 (no word in common) to 1 (same words, same weights): higher = more alike. The groups are then
    clustered by average linkage (scipy) on ``1 − cos``, cut at ``1 − threshold``: two sets of groups join
    when their *average* pairwise similarity is at least ``threshold``. The largest cluster is the
    story; every group outside it is an outlier. When no cluster is largest (two groups that do not
    match; a run split evenly between stories), every group is an outlier. Average linkage, rather than
    each group's mean similarity to all others, also catches a run that mixes two stories in similar
    numbers, where every group's mean is pulled halfway.

    Calibration of :data:`STORY_THRESHOLD` = 0.1 (group = source): pairs of articles on one story score
    0.14–0.40 on the demo corpus (six articles on the Kingsway cycle lanes; the op-ed, which uses the
    story's words least, is lowest) and 0.21–0.34 on the five seed articles (one London story, five
    outlets). Pairs across stories score lower: an invented 200-word football match report scores
    0.02–0.05 against the demo articles and the seeds; the demo articles score 0.02–0.12 against the
    seeds (average 0.06). 0.1 sits between the lowest average of one source to the rest of its story
    (0.17, the op-ed) and the highest average across two stories (0.06).

    Args:
        scores: A :class:`framing.Scores`.
        by: ``source`` or ``article_id`` (see :func:`facts`).
        threshold: Average cosine similarity (0–1) below which groups are not one story.

    Returns:
        A :class:`StoryCheck`. With fewer than two groups there is nothing to compare: ``same_story``
        is True, the message says so, and ``similarity`` is 1×1 (or empty).
    """
    group_of = _group_of(scores.articles, by)
    groups = _groups_in_order(group_of)
    sentences = _sentence_frame(scores)
    words: dict[str, list[str]] = {g: [] for g in groups}
    for aid, text in zip(sentences["article_id"], sentences["text"], strict=True):
        if aid in group_of:
            words[group_of[aid]].extend(g.key for g in grams(text, max_n=1))
    if len(groups) < 2:
        similarity = pd.DataFrame(np.ones((len(groups), len(groups))), index=groups, columns=groups)
        what = "no articles" if not groups else f"one {'source' if by == 'source' else 'group'} ({groups[0]})"
        return StoryCheck(True, similarity, [], f"Nothing to compare: {what}.")
    docs = [words[g] for g in groups]
    if not any(docs):
        similarity = pd.DataFrame(np.full((len(groups), len(groups)), np.nan), index=groups, columns=groups)
        return StoryCheck(True, similarity, [], "Nothing to compare: the articles have no content words.")
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectors = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, lowercase=False).fit_transform(docs)
    sim = np.clip((vectors @ vectors.T).toarray(), 0.0, 1.0)
    np.fill_diagonal(sim, 1.0)
    similarity = pd.DataFrame(sim, index=groups, columns=groups)
    distance = 1.0 - sim
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(squareform(distance, checks=False), method="average"), t=1.0 - threshold, criterion="distance")
    sizes = Counter(labels.tolist())
    biggest = max(sizes.values())
    main = [c for c, n in sizes.items() if n == biggest]
    outliers = [g for g, c in zip(groups, labels, strict=True) if len(main) > 1 or c != main[0]]
    mean = (sim.sum(axis=1) - 1.0) / (len(groups) - 1)
    noun = "sources" if by == "source" else "articles"
    if not outliers:
        message = (
            f"The {len(groups)} {noun} look like one story (average similarity ≥ {threshold:g}; "
            f"lowest mean similarity of one to the others {mean.min():.2f})."
        )
    elif len(groups) == 2:
        message = f"The two {noun} do not look like one story (similarity {sim[0, 1]:.2f} < {threshold:g})."
    elif len(outliers) == len(groups):
        message = f"The {noun} do not look like one story: they split into {len(sizes)} sets with average similarity below {threshold:g}."
    else:
        core = [i for i, g in enumerate(groups) if g not in outliers]
        listed = ", ".join(f"{g} ({sim[i, core].mean():.2f})" for i, g in enumerate(groups) if g in outliers)
        message = (
            f"Not the same story as the other {len(core)} {noun} (average similarity to them, below "
            f"{threshold:g}): {listed}."
        )
    return StoryCheck(not outliers, similarity, outliers, message)
