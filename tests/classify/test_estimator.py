from __future__ import annotations

import numpy as np
import pytest
from sklearn.utils.estimator_checks import parametrize_with_checks

from framing.classify.estimator import CalibratedLogit


@parametrize_with_checks([CalibratedLogit(), CalibratedLogit(C=0.1, class_weight=None, calibration_folds=3)])
def test_sklearn_contract(estimator, check) -> None:
    check(estimator)


def test_probabilities_are_calibrated_on_held_out_folds() -> None:
    rng = np.random.default_rng(0)
    X = rng.normal(size=(2000, 5))
    p = 1 / (1 + np.exp(-(X[:, 0] * 1.5 - 0.5)))
    y = (rng.random(2000) < p).astype(int)
    model = CalibratedLogit(class_weight=None).fit(X[:1500], y[:1500])
    prob = model.predict_proba(X[1500:])[:, 1]
    # Expected calibration error over 10 bins stays small.
    bins = np.minimum((prob * 10).astype(int), 9)
    ece = sum(abs(prob[bins == b].mean() - y[1500:][bins == b].mean()) * (bins == b).mean() for b in range(10) if (bins == b).any())
    assert ece < 0.06


def test_one_class_is_refused() -> None:
    with pytest.raises(ValueError, match="Only binary classification"):
        CalibratedLogit().fit(np.ones((10, 2)), np.zeros(10))
