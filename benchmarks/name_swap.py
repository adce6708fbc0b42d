"""Name-swap parity of the shipped loaded-language model on BABE dev sentences.

Swaps person and party names both ways (Democrat ↔ Republican, Trump ↔ Biden, Labour ↔ Conservative …,
whole capitalised words) in every sentence that contains one, and reports the share of those sentences
whose ``loaded_prob`` moves by more than 0.02 (target: at most 5%), and the largest moves.

    python benchmarks/name_swap.py
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from framing.classify.model import load_model
from shared_data import require

PAIRS = [
    ("Democrats", "Republicans"), ("Democrat", "Republican"), ("Democratic", "Republican"),
    ("Trump", "Biden"), ("Obama", "Bush"), ("Pelosi", "McConnell"), ("Schumer", "McCarthy"),
    ("Clinton", "Romney"), ("Harris", "Pence"), ("Sanders", "Cruz"), ("Ocasio-Cortez", "Greene"),
    ("Labour", "Conservative"), ("Starmer", "Sunak"), ("Corbyn", "Johnson"),
    ("Democratic Party", "Republican Party"), ("GOP", "Democrats"),
]
# Only names of people and parties are swapped (as the parity test asks); lower-case ideology words
# ("liberal media", "right-wing") are wording, not names, and are judged by the lexicon on their own.


def _swap_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for a, b in PAIRS:
        table.setdefault(a, b)
        table.setdefault(b, a)
    return table


SWAP = _swap_table()
PATTERN = re.compile(r"\b(" + "|".join(sorted(map(re.escape, SWAP), key=len, reverse=True)) + r")\b")


def swap(text: str) -> str:
    """Exchange every listed name with its counterpart, in one pass."""
    return PATTERN.sub(lambda m: SWAP[m.group()], text)


def main() -> None:
    table = pd.read_csv(require("data", "babe", "babe_dev.csv"), keep_default_na=False)
    texts = [t for t in table["text"] if PATTERN.search(t)]
    swapped = [swap(t) for t in texts]
    model = load_model()
    before = model.predict_proba(texts)
    after = model.predict_proba(swapped)
    delta = np.abs(after - before)
    moved = delta > 0.02
    print(f"BABE dev sentences with a swappable name: {len(texts)} of {len(table)}")
    print(f"moved by more than 0.02: {moved.mean():.1%} ({int(moved.sum())}); within 0.02: {1 - moved.mean():.1%}")
    print(f"mean |Δ| {delta.mean():.4f}, max |Δ| {delta.max():.4f}")
    for i in np.argsort(-delta)[:3]:
        print(f"  Δ {after[i] - before[i]:+.3f}: {texts[i][:100]!r} → {swapped[i][:100]!r}")


if __name__ == "__main__":
    main()
