"""A calibrated, class-balanced logistic regression for sentence labels (numeric features in).

:class:`CalibratedLogit` follows the scikit-learn contract (``__init__`` stores parameters, ``fit``
validates, learned state ends in ``_``) and is checked with ``parametrize_with_checks``. Its
probabilities are Platt-scaled (Platt 1999): a one-feature logistic regression maps the decision
scores of out-of-fold models to probabilities, so ``predict_proba`` is calibrated on data the main model
did not see.
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.utils.class_weight import compute_sample_weight
from sklearn.utils.multiclass import check_classification_targets, type_of_target
from sklearn.utils.validation import check_is_fitted, validate_data

__all__ = ["CalibratedLogit"]


class CalibratedLogit(ClassifierMixin, BaseEstimator):
    """Binary logistic regression with Platt-scaled probabilities.

    Args:
        C: Inverse L2 regularisation strength (higher = less regularised).
        class_weight: ``"balanced"`` (default), a ``{label: weight}`` dict, or ``None``. The Platt step
            uses the same weights, so with ``"balanced"`` the probabilities are calibrated for equal
            class priors (framing's labels are balanced); with ``None``, for the training frequencies.
        calibration_folds: Folds for the out-of-fold Platt scaling; calibration is skipped (identity)
            when a class has fewer examples than this.
        max_iter: Solver iterations.

    Attributes:
        classes_: The two class labels.
        coef_: Feature weights of the main model, shape ``(1, n_features)``; positive = more likely
            the second class.
        intercept_: Its intercept.
        platt_: ``(a, b)``: probability = 1 / (1 + exp(-(a·score + b))), score = X·w + c.
        n_iter_: Solver iterations used.
        n_features_in_: Number of features seen in ``fit``.
    """

    def __init__(self, C: float = 1.0, class_weight: str | None = "balanced", calibration_folds: int = 5,
                 max_iter: int = 2000) -> None:
        self.C = C
        self.class_weight = class_weight
        self.calibration_folds = calibration_folds
        self.max_iter = max_iter

    def _logit(self, class_weight) -> LogisticRegression:
        return LogisticRegression(C=self.C, class_weight=class_weight, max_iter=self.max_iter, solver="liblinear")

    def fit(self, X, y):  # noqa: N803 (scikit-learn's naming)
        X, y = validate_data(self, X, y, accept_sparse="csr", dtype=np.float64)
        check_classification_targets(y)
        y_type = type_of_target(y, input_name="y", raise_unknown=True)
        if y_type != "binary":
            raise ValueError(f"Only binary classification is supported. The type of the target is {y_type}.")
        classes = np.unique(y)
        if len(classes) != 2:
            raise ValueError(f"Only binary classification is supported: y has {len(classes)} class(es).")
        self.classes_ = classes
        yb = (y == classes[1]).astype(int)
        weight = self.class_weight
        if isinstance(weight, dict):  # keyed by the caller's labels; the models see 0/1
            weight = {int(c == classes[1]): w for c, w in weight.items()}
        model = self._logit(weight).fit(X, yb)
        self.coef_ = model.coef_.copy()
        self.intercept_ = model.intercept_.copy()
        self.n_iter_ = model.n_iter_.copy()
        self.platt_ = self._platt(X, yb, weight)
        return self

    def _platt(self, X, yb, weight) -> tuple[float, float]:
        folds = self.calibration_folds
        if folds < 2 or np.bincount(yb, minlength=2).min() < folds:
            return (1.0, 0.0)
        scores = np.zeros(len(yb))
        for train, test in StratifiedKFold(folds, shuffle=True, random_state=0).split(X, yb):
            if len(np.unique(yb[train])) < 2:
                return (1.0, 0.0)
            scores[test] = self._logit(weight).fit(X[train], yb[train]).decision_function(X[test])
        weights = compute_sample_weight(weight, yb) if weight is not None else None
        platt = LogisticRegression(C=1e6, solver="lbfgs").fit(scores.reshape(-1, 1), yb, sample_weight=weights)
        return (float(platt.coef_[0, 0]), float(platt.intercept_[0]))

    def raw_score(self, X):  # noqa: N803
        """The main model's linear score ``X·w + c`` (before calibration)."""
        check_is_fitted(self)
        X = validate_data(self, X, accept_sparse="csr", dtype=np.float64, reset=False)
        return np.asarray(X @ self.coef_.T).ravel() + self.intercept_[0]

    def decision_function(self, X):  # noqa: N803
        """Calibrated log-odds ``a·(X·w + c) + b`` of the second class (> 0 ⇔ predicted)."""
        a, b = self.platt_ if hasattr(self, "platt_") else (1.0, 0.0)
        return a * self.raw_score(X) + b

    def predict_proba(self, X):  # noqa: N803
        p = 1.0 / (1.0 + np.exp(-self.decision_function(X)))
        return np.column_stack([1.0 - p, p])

    def predict(self, X):  # noqa: N803
        positive = self.decision_function(X) > 0
        return self.classes_[positive.astype(int)]

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.classifier_tags.multi_class = False
        tags.input_tags.sparse = True
        return tags
