"""The direct weighted-sum prediction gives the fitted pipeline's probabilities (up to rounding)."""

from __future__ import annotations

import numpy as np
import pytest

from framing.classify.linear import LinearScorer
from framing.classify.model import load_model, train_model

SENTENCES = [
    "This is an utterly disgraceful, reckless waste of money.",
    "The council approved the plan on Tuesday by seven votes to five.",
    "Senator Ruskin slammed the Democrats' 2,000-page bill as a shameless power grab!",
    "Officials said the bridge will reopen in June.",
    "“It is a disaster,” said Ms Hale, who called the scheme “reckless”.",
    "Zxqv plorb wug.",  # no n-gram of the vocabulary: the dense block and the intercept alone
    "WHY is NOBODY talking about this?",
    "the the the the",
    "Hello",
]


def _pipeline_proba(model, texts: list[str]) -> np.ndarray:
    featurizer, head = model.pipeline[0], model.pipeline[-1]
    return head.predict_proba(featurizer.transform(texts))[:, 1]


def test_shipped_model_uses_the_direct_sum() -> None:
    assert load_model().linear is not None


def test_direct_sum_equals_the_pipeline_on_the_shipped_model() -> None:
    model = load_model()
    direct = model.predict_proba(SENTENCES)
    np.testing.assert_allclose(direct, _pipeline_proba(model, SENTENCES), rtol=0, atol=1e-12)


@pytest.mark.parametrize(
    "featurizer",
    [
        {"word_ngrams": 2, "char_ngrams": None, "min_df": 1, "dense": True, "dense_weight": 0.5, "mask": False},
        {"word_ngrams": 1, "char_ngrams": None, "min_df": 1, "dense": False, "dense_weight": 0.5, "mask": True},
        {"word_ngrams": 0, "char_ngrams": None, "min_df": 1, "dense": True, "dense_weight": 1.0, "mask": True},
    ],
)
def test_direct_sum_equals_the_pipeline_for_other_recipes(featurizer: dict) -> None:
    texts = SENTENCES * 3
    labels = [1, 0, 1, 0, 1, 0, 1, 0, 0] * 3
    params = {"featurizer": featurizer, "classifier": {"C": 1.0, "class_weight": "balanced", "calibration_folds": 2}}
    model = train_model(texts, labels, params)
    assert model.linear is not None
    np.testing.assert_allclose(model.predict_proba(SENTENCES), _pipeline_proba(model, SENTENCES), rtol=0, atol=1e-12)


def test_a_character_ngram_model_keeps_the_pipeline() -> None:
    params = {
        "featurizer": {"word_ngrams": 1, "char_ngrams": (3, 4), "min_df": 1, "dense": False, "dense_weight": 0.5,
                       "mask": True},
        "classifier": {"C": 1.0, "class_weight": "balanced", "calibration_folds": 2},
    }
    model = train_model(SENTENCES * 2, [1, 0, 1, 0, 1, 0, 1, 0, 0] * 2, params)
    assert LinearScorer.from_pipeline(model.pipeline) is None
    np.testing.assert_array_equal(model.predict_proba(SENTENCES), _pipeline_proba(model, SENTENCES))


def test_empty_input_gives_an_empty_array() -> None:
    assert load_model().predict_proba([]).shape == (0,)
    assert load_model().linear.predict_proba([]).shape == (0,)
