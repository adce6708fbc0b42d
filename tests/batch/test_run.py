from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.batch import Store, run_batch
from framing.batch.store import TABLES, to_store_frame
from framing.resources import RESOURCES

from .conftest import canonical, store_tables, write_corpus

MEASURES = ["loaded", "attribution", "sentiment", "words"]  # a quick profile; the CLI tests run all


def test_store_holds_what_framing_score_returns(tmp_path: Path) -> None:
    result = run_batch([framing.demo_corpus()], db=tmp_path / "s.duckdb", batch_size=2)
    assert (result.scored, result.skipped, result.rejected) == (6, 0, 0)
    reference = framing.score(framing.demo_corpus())
    got = store_tables(tmp_path / "s.duckdb")
    for name in TABLES:
        expected = canonical(to_store_frame(getattr(reference, name)), name)
        pd.testing.assert_frame_equal(got[name][expected.columns], expected)
    assert got["articles"]["profile"].nunique() == 1
    assert got["articles"]["content_hash"].str.len().eq(64).all()


def test_rerun_scores_nothing_new_and_leaves_rows_alone(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "s.duckdb"
    first = run_batch([corpus], db=db, measures=MEASURES, batch_size=5)
    before = store_tables(db)
    second = run_batch([corpus], db=db, measures=MEASURES, batch_size=5)
    assert first.scored == 12 and (second.scored, second.skipped) == (0, 12)
    after = store_tables(db)
    for name in TABLES:
        pd.testing.assert_frame_equal(before[name], after[name])
    with Store(db) as store:
        runs = store.table("runs")
    assert runs[["n_read", "n_scored", "n_skipped", "n_rejected"]].values.tolist() == [[12, 12, 0, 0], [12, 0, 12, 0]]
    assert runs["status"].tolist() == ["done", "done"]


def test_new_articles_are_scored_and_old_ones_skipped(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    small = write_corpus(tmp_path / "day1.jsonl", copies=1)
    run_batch([small], db=db, measures=MEASURES)
    bigger = write_corpus(tmp_path / "day2.jsonl", copies=2)  # day 1's six articles plus six new ones
    result = run_batch([bigger], db=db, measures=MEASURES)
    assert (result.scored, result.skipped) == (6, 6)
    assert len(store_tables(db)["articles"]) == 12


def test_changed_model_version_rescores_everything(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.duckdb"
    first = run_batch([corpus], db=db, measures=MEASURES)
    # a retrained model is a different file: same format, different bytes
    model = tmp_path / "loaded.v2.json"
    data = json.loads(RESOURCES["loaded_model"]().read_text(encoding="utf-8"))
    model.write_text(json.dumps(data, indent=1), encoding="utf-8")
    monkeypatch.setitem(RESOURCES, "loaded_model", lambda: model)
    second = run_batch([corpus], db=db, measures=MEASURES)
    assert second.profile != first.profile
    assert (second.scored, second.skipped) == (12, 0)
    articles = store_tables(db)["articles"]
    assert len(articles) == 12 and set(articles["profile"]) == {second.profile}
    # the old profile's rows were replaced, not kept beside the new ones
    assert len(store_tables(db)["sentences"]) == first.sentences


def test_measures_outside_the_model_do_not_rescore(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.duckdb"
    run_batch([corpus], db=db, measures=MEASURES)
    monkeypatch.setitem(RESOURCES, "emotive_lexicon", lambda: tmp_path / "not-used-by-these-measures.tsv")
    assert run_batch([corpus], db=db, measures=MEASURES).scored == 0


def test_edited_article_is_rescored_and_replaced(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "s.duckdb"
    run_batch([corpus], db=db, measures=MEASURES)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["text"] = "A corrected, much shorter story. The council said nothing."
    lines[0] = json.dumps(record)
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_batch([corpus], db=db, measures=MEASURES)
    assert (result.scored, result.skipped) == (1, 11)
    tables = store_tables(db)
    sentences = tables["sentences"][tables["sentences"]["article_id"] == record["id"]]
    assert sentences["text"].tolist() == ["A corrected, much shorter story.", "The council said nothing."]


def test_bad_inputs_are_counted_stored_and_do_not_stop_the_run(tmp_path: Path, corpus: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Fine."}\n{broken\n{"id": "x", "text": "Same id."}\n{"text": 3}\n',
                   encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = run_batch([corpus, bad, tmp_path / "missing.txt"], db=db, measures=MEASURES, batch_size=4)
    assert (result.scored, result.rejected) == (13, 4)
    reasons = sorted(r["reason"].split(":")[0].split(" (")[0] for r in result.rejections)
    assert reasons == ["duplicate article id 'x'", "invalid JSON", "no such file or directory", "record"]
    with Store(db) as store:
        assert len(store.table("rejected")) == 4
        assert store.table("runs")["n_rejected"].tolist() == [4]


def test_parquet_export_is_partitioned_and_complete(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out"
    result = run_batch([corpus], db=tmp_path / "s.duckdb", out=out, measures=MEASURES)
    assert sorted(p.name for p in result.exported) == sorted(TABLES)
    sentences = pd.read_parquet(out / "sentences")
    assert len(sentences) == result.sentences
    # exporting again replaces the dataset instead of adding to it
    run_batch([corpus], db=tmp_path / "s.duckdb", out=out, measures=MEASURES)
    assert len(pd.read_parquet(out / "sentences")) == result.sentences
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_local_processes_give_the_same_tables(tmp_path: Path, corpus: Path) -> None:
    run_batch([corpus], db=tmp_path / "one.duckdb", measures=MEASURES, batch_size=3)
    result = run_batch([corpus], db=tmp_path / "two.duckdb", measures=MEASURES, batch_size=3, jobs=2)
    assert result.scored == 12
    one, two = store_tables(tmp_path / "one.duckdb"), store_tables(tmp_path / "two.duckdb")
    for name in TABLES:
        pd.testing.assert_frame_equal(one[name], two[name])


def test_every_preset_query_runs_on_a_full_profile_store(tmp_path: Path) -> None:
    run_batch([framing.demo_corpus()], db=tmp_path / "s.duckdb")
    shutil.copy(tmp_path / "s.duckdb", tmp_path / "copy.duckdb")
    from framing.batch.queries import PRESETS, query

    for name, preset in PRESETS.items():
        result = query(tmp_path / "copy.duckdb", preset.sql)
        assert isinstance(result, pd.DataFrame), name
    sources = query(tmp_path / "copy.duckdb", PRESETS["sources"].sql)
    assert len(sources) == 6 and sources["articles"].sum() == 6


@pytest.mark.parametrize("batch_size", [1, 2, 50])
def test_an_id_repeated_across_batches_is_scored_once(tmp_path: Path, batch_size: int) -> None:
    corpus = tmp_path / "dupes.jsonl"
    rows = [("a", "The council said yes."), ("b", "Critics said no."), ("a", "A different text, same id."),
            ("c", "Nobody spoke."), ("b", "Critics said no.")]
    corpus.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in rows), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = run_batch([corpus], db=db, measures=MEASURES, batch_size=batch_size)
    assert (result.scored, result.rejected) == (3, 2)
    assert all(r["reason"].startswith("duplicate article id") for r in result.rejections)
    articles = store_tables(db)["articles"]
    assert sorted(articles["article_id"]) == ["a", "b", "c"]
    assert articles.set_index("article_id").loc["a", "n_words"] == 4  # the first copy is the one kept
