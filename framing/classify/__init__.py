"""Sentence classifiers: the loaded-language model, its features, training and evaluation.

Public entry points:
    * :func:`train_from_labels` — rebuild the shipped model from ``labels/`` (``framing train``);
    * :func:`classify_texts` — ``loaded_prob``, ``loaded_label`` and ``loaded_words`` for sentences
      (``framing classify``);
    * :func:`evaluate` — metrics of predictions against gold labels (``framing evaluate``).
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from framing.classify.labels import assign_splits, check_labels, load_labels
from framing.classify.model import DEFAULT_PARAMS, LoadedModel, labels_sha256, load_model, train_model
from framing.lexicons import load_lexicon

__all__ = ["classify_texts", "evaluate", "loaded_words", "train_from_labels"]


def train_from_labels(
    folder: str | os.PathLike[str] | None = None,
    *,
    params: dict[str, Any] | None = None,
    splits: Sequence[str] = ("train", "dev"),
) -> tuple[LoadedModel, dict[str, Any]]:
    """Train the loaded-language model on ``labels/`` (the ``splits`` given) and evaluate it on ``test``.

    Deterministic: the same labels and parameters give the same model. Raises ``ValueError`` when the
    labels fail :func:`~framing.classify.labels.check_labels`.

    Returns:
        The model and its metrics on the held-out ``test`` split.
    """
    table = load_labels(folder)
    problems = check_labels(table)
    if problems:
        raise ValueError("labels/ has problems:\n" + "\n".join(problems))
    if (table["split"] == "").any():
        table["split"] = assign_splits(table)
    train = table[table["split"].isin(splits)].sort_values("id")
    test = table[table["split"] == "test"].sort_values("id")
    meta = {
        "trained_on": "labels/ (framing's own annotations)",
        "splits": list(splits),
        "n_train": int(len(train)),
        "labels_sha256": labels_sha256(train),
        "lexicon_sha256": load_lexicon().sha256,
    }
    model = train_model(train["text"].tolist(), train["label"].astype(int).tolist(), params or DEFAULT_PARAMS, meta)
    metrics = evaluate(test["label"].astype(int).tolist(), model.predict_proba(test["text"].tolist())) if len(test) and "test" not in splits else {}
    model.meta["test_metrics"] = metrics
    return model, metrics


def loaded_words(text: str) -> list[str]:
    """The non-negated lexicon terms of ``text``, as written (the words behind a sentence's score)."""
    return [m.text for m in load_lexicon().match(text) if not m.negated]


def classify_texts(texts: Sequence[str], *, model: LoadedModel | None = None, threshold: float = 0.5) -> pd.DataFrame:
    """``loaded_prob`` (calibrated, higher = more loaded; NaN for a text without words),
    ``loaded_label`` (prob ≥ threshold) and ``loaded_words`` (lexicon terms) for each text."""
    texts = ["" if t is None or (isinstance(t, float) and math.isnan(t)) else str(t) for t in texts]
    model = model or load_model()
    probs = model.predict_proba(texts)  # NaN for a text without words: never labelled loaded
    return pd.DataFrame({
        "loaded_prob": probs,
        "loaded_label": (probs >= threshold).astype(int),
        "loaded_words": [loaded_words(t) for t in texts],
    })


def evaluate(y_true: Sequence[int], y_prob: Sequence[float], *, threshold: float = 0.5) -> dict[str, Any]:
    """Binary classification metrics (positive class = 1 = loaded).

    Returns macro-F1, F1/precision/recall of the positive class, accuracy, ROC AUC, the confusion
    matrix ``[[tn, fp], [fn, tp]]``, the Brier score and the number of examples.
    """
    from sklearn.metrics import (
        accuracy_score,
        confusion_matrix,
        f1_score,
        precision_score,
        recall_score,
        roc_auc_score,
    )

    y = np.asarray(y_true, dtype=int)
    p = np.asarray(y_prob, dtype=float)
    pred = (p >= threshold).astype(int)
    both = len(np.unique(y)) == 2
    return {
        "n": int(len(y)),
        "macro_f1": float(f1_score(y, pred, average="macro", zero_division=0)),
        "f1_loaded": float(f1_score(y, pred, zero_division=0)),
        "precision_loaded": float(precision_score(y, pred, zero_division=0)),
        "recall_loaded": float(recall_score(y, pred, zero_division=0)),
        "accuracy": float(accuracy_score(y, pred)),
        "roc_auc": float(roc_auc_score(y, p)) if both else math.nan,
        "brier": float(np.mean((p - y) ** 2)) if len(y) else math.nan,
        "confusion": confusion_matrix(y, pred, labels=[0, 1]).tolist(),
        "threshold": threshold,
    }
