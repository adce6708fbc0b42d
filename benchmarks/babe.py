"""Loaded-language classifier on BABE dev (../shared/data/babe/babe_dev.csv): Biased = 1.

Prints, for the shipped model (trained only on labels/):
  * sentence-level macro-F1 (and F1 of Biased) at threshold 0.5, ROC AUC;
  * macro-F1 per outlet leaning (``type`` left / right / center) and the left–right gap;
  * word-level F1 against ``biased_words``.
And for the same recipe trained on BABE dev itself, 5-fold stratified cross-validation macro-F1.
With ``--embed`` (needs the ``embed`` extra), the same again for the recipe with sentence embeddings
(``framing train --embed``): trained on labels/ (train+dev splits, as the shipped model), and by 5-fold CV.

Word-level rule: tokens are lower-cased words; gold = the tokens of ``biased_words`` for sentences
labelled Biased and nothing for Non-biased ones (the sentence label wins when the word list
disagrees with it: 172 Non-biased sentences carry words, 146 Biased ones carry none). Predicted = the
tokens of the terms framing *counts* (``loaded_terms`` with ``counted``: non-negated strong terms, and
weak terms in sentences whose loaded_prob ≥ 0.5); all non-negated lexicon terms are printed too.
Micro precision/recall/F1 over (sentence, token).

    python benchmarks/babe.py [--no-cv] [--embed]
"""

from __future__ import annotations

import argparse
import ast
import re
import time

import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedKFold

from framing.classify import evaluate
from framing.classify import train_from_labels
from framing.classify.model import DEFAULT_PARAMS, EMBED_PARAMS, load_model, train_model
from framing.lexicons import load_lexicon
from shared_data import require

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def tokens(text: str) -> set[str]:
    return {w.lower().replace("’", "'") for w in _WORD.findall(text)}


def load() -> pd.DataFrame:
    table = pd.read_csv(require("data", "babe", "babe_dev.csv"), keep_default_na=False)
    table = table[table["label_bias"].isin(["Biased", "Non-biased"])].reset_index(drop=True)
    table["y"] = (table["label_bias"] == "Biased").astype(int)
    table["gold_words"] = [
        set().union(*(tokens(w) for w in ast.literal_eval(ws))) if y == 1 and ws.strip() else set()
        for ws, y in zip(table["biased_words"], table["y"], strict=True)
    ]
    return table


def word_f1(gold: list[set[str]], pred: list[set[str]]) -> dict[str, float]:
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    n_pred = sum(len(p) for p in pred)
    n_gold = sum(len(g) for g in gold)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-cv", action="store_true", help="skip the 5-fold recipe run")
    parser.add_argument("--embed", action="store_true", help="also the recipe with sentence embeddings (embed extra)")
    args = parser.parse_args()
    table = load()
    texts = table["text"].tolist()
    model = load_model()
    start = time.perf_counter()
    prob = model.predict_proba(texts)
    print(f"BABE dev: {len(table)} sentences ({int(table['y'].sum())} Biased); "
          f"scored in {time.perf_counter() - start:.1f} s")
    m = evaluate(table["y"], prob)
    print(f"shipped model (labels/ only): macro-F1 {m['macro_f1']:.3f}  F1(Biased) {m['f1_loaded']:.3f}  "
          f"P {m['precision_loaded']:.3f}  R {m['recall_loaded']:.3f}  ROC AUC {m['roc_auc']:.3f}")
    by = {}
    for leaning in ["left", "right", "center"]:
        mask = (table["type"] == leaning).to_numpy()
        by[leaning] = evaluate(table["y"][mask], prob[mask])["macro_f1"]
        print(f"  {leaning:<6} n={int(mask.sum()):4d} macro-F1 {by[leaning]:.3f}")
    print(f"  left–right gap: {abs(by['left'] - by['right']):.3f}")

    lexicon = load_lexicon()
    matches = [[mt for mt in lexicon.match(x) if not mt.negated] for x in texts]
    counted = [
        {t for mt in ms if mt.entry.strength >= 2 or p >= 0.5 for t in tokens(mt.text)}
        for ms, p in zip(matches, prob, strict=True)
    ]
    everything = [{t for mt in ms for t in tokens(mt.text)} for ms in matches]
    for name, pred in [("counted terms: strong, or weak in a loaded sentence", counted), ("all lexicon terms", everything)]:
        w = word_f1(table["gold_words"].tolist(), pred)
        print(f"word-level ({name}): F1 {w['f1']:.3f}  P {w['precision']:.3f}  R {w['recall']:.3f}")

    if not args.no_cv:
        cross_validate(table, DEFAULT_PARAMS, "recipe")
    if args.embed:
        start = time.perf_counter()
        embedded, own = train_from_labels(params=EMBED_PARAMS)
        prob = embedded.predict_proba(texts)
        m = evaluate(table["y"], prob)
        print(f"embedding recipe trained on labels/ (train+dev; own test split macro-F1 {own['macro_f1']:.3f}), "
              f"in {time.perf_counter() - start:.0f} s: BABE macro-F1 {m['macro_f1']:.3f}  F1(Biased) "
              f"{m['f1_loaded']:.3f}  P {m['precision_loaded']:.3f}  R {m['recall_loaded']:.3f}  ROC AUC {m['roc_auc']:.3f}")
        if not args.no_cv:
            cross_validate(table, EMBED_PARAMS, "embedding recipe")


def cross_validate(table: pd.DataFrame, params: dict, name: str) -> None:
    """Train ``params`` on BABE dev by stratified 5-fold CV and print the out-of-fold macro-F1."""
    texts = table["text"].tolist()
    y = table["y"].to_numpy()
    oof = np.zeros(len(y))
    folds = []
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(texts, y):
        fold = train_model([texts[i] for i in train], y[train].tolist(), params)
        oof[test] = fold.predict_proba([texts[i] for i in test])
        folds.append(evaluate(y[test], oof[test])["macro_f1"])
    cv = evaluate(y, oof)
    print(f"{name} trained on BABE dev, 5-fold CV: macro-F1 {cv['macro_f1']:.3f} "
          f"(folds {', '.join(f'{f:.3f}' for f in folds)})")


if __name__ == "__main__":
    main()
