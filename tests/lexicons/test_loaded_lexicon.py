"""The shipped loaded-language lexicon: schema, duplicates, provenance and hash, and matching."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from importlib import resources

import pytest

import framing.lexicons as lexicons
from framing.lexicons import NEUTRAL, load_lexicon, tokenize

CATEGORIES = {"emotive", "evaluative", "pejorative", "booster", "hyperbole", "one_sided_verb", "presupposition",
              "insinuating_hedge", NEUTRAL}


def raw_rows() -> list[dict[str, str]]:
    raw = resources.files("framing.lexicons").joinpath("loaded.v1.tsv").read_text(encoding="utf-8")
    assert raw.splitlines()[0] == "term\tcategory\tstrength\tpos\tnote"
    return list(csv.DictReader(io.StringIO(raw), delimiter="\t", quoting=csv.QUOTE_NONE))


def meta() -> dict:
    return json.loads(resources.files("framing.lexicons").joinpath("loaded.v1.meta.json").read_text(encoding="utf-8"))


def test_schema() -> None:
    rows = raw_rows()
    for row in rows:
        assert None not in row and len(row) == 5, row
        assert row["category"] in CATEGORIES, row
        assert row["pos"] in {"adj", "adv", "noun", "verb", "phrase"}, row
        assert row["term"] == row["term"].strip().lower() and "  " not in row["term"], row
        expected = {"0"} if row["category"] == NEUTRAL else {"1", "2"}
        assert row["strength"] in expected, row


def test_no_duplicate_terms() -> None:
    terms = [row["term"] for row in raw_rows()]
    assert len(terms) == len(set(terms))


def test_thousands_of_entries_where_the_category_warrants_it() -> None:
    counts = meta()["entries_per_category"]
    assert sum(v for k, v in counts.items() if k != NEUTRAL) >= 5000
    assert counts["evaluative"] >= 1000 and counts["emotive"] >= 500 and counts["pejorative"] >= 500


def test_sidecar_provenance_and_hash() -> None:
    m = meta()
    for key in ("source", "licence", "curator", "references", "categories", "sha256", "columns"):
        assert m[key], key
    raw = resources.files("framing.lexicons").joinpath("loaded.v1.tsv").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == m["sha256"] == load_lexicon().sha256
    assert m["n_entries"] == len(raw_rows())
    assert set(m["categories"]) >= CATEGORIES
    assert any("Recasens" in r for r in m["references"]) and any("Hyland" in r for r in m["references"])


def test_a_tampered_lexicon_is_refused(monkeypatch) -> None:
    real = lexicons._read
    monkeypatch.setattr(lexicons, "_read", lambda name: real(name) + b"extra\tevaluative\t2\tadj\t\n" if name.endswith(".tsv") else real(name))
    load_lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match="does not match its sidecar"):
            load_lexicon()
    finally:
        load_lexicon.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The reckless plan was rammed through.", [("reckless", "evaluative"), ("rammed through", "one_sided_verb")]),
        ("Critics slammed the cronies' latest stunt.", [("slammed", "one_sided_verb"), ("cronies", "pejorative"), ("stunt", "presupposition")]),
        ("It was utterly disgraceful.", [("utterly", "booster"), ("disgraceful", "evaluative")]),
        ("The regime's brutal crackdown", [("regime", "pejorative"), ("brutal", "emotive")]),
        ("The plan was rubber-stamped.", [("rubber-stamped", "one_sided_verb")]),
        ("the tip of the iceberg", [("tip of the iceberg", "hyperbole")]),
        # a phrase may hold a possessive or its own punctuation, but never a stray comma or quote mark
        ("It was a dog’s breakfast.", [("dog’s breakfast", "evaluative")]),
        ("They paid for it at taxpayers' expense.", [("at taxpayers' expense", "evaluative")]),
        ("They sold it lock, stock and barrel.", [("lock, stock and barrel", "booster")]),
        ("It was the tip, of the iceberg.", []),
        ("“Tip of the,” iceberg", []),
        # negatives: literal uses, names and neutral reporting
        ("The council said the bridge would close on Tuesday.", []),
        ("Where are shoppers supposed to park?", []),
        ("A boy was hit on a pedestrian crossing.", []),
        ("She was admitted to hospital with heart failure.", []),
        ("The Kingsway Cycle Lane Scheme will replace 140 spaces.", []),
        ("Police said three people died in the attack.", []),
        ("", []),
    ],
)
def test_matching(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.entry.category) for m in load_lexicon().match(text)] == expected


@pytest.mark.parametrize(
    ("text", "negated", "hedged"),
    [("The plan is not reckless.", True, False), ("It wasn't reckless.", True, False),
     ("It was perhaps reckless.", False, True), ("It was reckless.", False, False)],
)
def test_negation_and_hedges(text: str, negated: bool, hedged: bool) -> None:
    (m,) = load_lexicon().match(text)
    assert (m.negated, m.hedged) == (negated, hedged)


def test_offsets_point_at_the_match() -> None:
    text = "They said the so-called reform was a fiasco."
    for m in load_lexicon().match(text):
        assert text[m.start : m.end] == m.text


def test_tokenize_strips_possessives() -> None:
    assert [t for t, _, _ in tokenize("The union boss's pay and the bosses' cars")] == ["the", "union", "boss", "pay", "and", "the", "bosses", "cars"]
