"""The ``framing`` command as a user runs it: a real subprocess, real files, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import assert_same_model

GOOD = "The council approved the Kingsway scheme on Tuesday. Critics said shops would suffer."


def framing_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("framing") or ""
    cmd = [exe] if exe else [sys.executable, "-m", "framing.cli"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_demo_scores_with_exit_0(tmp_path: Path) -> None:
    done = framing_cli("score", "--demo", "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert "6 article(s)" in done.stdout
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    sentences = pd.read_parquet(tmp_path / "out" / "sentences.parquet")
    run = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert len(articles) == 6 and run["n_sentences"] == len(sentences)
    assert run["command"][:2] == ["framing", "score"]
    assert not list((tmp_path / "out").glob(".*tmp"))


def test_csv_format(tmp_path: Path) -> None:
    done = framing_cli("score", "--demo", "--format", "csv", "--out", str(tmp_path), "-q")
    assert done.returncode == 0, done.stderr
    assert len(pd.read_csv(tmp_path / "articles.csv")) == 6


@pytest.mark.parametrize(
    "args",
    [
        ["score", "--out", "x"],  # no paths
        ["score", "does-not-exist.txt", "--out", "x"],
        ["score", "--demo"],  # no --out
        ["score", "--demo", "--out", "x", "--format", "xlsx"],
        ["score", "--demo", "--out", "x", "--measures", "nope"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    done = framing_cli(*args, cwd=tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert not (tmp_path / "x").exists()


def make_bad_inputs(folder: Path) -> dict[str, str]:
    """Write one good file and every bad-input case; return {case: expected stderr fragment}."""
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"GIF89a\x00\x01\x00\x00")
    (folder / "latin1.txt").write_bytes("Caf\u00e9 culture".encode("latin-1"))
    (folder / "huge.txt").write_bytes(b"word " * 4_000_000)  # 20 MB
    lines = [json.dumps({"id": "j1", "text": GOOD + " One."}), "{broken", json.dumps({"id": "j1", "text": "Duplicate id."})]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "notext.csv").write_text("id,body\n1,hello\n", encoding="utf-8")
    return {
        "empty": f"{folder / 'empty.txt'}: empty",
        "binary": f"{folder / 'binary.txt'}: binary file",
        "utf8": f"{folder / 'latin1.txt'}: invalid UTF-8 at byte 3",
        "huge": f"{folder / 'huge.txt'}: too large: 20.0 MB",
        "jsonl": f"{folder / 'feed.jsonl'}:2: invalid JSON",
        "duplicate": f"{folder / 'feed.jsonl'}:3: duplicate article id 'j1'",
        "csv": f"{folder / 'notext.csv'}: missing column 'text'",
    }


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("bad")
    expected = make_bad_inputs(root / "in")
    done = framing_cli("score", str(root / "in"), "--out", str(root / "out"))
    return root, expected, done


@pytest.mark.parametrize("case", ["empty", "binary", "utf8", "huge", "jsonl", "duplicate", "csv"])
def test_each_bad_input_is_reported_and_the_good_ones_scored(bad_run, case: str) -> None:
    root, expected, done = bad_run
    assert done.returncode == 3
    assert expected[case] in " ".join(done.stderr.split()), done.stderr
    run = json.loads((root / "out" / "run.json").read_text(encoding="utf-8"))
    reported = [f"{r['path']}:{r['line']}: {r['reason']}" if r["line"] else f"{r['path']}: {r['reason']}" for r in run["rejected"]]
    assert any(expected[case] in r for r in reported)
    articles = pd.read_parquet(root / "out" / "articles.parquet")
    assert sorted(articles["source"]) == ["feed", "good"]
    assert len(run["rejected"]) == 7


def test_rerun_is_idempotent(tmp_path: Path) -> None:
    for _ in range(2):
        assert framing_cli("score", "--demo", "--out", str(tmp_path), "-q").returncode == 0
    first = pd.read_parquet(tmp_path / "sentences.parquet")
    assert framing_cli("score", "--demo", "--out", str(tmp_path), "-q").returncode == 0
    pd.testing.assert_frame_equal(first, pd.read_parquet(tmp_path / "sentences.parquet"))


def test_measures_lists_columns() -> None:
    done = framing_cli("measures")
    assert done.returncode == 0
    assert "sentiment_compound" in done.stdout and "readability_flesch_reading_ease" in done.stdout


@pytest.mark.seeds
def test_seeds_score_with_exit_0(seeds_dir: Path, tmp_path: Path) -> None:
    done = framing_cli("score", str(seeds_dir), "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    sentences = pd.read_parquet(tmp_path / "sentences.parquet")
    assert not sentences["text"].str.contains("learned.As|As horrifying.*learned\\.", regex=True).any()
    assert not (sentences["text"].str.contains("learned.", regex=False) & sentences["text"].str.contains("As horrifying", regex=False)).any()


def test_classify_and_evaluate_a_csv(tmp_path: Path) -> None:
    data = pd.DataFrame({
        "sentence": ["It was an utterly disgraceful, reckless decision.", "The council met on Tuesday.",
                     "The radical left rammed through its job-killing bill.", "The bridge reopens in June."],
        "gold": ["Biased", "Non-biased", "Biased", "Non-biased"],
    })
    data.to_csv(tmp_path / "in.csv", index=False)
    done = framing_cli("classify", str(tmp_path / "in.csv"), "--text-column", "sentence", "-o", str(tmp_path / "out.csv"))
    assert done.returncode == 0, done.stderr
    out = pd.read_csv(tmp_path / "out.csv")
    assert out["loaded_label"].tolist() == [1, 0, 1, 0]
    assert json.loads(out["loaded_words"][0]) == ["utterly", "disgraceful", "reckless"]
    assert out["loaded_prob"].between(0, 1).all()
    done = framing_cli("evaluate", str(tmp_path / "in.csv"), "--text-column", "sentence", "--label-column", "gold",
                       "--positive", "Biased", "-o", str(tmp_path / "m.json"))
    assert done.returncode == 0, done.stderr
    assert "macro_f1" in done.stdout
    assert json.loads((tmp_path / "m.json").read_text())["macro_f1"] == 1.0
    bad = framing_cli("classify", str(tmp_path / "in.csv"), "--text-column", "nope", "-o", str(tmp_path / "x.csv"))
    assert bad.returncode == 2 and "no column 'nope'" in bad.stderr


def test_labels_check_and_train(tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parents[1]
    done = framing_cli("labels", "check", str(repo / "labels"))
    assert done.returncode == 0, done.stderr
    assert "0 problem(s)" in done.stdout
    done = framing_cli("train", "--labels", str(repo / "labels"), "--out", str(tmp_path / "model.json"))
    assert done.returncode == 0, done.stderr
    assert_same_model(json.loads((tmp_path / "model.json").read_text(encoding="utf-8")),
                      json.loads((repo / "framing" / "models" / "loaded.v1.json").read_text(encoding="utf-8")))


def test_labels_check_fails_on_bad_labels(tmp_path: Path) -> None:
    (tmp_path / "sentences").mkdir()
    (tmp_path / "sentences" / "x.csv").write_text(
        "id,text,label,loaded_words,voice,topic,genre,target,pair_id,split\n"
        'x-1,A sentence.,1,[],author,economy,wire,left,,\n', encoding="utf-8")
    done = framing_cli("labels", "check", str(tmp_path))
    assert done.returncode == 1
    assert "label 1 needs at least one loaded word" in done.stderr


def test_train_on_a_user_dataset(tmp_path: Path) -> None:
    rows = [(f"The {w} plan was approved by the council on day {i}.", "Biased" if w in {"reckless", "disgraceful"} else "Non-biased")
            for i in range(12) for w in ["reckless", "disgraceful", "new", "annual"]]
    pd.DataFrame(rows, columns=["text", "label_bias"]).to_csv(tmp_path / "mine.csv", index=False)
    done = framing_cli("train", "--data", str(tmp_path / "mine.csv"), "--label-column", "label_bias",
                       "--positive", "Biased", "--out", str(tmp_path / "m.json"))
    assert done.returncode == 0, done.stderr
    done = framing_cli("evaluate", str(tmp_path / "mine.csv"), "--label-column", "label_bias", "--positive", "Biased",
                       "--model", str(tmp_path / "m.json"))
    assert done.returncode == 0 and "macro_f1          1.0000" in done.stdout, done.stdout


def test_explain_a_sentence() -> None:
    done = framing_cli("explain", "The reckless council rammed through its vanity project.")
    assert done.returncode == 0, done.stderr
    assert "— loaded" in done.stdout
    assert "term 'reckless': evaluative" in done.stdout and "term 'rammed through': one_sided_verb" in done.stdout
    assert "dense:lex_strong" in done.stdout
    done = framing_cli("explain", "The bridge reopens in June.")
    assert "— not loaded" in done.stdout and "term" not in done.stdout.split("top contributions")[0]


def test_attributions_jsonl(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    text = "Headline\n\n“We will win,” said Grace Okafor. Critics argue that the plan is rushed.\n\nIt is understood that work starts in May."
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "attr.jsonl"
    done = framing_cli("attributions", str(article), "-o", str(out))
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3
    keys = {"article_id", "kind", "cue_text", "cue_start", "cue_end", "source_text", "source_start", "source_end",
            "content_start", "content_end", "speaker", "verb_class", "source_type"}
    for row in rows:
        assert keys <= set(row)
        assert text[row["cue_start"] : row["cue_end"]] == row["cue_text"]
    first, second, third = rows
    assert (first["kind"], first["speaker"], text[first["content_start"] : first["content_end"]]) == ("direct", "Grace Okafor", "“We will win,”")
    assert (second["source_text"], second["source_type"]) == ("Critics", "anonymous_vague")
    assert third["source_text"] is None and third["source_start"] is None and third["source_type"] == "anonymous_vague"


def test_attributions_reports_bad_input_and_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "attr.jsonl"
    done = framing_cli("attributions", str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"), "-o", str(out))
    assert done.returncode == 3
    assert "empty.txt" in done.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_score_writes_the_attributions_table(tmp_path: Path) -> None:
    done = framing_cli("score", "--demo", "--out", str(tmp_path), "-q")
    assert done.returncode == 0, done.stderr
    table = pd.read_parquet(tmp_path / "attributions.parquet")
    assert len(table) > 30 and {"speaker", "verb_class", "source_type"} <= set(table.columns)


def test_score_into_a_store_then_rerun_scores_nothing_and_query_answers(tmp_path: Path) -> None:
    db = tmp_path / "scores.duckdb"
    first = framing_cli("score", "--demo", "--db", str(db), "--out", str(tmp_path / "parquet"), "--log-every", "0")
    assert first.returncode == 0, first.stderr
    assert "6 article(s) scored, 0 already scored" in first.stdout
    assert "framing: 6/6 articles (scored 6, skipped 0, rejected 0)" in first.stderr  # plain log: not a TTY
    assert len(pd.read_parquet(tmp_path / "parquet" / "articles")) == 6
    again = framing_cli("score", "--demo", "--db", str(db))
    assert again.returncode == 0 and "0 article(s) scored, 6 already scored (skipped)" in again.stdout
    runs = framing_cli("query", str(db), "--preset", "runs")
    assert runs.returncode == 0 and "2 row(s)" in runs.stdout
    out = tmp_path / "sources.csv"
    done = framing_cli("query", str(db), "SELECT source, count(*) AS n FROM articles GROUP BY 1 ORDER BY 1",
                       "--csv", str(out))
    assert done.returncode == 0, done.stderr
    assert pd.read_csv(out)["n"].tolist() == [1] * 6


@pytest.mark.parametrize("args, message", [
    (["score", "--demo", "--out", "x", "--jobs", "2"], "need --db"),
    (["score", "--demo"], "give --out DIR"),
    (["score", "--demo", "--db", "x.duckdb", "--out", "y", "--format", "csv"], "Parquet only"),
    (["query", "missing.duckdb", "--preset", "runs"], "does not exist"),
    (["score", "--demo", "--db", "x.duckdb", "--db-memory", "lots"], "give a size such as 128MB"),
])
def test_batch_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    done = framing_cli(*args, cwd=tmp_path)
    assert done.returncode == 2 and message in done.stderr


def test_query_reports_sql_errors_and_needs_one_query(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    assert framing_cli("score", "--demo", "--db", str(db), "--measures", "words").returncode == 0
    bad = framing_cli("query", str(db), "SELECT nope FROM articles")
    assert bad.returncode == 1 and "nope" in bad.stderr
    assert framing_cli("query", str(db)).returncode == 2
    listed = framing_cli("query", str(db), "--list")
    assert listed.returncode == 0 and "loaded-terms" in listed.stdout and "SELECT" in listed.stdout


def test_store_run_with_rejections_exits_3_and_lists_them(tmp_path: Path) -> None:
    bad = tmp_path / "in.jsonl"
    bad.write_text(json.dumps({"id": "a", "text": GOOD}) + "\n{oops\n", encoding="utf-8")
    done = framing_cli("score", str(bad), "--db", str(tmp_path / "s.duckdb"), "--measures", "words")
    assert done.returncode == 3
    assert "in.jsonl:2: invalid JSON" in done.stderr and "1 article(s) scored" in done.stderr
