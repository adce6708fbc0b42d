"""Attribution extraction on PolNeAR (../shared/data/polnear): token- and relation-level scores.

PolNeAR (Newell, Margolin & Ruths 2018) annotates attribution relations in US political news as brat
standoff: ``Source``, ``Cue`` and ``Content`` spans joined by ``Attribution`` events. Each annotation file
(some articles were annotated by two people; each file counts) is scored against framing's
:func:`~framing.attribution.extract_attributions` on the article text:

* **token level**, per role: a token (a run of letters/digits) counts for a role when it lies in a
  span of that role; precision, recall and F1 over all tokens of all files;
* **relation level**: a predicted relation matches a gold one when their cues overlap and their sources
  overlap (or both have no source); each gold relation matches at most once.

Nothing framing ships is trained on PolNeAR: the rules and lexicons are ours; ``train`` is for error
analysis (``--split train --errors N`` prints missed and spurious cues), ``dev`` gives the numbers.

    python benchmarks/polnear.py [--split dev] [--errors 0]
"""

from __future__ import annotations

import argparse
import collections
import re
import time
from pathlib import Path

from shared_data import require

from framing.attribution import extract_attributions
from framing.attribution.extract import cue_lexicon
from framing.text.segment import segment
from framing.types import Article

ROLES = ("cue", "source", "content")
_WORD = re.compile(r"[^\W_]+")


def read_ann(path: Path) -> list[dict[str, list[tuple[int, int]]]]:
    """Relations of one brat file: ``{"cue": [(start, end), ...], "source": [...], "content": [...]}``."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
            spans[parts[0]] = (label, pieces)  # type: ignore[assignment]
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append(parts[1])
    relations = []
    for event in events:
        rel: dict[str, list[tuple[int, int]]] = {"cue": [], "source": [], "content": []}
        for arg in event.split()[1:]:
            role, _, ref = arg.partition(":")
            if role.lower() in rel and ref in spans:
                rel[role.lower()].extend(spans[ref][1])
        relations.append(rel)
    return relations


def predicted(text: str) -> list[dict[str, list[tuple[int, int]]]]:
    """framing's relations for ``text`` in the same shape as :func:`read_ann`."""
    out = []
    for a in extract_attributions(segment(Article.from_text(text, source="polnear"))):
        out.append(
            {
                "cue": [(a.cue.start, a.cue.end)] if a.cue else [],
                "source": [(a.source.start, a.source.end)] if a.source else [],
                "content": [(c.start, c.end) for c in a.content],
                "cue_text": a.cue_text,
            }
        )
    return out


def token_roles(text: str, relations: list[dict]) -> list[set[str]]:
    """The roles of each word token of ``text``."""
    tokens = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    starts = [s for s, _ in tokens]
    roles: list[set[str]] = [set() for _ in tokens]
    import bisect

    for rel in relations:
        for role in ROLES:
            for a, b in rel[role]:
                i = bisect.bisect_right(starts, a) - 1
                i = max(i, 0)
                while i < len(tokens) and tokens[i][0] < b:
                    if tokens[i][1] > a:
                        roles[i].add(role)
                    i += 1
    return roles


def _overlap(x: list[tuple[int, int]], y: list[tuple[int, int]]) -> bool:
    return any(a < d and c < b for a, b in x for c, d in y)


def relation_matches(gold: list[dict], pred: list[dict]) -> int:
    used: set[int] = set()
    hits = 0
    for p in pred:
        if not p["cue"]:
            continue
        for gi, g in enumerate(gold):
            if gi in used or not _overlap(p["cue"], g["cue"]):
                continue
            if (not g["source"] and not p["source"]) or _overlap(p["source"], g["source"]):
                used.add(gi)
                hits += 1
                break
    return hits


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--errors", type=int, default=0, help="print this many missed and spurious cues")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N files")
    args = parser.parse_args()
    root = require("data", "polnear", args.split)
    files = sorted((root / "attributions").glob("*.ann"))
    if args.limit:
        files = files[: args.limit]
    counts = {role: collections.Counter() for role in ROLES}
    n_gold = n_pred = n_hit = 0
    missed: collections.Counter[str] = collections.Counter()
    unmatched = {"cue in our lexicon": 0, "cue not in our lexicon": 0}
    spurious: collections.Counter[str] = collections.Counter()
    started = time.perf_counter()
    n_words = 0
    for ann in files:
        stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        text_path = root / "text" / f"{stem}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        n_words += len(_WORD.findall(text))
        gold = read_ann(ann)
        pred = predicted(text)
        g_roles, p_roles = token_roles(text, gold), token_roles(text, pred)
        for g, p in zip(g_roles, p_roles, strict=True):
            for role in ROLES:
                counts[role]["tp"] += role in g and role in p
                counts[role]["fp"] += role not in g and role in p
                counts[role]["fn"] += role in g and role not in p
        n_gold += len(gold)
        n_pred += sum(1 for p in pred if p["cue"])
        n_hit += relation_matches(gold, pred)
        if args.errors:
            for g in gold:
                if g["cue"] and not any(_overlap(g["cue"], p["cue"]) for p in pred):
                    cue = " ".join(text[a:b] for a, b in g["cue"])
                    missed[cue.lower()] += 1
                    unmatched["cue in our lexicon" if cue_lexicon().match(cue) else "cue not in our lexicon"] += 1
            for p in pred:
                if p["cue"] and not any(_overlap(g["cue"], p["cue"]) for g in gold):
                    spurious[p["cue_text"].lower()] += 1
    seconds = time.perf_counter() - started
    print(f"PolNeAR {args.split}: {len(files)} annotation files, {n_gold} gold relations, {n_words:,} words, {seconds:.1f} s")
    print(f"{'role':<10}{'precision':>10}{'recall':>10}{'F1':>10}   tokens: tp / fp / fn")
    for role in ROLES:
        c = counts[role]
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"{role:<10}{p:>10.3f}{r:>10.3f}{f:>10.3f}   {c['tp']} / {c['fp']} / {c['fn']} (F1 {f:.4f})")
    p, r, f = prf(n_hit, n_pred - n_hit, n_gold - n_hit)
    print(f"{'relation':<10}{p:>10.3f}{r:>10.3f}{f:>10.3f}   (cue overlaps and source overlaps)")
    if args.errors:
        print(f"\ngold relations with no overlapping predicted cue: {sum(unmatched.values())} "
              f"({', '.join(f'{k}: {v}' for k, v in unmatched.items())})")
        print("\nmost missed cues:", missed.most_common(args.errors))
        print("\nmost spurious cues:", spurious.most_common(args.errors))


if __name__ == "__main__":
    main()
