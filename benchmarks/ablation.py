"""Ablations of the loaded-language recipe: which feature blocks earn their place.

Trains each variant on labels/ (train + dev splits, as the shipped model) and reports macro-F1 on our own
test split, macro-F1 and ROC AUC on BABE dev, and F1 of "loaded_prob ≥ 0.5" on PTC Loaded_Language
sentences. Variants: the shipped recipe; + character 3–5-grams; without the dense lexicon/style
block; without name masking; + sentence embeddings (``framing train --embed``, when the ``embed``
extra is installed).

    python benchmarks/ablation.py
"""

from __future__ import annotations

import copy

import numpy as np
import pandas as pd

from framing.classify import evaluate
from framing.classify.embedding import embedding_available
from framing.classify.labels import assign_splits, load_labels
from framing.classify.model import DEFAULT_PARAMS, EMBED_PARAMS, train_model
from ptc import sentences as ptc_sentences
from shared_data import require


def f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = int((y & pred).sum())
    p, r = tp / max(int(pred.sum()), 1), tp / max(int(y.sum()), 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    babe = pd.read_csv(require("data", "babe", "babe_dev.csv"), keep_default_na=False)
    babe = babe[babe["label_bias"].isin(["Biased", "Non-biased"])]
    yb = (babe["label_bias"] == "Biased").astype(int).to_numpy()
    ptc = ptc_sentences()
    yp = ptc["y"].to_numpy().astype(bool)
    labels = load_labels()
    labels["split"] = assign_splits(labels)
    train, test = labels[labels["split"] != "test"], labels[labels["split"] == "test"]
    variants = {"shipped recipe": {}, "+ char 3-5-grams": {"char_ngrams": [3, 5]},
                "- lexicon/style block": {"dense": False}, "- name masking": {"mask": False}}
    if embedding_available():
        variants["+ sentence embeddings"] = {"embedding": EMBED_PARAMS["featurizer"]["embedding"]}
    else:
        print("(the embed extra is not installed: no '+ sentence embeddings' row)")
    for name, change in variants.items():
        params = copy.deepcopy(DEFAULT_PARAMS)
        params["featurizer"].update(change)
        model = train_model(train["text"].tolist(), train["label"].astype(int).tolist(), params)
        own = evaluate(test["label"].astype(int), model.predict_proba(test["text"].tolist()))
        b = evaluate(yb, model.predict_proba(babe["text"].tolist()))
        p = model.predict_proba(ptc["text"].tolist())
        print(f"{name:<24} own test {own['macro_f1']:.3f} | BABE macro-F1 {b['macro_f1']:.3f} AUC {b['roc_auc']:.3f} "
              f"| PTC F1 {f1(yp, p >= 0.5):.3f}", flush=True)


if __name__ == "__main__":
    main()
