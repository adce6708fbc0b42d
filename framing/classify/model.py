"""The shipped loaded-language model: train from ``labels/``, save and load as JSON (never pickle).

A :class:`LoadedModel` is a :class:`~framing.classify.features.SentenceFeaturizer` followed by a
:class:`~framing.classify.estimator.CalibratedLogit`. ``framing train`` rebuilds it deterministically
from ``labels/`` (same labels and parameters → the same JSON, byte for byte on one machine; on a
machine with other vector instructions the weights differ in their last digits) and writes it as plain
JSON: vocabularies, IDF weights, coefficients and the Platt parameters, plus the SHA-256 of the labels it
was trained on. Loading reads numbers and strings only, so a model file can never execute code.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from framing.lexicons import Match

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import Pipeline

    from framing.classify.estimator import CalibratedLogit
    from framing.classify.features import SentenceFeaturizer
    from framing.classify.linear import LinearScorer

# scikit-learn (and SciPy under it) is imported where a model is built, fitted or run, not when this
# module is: a batch client that only stores what its workers score never loads them (~80 MB).

__all__ = ["DEFAULT_PARAMS", "EMBED_PARAMS", "LoadedModel", "load_model", "train_model"]

FORMAT = "framing-loaded-model/1"
DEFAULT_PARAMS: dict[str, Any] = {
    # Feature blocks are justified by benchmarks/ablation.py: the lexicon/style block carries most of the
    # transfer to other data; character n-grams help only on our own test split (not on BABE or PTC)
    # while doubling featurising time, so they are off; name masking keeps names and parties weightless.
    "featurizer": {"word_ngrams": 2, "char_ngrams": None, "min_df": 2, "dense": True, "dense_weight": 0.5, "mask": True},
    "classifier": {"C": 1.0, "class_weight": "balanced", "calibration_folds": 5},
}
#: ``framing train --embed``: the same recipe plus the sentence-embedding block (the ``embed`` extra).
#: Its weight, 1.0, was chosen on labels/'s dev split (macro-F1 0.859 without the block; 0.897, 0.901,
#: 0.900, 0.902 at weights 0.5, 1, 2, 3), never on BABE or PTC.
EMBED_PARAMS: dict[str, Any] = {
    "featurizer": {**DEFAULT_PARAMS["featurizer"], "embedding": 1.0},
    "classifier": dict(DEFAULT_PARAMS["classifier"]),
}


@dataclass
class LoadedModel:
    """A fitted featurizer + classifier with its provenance."""

    pipeline: Pipeline
    params: dict[str, Any]
    meta: dict[str, Any] = field(default_factory=dict)

    def predict_proba(
        self,
        texts: list[str],
        *,
        vader: Sequence[Mapping[str, float]] | None = None,
        lexicon_matches: Sequence[Sequence[Match]] | None = None,
    ) -> np.ndarray:
        """Calibrated probability that each sentence's wording is loaded (higher = more loaded);
        NaN for a text without letters (there is no wording to judge).

        Args:
            texts: Sentence texts.
            vader: VADER's scores of each text, when the caller has them (see
                :meth:`SentenceFeaturizer.transform <framing.classify.features.SentenceFeaturizer.transform>`).
            lexicon_matches: Each text's loaded-lexicon matches, likewise.
        """
        texts = list(texts)
        out = np.full(len(texts), np.nan)
        scorable = [i for i, t in enumerate(texts) if any(c.isalpha() for c in t)]
        if scorable and self.linear is not None:
            out[scorable] = self.linear.predict_proba(
                [texts[i] for i in scorable],
                vader=None if vader is None else [vader[i] for i in scorable],
                lexicon_matches=None if lexicon_matches is None else [lexicon_matches[i] for i in scorable],
            )
        elif scorable:
            featurizer, head = self.pipeline[0], self.pipeline[-1]
            # Our own fitted steps and our own finite features: skip scikit-learn's per-call argument
            # checks, which cost more than the prediction for an article's few dozen sentences.
            import sklearn

            with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
                features = featurizer.transform(
                    [texts[i] for i in scorable],
                    vader=None if vader is None else [vader[i] for i in scorable],
                    lexicon_matches=None if lexicon_matches is None else [lexicon_matches[i] for i in scorable],
                )
                out[scorable] = head.predict_proba(features)[:, 1]
        return out

    @functools.cached_property
    def linear(self) -> LinearScorer | None:
        """The pipeline's prediction as one weighted sum per sentence (:mod:`framing.classify.linear`),
        which :meth:`predict_proba` uses; None for a model with a character or embedding block."""
        from framing.classify.linear import LinearScorer

        return LinearScorer.from_pipeline(self.pipeline)

    def explain(self, text: str, n: int = 8) -> pd.DataFrame:
        """Why the model scored a sentence as it did: the features with the largest contributions.

        The model is linear, so the calibrated log-odds are ``a·(Σ xᵢ·wᵢ + c) + b`` and each feature
        contributes exactly ``a·xᵢ·wᵢ`` (positive = towards loaded). Returns ``feature``, ``value``,
        ``weight`` and ``contribution``, largest absolute contribution first. A model with the
        sentence-embedding block shows its summed contribution as one row, ``embed:sentence meaning``.
        """
        featurizer, head = self.pipeline[0], self.pipeline[1]
        x = featurizer.transform([text]).tocsr()
        names = featurizer.get_feature_names_out()
        a = head.platt_[0]
        rows = [(names[j], float(v), float(head.coef_[0, j]), float(a * v * head.coef_[0, j]))
                for j, v in zip(x.indices, x.data, strict=True) if not names[j].startswith("embed:")]
        embedded = [a * v * head.coef_[0, j] for j, v in zip(x.indices, x.data, strict=True)
                    if names[j].startswith("embed:")]
        if embedded:  # one row for the whole embedding: its dimensions mean nothing one by one
            rows.append(("embed:sentence meaning", float("nan"), float("nan"), float(sum(embedded))))
        table = pd.DataFrame(rows, columns=["feature", "value", "weight", "contribution"])
        return table.reindex(table["contribution"].abs().sort_values(ascending=False).index).head(n).reset_index(drop=True)

    def top_features(self, n: int = 20) -> pd.DataFrame:
        """The features with the largest weights towards "loaded" and "neutral"."""
        names = self.pipeline[0].get_feature_names_out()
        coef = self.pipeline[1].coef_[0]
        order = np.argsort(coef)
        rows = [(names[i], float(coef[i])) for i in [*order[::-1][:n], *order[:n]]]
        return pd.DataFrame(rows, columns=["feature", "weight"])

    # ---- JSON -----------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        featurizer: SentenceFeaturizer = self.pipeline[0]
        head: CalibratedLogit = self.pipeline[1]

        def vec(v: TfidfVectorizer | None) -> dict[str, Any] | None:
            if v is None:
                return None
            vocab = sorted(v.vocabulary_, key=v.vocabulary_.__getitem__)
            return {"vocabulary": vocab, "idf": [float(x) for x in v.idf_]}

        return {
            "format": FORMAT,
            "params": self.params,
            "meta": self.meta,
            "word": vec(featurizer.word_vectorizer_),
            "char": vec(featurizer.char_vectorizer_),
            "classes": [int(c) for c in head.classes_],
            "coef": [float(x) for x in head.coef_[0]],
            "intercept": float(head.intercept_[0]),
            "platt": list(head.platt_),
        }

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the model as JSON (atomically)."""
        from framing.io.write import atomic_write

        text = json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        return atomic_write(path, lambda tmp: tmp.write_text(text + "\n", encoding="utf-8"))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LoadedModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a framing loaded-language model (format {data.get('format')!r})")
        params = data["params"]
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.pipeline import Pipeline

        from framing.classify.estimator import CalibratedLogit
        from framing.classify.features import SentenceFeaturizer

        fp = dict(params["featurizer"])
        if fp.get("char_ngrams") is not None:
            fp["char_ngrams"] = tuple(fp["char_ngrams"])
        featurizer = SentenceFeaturizer(**fp)

        def vec(block: dict[str, Any] | None, **kwargs: Any) -> TfidfVectorizer | None:
            if block is None:
                return None
            v = TfidfVectorizer(sublinear_tf=True, lowercase=False, dtype=np.float64, **kwargs)
            v.vocabulary_ = {term: i for i, term in enumerate(block["vocabulary"])}
            v.idf_ = np.asarray(block["idf"], dtype=np.float64)
            return v

        featurizer.word_vectorizer_ = vec(
            data["word"], ngram_range=(1, fp["word_ngrams"] or 1), token_pattern=r"[^\s]+", min_df=fp["min_df"]
        )
        featurizer.char_vectorizer_ = vec(
            data["char"], analyzer="char_wb", ngram_range=fp.get("char_ngrams") or (1, 1), min_df=fp["min_df"]
        )
        names: list[str] = []
        if data["word"]:
            names += [f"word:{w}" for w in data["word"]["vocabulary"]]
        if data["char"]:
            names += [f"char:{c}" for c in data["char"]["vocabulary"]]
        if fp.get("dense", True):
            from framing.classify.features import DENSE_FEATURES

            names += [f"dense:{d}" for d in DENSE_FEATURES]
        if fp.get("embedding"):
            from framing.classify.features import embedding_names

            names += embedding_names()
        featurizer.feature_names_ = np.array(names, dtype=object)
        featurizer.n_features_out_ = len(names)
        head = CalibratedLogit(**params["classifier"])
        head.classes_ = np.asarray(data["classes"])
        head.coef_ = np.asarray([data["coef"]], dtype=np.float64)
        head.intercept_ = np.asarray([data["intercept"]], dtype=np.float64)
        head.platt_ = tuple(data["platt"])
        head.n_features_in_ = len(data["coef"])
        head.n_iter_ = np.asarray([0])
        if len(names) != len(data["coef"]):
            raise ValueError(f"model has {len(data['coef'])} weights for {len(names)} features")
        return cls(Pipeline([("features", featurizer), ("classifier", head)]), params, data.get("meta", {}))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> LoadedModel:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


def labels_sha256(table: pd.DataFrame) -> str:
    """SHA-256 of the (id, text, label) triples a model is trained on, in id order."""
    rows = table.sort_values("id")[["id", "text", "label"]].astype(str).agg("\t".join, axis=1)
    return hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()


def train_model(texts: list[str], labels: list[int], params: dict[str, Any] | None = None,
                meta: dict[str, Any] | None = None) -> LoadedModel:
    """Fit featurizer + classifier on sentences and 0/1 labels (deterministic).

    The fit runs with one BLAS/OpenMP thread: with several, the order of floating-point sums can
    change with the machine's load and flip the last digit of a coefficient, and the rebuilt model
    must be byte-identical from one run to the next on the same machine.
    """
    from sklearn.pipeline import Pipeline
    from threadpoolctl import threadpool_limits

    from framing.classify.estimator import CalibratedLogit
    from framing.classify.features import SentenceFeaturizer

    params = json.loads(json.dumps(params or DEFAULT_PARAMS))
    meta = dict(meta or {})
    fp = dict(params["featurizer"])
    if fp.get("embedding"):
        from framing.classify.embedding import EMBEDDER

        meta["embedder"] = EMBEDDER
    if fp.get("char_ngrams") is not None:
        fp["char_ngrams"] = tuple(fp["char_ngrams"])
    pipeline = Pipeline([("features", SentenceFeaturizer(**fp)), ("classifier", CalibratedLogit(**params["classifier"]))])
    with threadpool_limits(limits=1):
        pipeline.fit(list(texts), np.asarray(labels, dtype=int))
    return LoadedModel(pipeline, params, meta)


SHIPPED = "loaded.v1.json"


@functools.cache
def load_model(path: str | None = None) -> LoadedModel:
    """The shipped model (``framing/models/loaded.v1.json``), or a model file the user trained.

    Model files are JSON, never pickle, so loading one from any path is safe.
    """
    if path is not None:
        return LoadedModel.load(path)
    data = resources.files("framing.models").joinpath(SHIPPED).read_text(encoding="utf-8")
    return LoadedModel.from_dict(json.loads(data))


def shipped_model_sha256() -> str:
    """SHA-256 of the shipped model file."""
    return hashlib.sha256(resources.files("framing.models").joinpath(SHIPPED).read_bytes()).hexdigest()
