"""The shipped loaded-language model: JSON (never pickle), deterministic rebuild, featurizer contract."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from framing.classify import classify_texts, train_from_labels
from framing.classify.features import DENSE_FEATURES, SentenceFeaturizer, mask_names
from framing.classify.model import LoadedModel, load_model
from tests.conftest import REPO, assert_same_model

SENTENCES = [
    "This is an utterly disgraceful, reckless waste of money.",
    "The council approved the plan on Tuesday by seven votes to five.",
    "The radical left rammed through its job-killing bill.",
    "Officials said the bridge will reopen in June.",
]


def test_shipped_model_is_plain_json() -> None:
    raw = resources.files("framing.models").joinpath("loaded.v1.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["format"] == "framing-loaded-model/1"
    assert data["meta"]["trained_on"].startswith("labels/")
    n_char = len(data["char"]["vocabulary"]) if data["char"] else 0
    assert len(data["coef"]) == len(data["word"]["vocabulary"]) + n_char + len(DENSE_FEATURES)


def test_rebuilding_from_labels_reproduces_the_shipped_model() -> None:
    """Same labels → the same model: byte for byte on one machine, and the shipped model up to the
    rounding of another CPU (:func:`tests.conftest.assert_same_model`)."""
    model, metrics = train_from_labels(REPO / "labels")
    again, _ = train_from_labels(REPO / "labels")
    assert json.dumps(again.to_dict(), sort_keys=True) == json.dumps(model.to_dict(), sort_keys=True)
    shipped = json.loads(resources.files("framing.models").joinpath("loaded.v1.json").read_text(encoding="utf-8"))
    assert_same_model(json.loads(json.dumps(model.to_dict(), sort_keys=True)), shipped)
    np.testing.assert_allclose(model.predict_proba(SENTENCES), load_model().predict_proba(SENTENCES), rtol=0, atol=1e-6)
    assert metrics["n"] > 300 and metrics["macro_f1"] > 0.8


def test_json_round_trip_gives_identical_probabilities(tmp_path) -> None:
    model = load_model()
    path = model.save(tmp_path / "m.json")
    again = LoadedModel.load(path)
    np.testing.assert_array_equal(model.predict_proba(SENTENCES), again.predict_proba(SENTENCES))


def test_loaded_sentences_score_higher_than_neutral_ones() -> None:
    p = load_model().predict_proba(SENTENCES)
    assert min(p[0], p[2]) > 0.8 > 0.5 > max(p[1], p[3])


def test_not_a_model_file_is_refused(tmp_path) -> None:
    (tmp_path / "x.json").write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a framing loaded-language model"):
        LoadedModel.load(tmp_path / "x.json")


def test_classify_texts_explains_with_words() -> None:
    out = classify_texts(["It was utterly reckless.", "It opened on Tuesday.", ""])
    assert out["loaded_label"].tolist() == [1, 0, 0]
    assert np.isnan(out["loaded_prob"][2])
    assert out["loaded_words"][0] == ["utterly", "reckless"] and out["loaded_words"][1] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ruskin slammed the Democrats", "_name_ _name_ slammed the _name_"),
        ("The GOP plan cost 2,000 dollars", "the _name_ plan cost _num_ dollars"),
        ("the tories and labour", "the _name_ and _name_"),
        ("This is NOT acceptable", "this is not acceptable"),
    ],
)
def test_mask_names(text: str, expected: str) -> None:
    assert mask_names(text) == expected


def test_featurizer_contract() -> None:
    featurizer = SentenceFeaturizer(char_ngrams=None, min_df=1)
    assert clone(featurizer).get_params() == featurizer.get_params()
    with pytest.raises(NotFittedError):
        featurizer.transform(SENTENCES)
    assert featurizer.fit(SENTENCES) is featurizer
    first, second = featurizer.transform(SENTENCES), featurizer.transform(SENTENCES)
    assert first.shape == (4, len(featurizer.get_feature_names_out()))
    assert (first != second).nnz == 0
    with pytest.raises(ValueError, match="at least one sentence"):
        SentenceFeaturizer().fit([])


def test_explain_adds_up_to_the_calibrated_log_odds() -> None:
    model = load_model()
    text = "The reckless minister rammed through the bill."
    table = model.explain(text, n=100000)
    head = model.pipeline[1]
    a, b = head.platt_
    log_odds = table["contribution"].sum() + a * head.intercept_[0] + b
    p = model.predict_proba([text])[0]
    assert log_odds == pytest.approx(np.log(p / (1 - p)), rel=1e-6)
    top = model.explain(text, n=3)
    assert len(top) == 3 and (top["contribution"].abs().diff().dropna() <= 0).all()
