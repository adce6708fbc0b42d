"""Coverage and omission: facts planted in the demo corpus, claim clusters, speakers, the same-story
check, offsets, and the degenerate runs (one article, none)."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.compare.coverage import (
    FACT_COLUMNS,
    OMISSION_COLUMNS,
    StoryCheck,
    claim_clusters,
    coverage_matrix,
    facts,
    name_key,
    omissions,
    same_story,
)
from framing.types import Article

#: An invented match report (no relation to the demo story) for the same-story check.
OFF_TOPIC = """Harbour Town left it late to beat Millbrook Rovers 2-1 at the Quayside Stadium on Saturday and climb to third in the Southern League table.

Rovers had the better of a scrappy first half and went ahead after 34 minutes, when winger Callum Doyle cut inside from the left and curled a low shot past goalkeeper Sam Whitlock.

Town manager Jo Brennan made two changes at the break, and the home side pressed higher up the pitch. Their equaliser came on the hour: a corner from Ben Ashworth was headed in at the near post by captain Luke Fenner.

Both sides hit the woodwork before substitute Ryan Okoro settled the match in stoppage time, sliding in at the far post to finish a cross from the right.

"We never stopped running," Brennan said. "The players showed real character in the second half, and the crowd carried us over the line."

Rovers manager Neil Garside said his team had been punished for sitting too deep. "We had chances to kill the game and we didn't take them," he said.

A crowd of 3,412 watched the match. Town travel to Eastcliffe Athletic next Tuesday, while Rovers host Penbury United on Saturday.
"""


def demo_articles(records: list[dict]) -> list[Article]:
    return [Article(text=r["text"], article_id=r["id"], source=r["source"], title=r["title"]) for r in records]


@pytest.fixture(scope="module")
def source_of(demo_records: list[dict]) -> dict[str, str]:
    return {r["id"]: r["source"] for r in demo_records}


@pytest.fixture(scope="module")
def demo_facts(demo_scores: framing.Scores, demo_records: list[dict]) -> pd.DataFrame:
    return facts(demo_scores, texts={r["id"]: r["text"] for r in demo_records})


@pytest.fixture(scope="module")
def demo_matrix(demo_facts: pd.DataFrame) -> pd.DataFrame:
    return coverage_matrix(demo_facts)


def row(matrix: pd.DataFrame, fact_id: str) -> pd.Series:
    rows = matrix[matrix["fact_id"] == fact_id]
    assert len(rows) == 1, f"{fact_id} not in the matrix"
    return rows.iloc[0]


# --- the facts planted in the demo corpus ----------------------------------------------------------------


def test_a_figure_quoted_in_one_article_only_is_only_in_that_source(demo_matrix: pd.DataFrame, source_of: dict) -> None:
    r = row(demo_matrix, "quantity:GBP 240000")  # "£240k", in a quote from Sandra Pike
    assert r["only_in"] == source_of["demo-quotes"]
    assert r["n_groups"] == 1
    assert r["label"] == "£240k"


def test_one_amount_written_three_ways_is_one_fact(demo_matrix: pd.DataFrame, demo_facts: pd.DataFrame, source_of: dict) -> None:
    r = row(demo_matrix, "quantity:GBP 450000")  # "£450,000", "£0.45m", "£450k"
    having = {g for g in demo_matrix.attrs["groups"] if r[g] > 0}
    assert having == {source_of[a] for a in ("demo-wire", "demo-explainer", "demo-release")}
    assert set(r["missing_from"]) == {source_of[a] for a in ("demo-oped", "demo-seo", "demo-quotes")}
    assert r["only_in"] is None
    written = set(demo_facts.loc[demo_facts["fact_id"] == "quantity:GBP 450000", "surface"])
    assert written == {"£450,000", "£0.45m", "£450k"}


def test_a_claim_reworded_across_articles_is_one_fact(demo_matrix: pd.DataFrame, demo_facts: pd.DataFrame, source_of: dict) -> None:
    claims = demo_facts[demo_facts["kind"] == "claim"]
    collisions = claims[claims["surface"].str.contains("41 collisions")]["fact_id"].unique()
    assert len(collisions) == 1
    r = row(demo_matrix, collisions[0])
    assert r["n_groups"] >= 4
    assert source_of["demo-oped"] in r["missing_from"]  # the op-ed leaves the collisions out
    assert r["label"].startswith("claim: ")


def test_the_op_ed_leaves_out_the_shared_safety_figures(demo_matrix: pd.DataFrame, source_of: dict) -> None:
    table = omissions(demo_matrix).set_index("group")
    assert list(table.reset_index().columns) == list(OMISSION_COLUMNS)
    oped, wire = table.loc[source_of["demo-oped"]], table.loc[source_of["demo-wire"]]
    assert "41 collisions" in oped["shared_missing"]
    assert oped["share_missing"] > wire["share_missing"]  # the wire is the baseline: it has nearly every fact
    assert 0 <= oped["share_missing"] <= 1


# --- the facts table -------------------------------------------------------------------------------------


def test_fact_table_shape(demo_facts: pd.DataFrame) -> None:
    assert list(demo_facts.columns) == list(FACT_COLUMNS)
    assert set(demo_facts["kind"]) == {"quantity", "actor", "speaker", "claim"}
    assert (demo_facts["fact_id"] == demo_facts["kind"] + ":" + demo_facts["key"]).all()
    assert demo_facts.groupby("fact_id")["label"].nunique().max() == 1


def test_offsets_point_into_the_original_text(demo_facts: pd.DataFrame, demo_records: list[dict]) -> None:
    texts = {r["id"]: r["text"] for r in demo_records}
    spans = demo_facts[demo_facts["kind"].isin(["quantity", "actor", "speaker"]) & demo_facts["start"].notna()]
    assert len(spans) > 50
    for r in spans.itertuples(index=False):
        assert texts[r.article_id][r.start : r.end] == r.surface, r


def test_without_original_texts_offsets_are_sentence_relative(demo_scores: framing.Scores, demo_records: list[dict]) -> None:
    texts = {r["id"]: r["text"] for r in demo_records}
    table = facts(demo_scores, kinds=("quantity",))
    wire = table[table["article_id"] == "demo-wire"]  # clean copy: the approximation is exact
    assert all(texts["demo-wire"][r.start : r.end] == r.surface for r in wire.itertuples(index=False))


@pytest.mark.parametrize(
    ("speaker", "is_fact"),
    [("Dana Okafor", True), ("Priya Raman", True), ("Downs Police", True),
     ("critics", False), ("sources close to the council", False), ("Cycling", False), ("many", False)],
)
def test_only_named_speakers_are_facts(demo_facts: pd.DataFrame, speaker: str, is_fact: bool) -> None:
    keys = set(demo_facts.loc[demo_facts["kind"] == "speaker", "key"])
    assert (name_key(speaker) in keys) is is_fact


def test_a_title_before_a_name_is_the_same_speaker(demo_facts: pd.DataFrame) -> None:
    # the release's "Council Leader Cllr Dana Okafor" and the wire's "Council leader Cllr Dana Okafor"
    okafor = demo_facts[(demo_facts["kind"] == "speaker") & (demo_facts["key"] == "dana okafor")]
    assert {"demo-wire", "demo-release", "demo-quotes"} <= set(okafor["article_id"])


@pytest.mark.parametrize(
    ("name", "key"),
    [("Dana Okafor", "dana okafor"), ("Dr. Priya Raman", "dr priya raman"), ("Amélie  Delagrange", "amelie delagrange"),
     ("Kingsway Traders' Association", "kingsway traders association"), ("Okafor's", "okafor"), ("", "")],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


# --- claims ----------------------------------------------------------------------------------------------


def sentence_table(rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        [{"article_id": a, "sentence_id": i, "text": t, "start": 0, "end": len(t)} for i, (a, t) in enumerate(rows)]
    )


@pytest.mark.parametrize(
    ("rows", "n_claims"),
    [
        # the same fact in other words, two articles: one claim
        ([("a", "Police recorded 41 collisions involving cyclists on Kingsway in five years."),
          ("b", "According to police, 41 collisions involving cyclists were recorded on Kingsway over five years.")], 1),
        # the same sentence twice in one article is no claim across articles
        ([("a", "Police recorded 41 collisions involving cyclists on Kingsway in five years."),
          ("a", "Police recorded 41 collisions involving cyclists on Kingsway in five years.")], 0),
        # same story, different facts
        ([("a", "Police recorded 41 collisions involving cyclists on Kingsway in five years."),
          ("b", "The council will add 90 parking spaces at the Station Road car park.")], 0),
        # too short to be a claim
        ([("a", "What happens next?"), ("b", "What happens next?")], 0),
        ([], 0),
    ],
)
def test_claim_clusters(rows: list[tuple[str, str]], n_claims: int) -> None:
    clusters = claim_clusters(sentence_table(rows))
    assert (clusters["claim"].nunique() if len(clusters) else 0) == n_claims
    assert list(clusters.columns) == ["claim", "article_id", "sentence_id", "similarity", "central", "terms"]


def test_a_claim_must_span_two_groups_when_groups_are_given() -> None:
    table = sentence_table([
        ("a", "Police recorded 41 collisions involving cyclists on Kingsway in five years."),
        ("b", "Police recorded 41 collisions involving cyclists on Kingsway in five years."),
    ])
    assert claim_clusters(table)["claim"].nunique() == 1
    assert claim_clusters(table, groups={"a": "Herald", "b": "Herald"}).empty


# --- the coverage matrix ---------------------------------------------------------------------------------


def test_matrix_columns_and_order(demo_matrix: pd.DataFrame, demo_scores: framing.Scores) -> None:
    groups = list(demo_scores.articles["source"])
    assert demo_matrix.attrs["groups"] == groups
    assert list(demo_matrix.columns) == ["fact_id", "kind", "key", "label", *groups, "n_groups", "only_in", "missing_from"]
    assert (demo_matrix["n_groups"] == (demo_matrix[groups] > 0).sum(axis=1)).all()
    assert demo_matrix["fact_id"].is_unique
    kinds = list(dict.fromkeys(demo_matrix["kind"]))
    assert kinds == ["quantity", "actor", "speaker", "claim"]
    for _, part in demo_matrix.groupby("kind", sort=False):
        assert part["n_groups"].is_monotonic_decreasing


def test_min_groups_and_chosen_groups(demo_facts: pd.DataFrame, source_of: dict) -> None:
    shared = coverage_matrix(demo_facts, min_groups=3)
    assert (shared["n_groups"] >= 3).all() and shared["only_in"].isna().all()
    two = [source_of["demo-wire"], source_of["demo-oped"]]
    narrow = coverage_matrix(demo_facts, groups=two)
    assert narrow.attrs["groups"] == two
    assert (narrow["n_groups"] <= 2).all()


def test_groups_by_article(demo_scores: framing.Scores) -> None:
    matrix = coverage_matrix(facts(demo_scores, by="article_id", kinds=("quantity",)))
    assert matrix.attrs["groups"] == list(demo_scores.articles["article_id"])
    assert row(matrix, "quantity:GBP 240000")["only_in"] == "demo-quotes"


def test_blank_source_falls_back_to_the_article_id() -> None:
    scores = framing.score([
        Article(text="The council approved a £3.2m plan that removes 140 parking spaces.", article_id="x1", source=""),
        Article(text="A £3.2 million plan will remove 140 parking spaces, the council said.", article_id="x2", source="Herald"),
    ])
    scores.articles.loc[scores.articles["article_id"] == "x1", "source"] = ""
    matrix = coverage_matrix(facts(scores))
    assert matrix.attrs["groups"] == ["x1", "Herald"]
    assert row(matrix, "quantity:GBP 3200000")["n_groups"] == 2


# --- degenerate runs -------------------------------------------------------------------------------------


def test_one_article(demo_records: list[dict]) -> None:
    scores = framing.score(demo_articles(demo_records[:1]))
    table = facts(scores)
    assert len(table) and "claim" not in set(table["kind"])  # a claim needs two articles
    matrix = coverage_matrix(table)
    assert matrix.attrs["groups"] == ["Vale Press Agency"]
    assert (matrix["only_in"] == "Vale Press Agency").all() and (matrix["missing_from"].map(len) == 0).all()
    summary = omissions(matrix)
    assert summary.loc[0, "n_shared_missing"] == 0
    check = same_story(scores)
    assert check.same_story and check.outliers == [] and "Nothing to compare" in check.message
    assert check.similarity.shape == (1, 1)


def test_empty_run_gives_empty_tables() -> None:
    scores = framing.score([])
    table = facts(scores)
    assert table.empty and list(table.columns) == list(FACT_COLUMNS)
    matrix = coverage_matrix(table)
    assert matrix.empty and list(matrix.columns) == ["fact_id", "kind", "key", "label", "n_groups", "only_in", "missing_from"]
    assert omissions(matrix).empty
    check = same_story(scores)
    assert isinstance(check, StoryCheck) and check.same_story and check.similarity.empty


# --- same story ------------------------------------------------------------------------------------------


def test_the_demo_corpus_is_one_story(demo_scores: framing.Scores) -> None:
    check = same_story(demo_scores)
    assert check.same_story and check.outliers == []
    groups = list(demo_scores.articles["source"])
    assert list(check.similarity.index) == groups == list(check.similarity.columns)
    assert check.similarity.to_numpy().diagonal().tolist() == [1.0] * len(groups)
    assert same_story(demo_scores, by="article_id").same_story


def test_an_off_topic_article_is_flagged(demo_records: list[dict]) -> None:
    articles = [*demo_articles(demo_records), Article(text=OFF_TOPIC, article_id="match", source="Harbour Sport")]
    check = same_story(framing.score(articles))
    assert not check.same_story
    assert check.outliers == ["Harbour Sport"]
    assert "Harbour Sport" in check.message
    sim = check.similarity
    assert sim.loc["Harbour Sport"].drop("Harbour Sport").max() < sim.loc["Vale Press Agency"].drop(["Vale Press Agency", "Harbour Sport"]).min()


def test_two_unrelated_articles_are_both_outliers(demo_records: list[dict]) -> None:
    articles = [*demo_articles(demo_records[:1]), Article(text=OFF_TOPIC, article_id="match", source="Harbour Sport")]
    check = same_story(framing.score(articles))
    assert not check.same_story and set(check.outliers) == {"Vale Press Agency", "Harbour Sport"}


# --- speed -----------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_fifty_four_sources_line_up(demo_records: list[dict]) -> None:
    """Many sources at once (speed is measured by benchmarks/report_speed.py, not here)."""
    articles = [
        Article(text=r["text"], article_id=f"{r['id']}-{k}", source=f"{r['source']} {k}") for k in range(9) for r in demo_records
    ]
    scores = framing.score(articles)
    matrix = coverage_matrix(facts(scores))
    assert len(omissions(matrix)) == 54
    assert same_story(scores).same_story
    assert len(matrix.attrs["groups"]) == 54


# --- the seeds -------------------------------------------------------------------------------------------


@pytest.mark.seeds
def test_seed_coverage(seed_scores: framing.Scores) -> None:
    matrix = coverage_matrix(facts(seed_scores, kinds=("quantity",)))
    groups = matrix.attrs["groups"]
    assert len(groups) == 5
    quote_driven = seed_scores.articles.set_index("source")["quoted_share"].idxmax()
    package = row(matrix, "quantity:GBP 2400000")  # "£2.4m" / "£2.4million"
    assert package["only_in"] == quote_driven
    amendment = row(matrix, "quantity:GBP 4490000")  # the "£4.49 million" inquiry amendment
    assert 1 < amendment["n_groups"] < len(groups)
    assert quote_driven not in amendment["missing_from"]
    assert same_story(seed_scores).same_story
