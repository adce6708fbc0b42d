from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.score import ARTICLE_KEYS, SENTENCE_KEYS
from framing.types import Article


def test_tables_have_the_documented_keys_then_prefixed_measure_columns(demo_scores: framing.Scores) -> None:
    s, a = demo_scores.sentences, demo_scores.articles
    assert list(s.columns[: len(SENTENCE_KEYS)]) == list(SENTENCE_KEYS)
    assert list(a.columns[: len(ARTICLE_KEYS)]) == list(ARTICLE_KEYS)
    prefixes = tuple(f"{name}_" for name in framing.MEASURES)
    assert all(c.startswith(prefixes) for c in s.columns[len(SENTENCE_KEYS) :])
    assert all(c.startswith(prefixes) for c in a.columns[len(ARTICLE_KEYS) :])
    assert not s.duplicated(["article_id", "sentence_id"]).any()
    for _, group in s.groupby("article_id"):
        assert group["sentence_id"].tolist() == list(range(len(group)))
    assert set(s["voice"]) <= {"author", "quoted", "mixed"}
    assert set(s["block"]) <= {"headline", "subheading", "paragraph", "bullet", "table"}


def test_article_aggregates_match_the_sentence_table(demo_scores: framing.Scores) -> None:
    s, a = demo_scores.sentences, demo_scores.articles.set_index("article_id").sort_index()
    per_article = s.groupby("article_id")
    assert per_article.size().tolist() == a["n_sentences"].tolist()
    pd.testing.assert_series_equal(
        per_article["sentiment_compound"].mean(), a["sentiment_compound_mean"], check_names=False, check_index_type=False
    )
    assert per_article["words_quoted"].sum().astype(float).tolist() == a["words_quoted_sum"].tolist()


def test_demo_corpus_is_six_framings_of_one_story(demo_scores: framing.Scores, demo_records) -> None:
    assert len(demo_scores.articles) == 6
    assert {r["framing"] for r in demo_records} == {"wire", "oped", "seo", "quotes", "explainer", "release"}
    assert demo_scores.rejected == []
    quoted = demo_scores.articles.set_index("article_id")["words_quoted_sum"]
    assert quoted.idxmax() == "demo-quotes"
    assert quoted["demo-oped"] < quoted["demo-quotes"] / 4


def test_offsets_point_into_the_original_text(demo_scores: framing.Scores, demo_records) -> None:
    originals = {r["id"]: r["text"] for r in demo_records}
    for row in demo_scores.sentences.itertuples():
        assert framing.clean_text(originals[row.article_id][row.start : row.end], table=row.block == "table") == row.text


def test_inputs_can_be_articles_dataframes_and_paths(tmp_path) -> None:
    text = "The council approved the plan. Critics were angry."
    df = pd.DataFrame({"id": ["x"], "source": ["Herald"], "text": [text]})
    (tmp_path / "a.txt").write_text(text + " Extra.", encoding="utf-8")
    for inputs, source in [(Article(text, source="API"), "API"), (df, "Herald"), (tmp_path, "a"), ([str(tmp_path / "a.txt")], "a")]:
        scores = framing.score(inputs)
        assert scores.articles["source"].tolist() == [source]
        assert scores.articles["n_sentences"].tolist() == [2 if source != "a" else 3]


def test_bad_inputs_never_raise_and_good_ones_are_scored(tmp_path) -> None:
    (tmp_path / "good.txt").write_text("A good article. It has two sentences.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    scores = framing.score(tmp_path)
    assert scores.articles["source"].tolist() == ["good"]
    assert len(scores.rejected) == 1 and "binary" in scores.rejected[0]["reason"]


def test_empty_input_gives_empty_tables_with_the_full_schema(tmp_path) -> None:
    scores = framing.score([])
    assert len(scores.articles) == 0
    assert "sentiment_compound" in scores.sentences.columns
    assert "readability_flesch_reading_ease" in scores.articles.columns
    scores.save(tmp_path)
    assert pd.read_parquet(tmp_path / "articles.parquet").columns.tolist() == scores.articles.columns.tolist()


def test_measures_can_be_selected() -> None:
    scores = framing.score(Article("One sentence here."), measures=["words"])
    assert not any(c.startswith("sentiment_") for c in scores.sentences.columns)
    assert [m["name"] for m in scores.run["measures"]] == ["words"]
    with pytest.raises(ValueError, match="unknown measures"):
        framing.score(Article("x"), measures=["nope"])


def test_run_metadata(demo_scores: framing.Scores) -> None:
    run = demo_scores.run
    assert run["framing_version"] == framing.__version__
    assert {m["name"] for m in run["measures"]} == set(framing.MEASURES)
    assert set(run["resources"]) == {
        "vader_lexicon", "cmudict", "loaded_lexicon", "loaded_model", "attribution_cues_lexicon", "source_types_lexicon",
        "emotive_lexicon", "wordfreq_en",
    }
    assert all(len(h) == 64 for h in run["resources"].values())
    assert run["inputs"][0]["path"].endswith("articles.jsonl") and len(run["inputs"][0]["sha256"]) == 64
    assert {b["rule"] for b in run["boilerplate"] if b["article_id"] == "demo-seo"} >= {"share", "comments", "newsletter"}


def test_a_failing_measure_rejects_the_article_not_the_run(monkeypatch) -> None:
    from framing.measures import sentiment as module

    def boom(text: str):
        if "boom" in text:
            raise ZeroDivisionError("bad luck")
        return module.sentiment.func(text)

    original = framing.MEASURES["sentiment"]
    monkeypatch.setitem(framing.MEASURES, "sentiment", type(original)(**{**original.__dict__, "func": boom}))
    scores = framing.score([Article("Fine text.", article_id="ok"), Article("This goes boom.", article_id="bad")])
    assert scores.articles["article_id"].tolist() == ["ok"]
    assert "ZeroDivisionError: bad luck" in scores.rejected[0]["reason"]
