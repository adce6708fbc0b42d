"""The emotive-phrasing lexicon (superlatives, dramatic metaphors, fear and outrage appeals, absolutes,
minimisers): schema, duplicates, no overlap with loaded.v1, provenance and hash, and matching."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from importlib import resources

import pytest

from framing.lexicons import NEUTRAL, Lexicon, load_lexicon

CATEGORIES = {"superlative", "dramatic_metaphor", "fear_appeal", "outrage_appeal", "absolute", "minimiser", NEUTRAL}
#: loaded.v1 categories the emotive-phrasing measure counts together with this lexicon
COMBINED = {"emotive", "booster", "hyperbole"}
#: entries allowed to overlap a loaded.v1 match: 'earthquake' is inside loaded.v1 'political earthquake'
ALLOWED_OVERLAP = {"earthquake"}


def raw_rows(name: str = "emotive") -> list[dict[str, str]]:
    raw = resources.files("framing.lexicons").joinpath(f"{name}.v1.tsv").read_text(encoding="utf-8")
    assert raw.splitlines()[0] == "term\tcategory\tstrength\tpos\tnote"
    return list(csv.DictReader(io.StringIO(raw), delimiter="\t", quoting=csv.QUOTE_NONE))


def meta() -> dict:
    return json.loads(resources.files("framing.lexicons").joinpath("emotive.v1.meta.json").read_text(encoding="utf-8"))


def test_schema() -> None:
    for row in raw_rows():
        assert None not in row and len(row) == 5, row
        assert row["category"] in CATEGORIES, row
        assert row["pos"] in {"adj", "adv", "noun", "verb", "phrase"}, row
        assert row["term"] == row["term"].strip().lower() and "  " not in row["term"], row
        assert "’" not in row["term"] and '"' not in "".join(row.values()), row
        assert (row["pos"] == "phrase") == (" " in row["term"]), row
        assert row["strength"] in ({"0"} if row["category"] == NEUTRAL else {"1", "2"}), row


def test_no_duplicate_terms_and_sorted() -> None:
    terms = [row["term"] for row in raw_rows()]
    assert len(terms) == len(set(terms))
    assert terms == sorted(terms)


def test_no_term_of_loaded() -> None:
    loaded_terms = {row["term"] for row in raw_rows("loaded")}
    assert not {row["term"] for row in raw_rows()} & loaded_terms


def test_no_overlap_with_the_loaded_categories_it_is_counted_with() -> None:
    """The emotive-phrasing measure adds these matches to loaded.v1's emotive, booster and hyperbole
    matches: neither lexicon may match inside the other's terms, or a phrase would count twice."""
    emotive, loaded = load_lexicon("emotive"), load_lexicon("loaded")
    inside_ours = {e.term for e in emotive.entries if e.category != NEUTRAL
                   and any(m.entry.category in COMBINED for m in loaded.match(e.term, skip_names=False))}
    inside_loaded = {m.entry.term for e in loaded.entries if e.category in COMBINED for m in emotive.match(e.term, skip_names=False)}
    assert inside_ours - ALLOWED_OVERLAP == set()
    assert inside_loaded - ALLOWED_OVERLAP == set()


def test_every_entry_matches_itself_and_every_neutral_phrase_blocks_an_entry() -> None:
    lexicon = load_lexicon("emotive")
    positive = Lexicon("emotive", "v1", [e for e in lexicon.entries if e.category != NEUTRAL], lexicon.meta)
    for entry in lexicon.entries:
        if entry.category == NEUTRAL:
            assert positive.match(entry.term, skip_names=False), entry.term
            assert lexicon.match(entry.term, skip_names=False) == [], entry.term
        else:
            assert [m.entry for m in lexicon.match(entry.term, skip_names=False)] == [entry]


def test_sidecar_provenance_and_hash() -> None:
    m = meta()
    assert (m["name"], m["version"]) == ("emotive", "v1")
    for key in ("description", "source", "licence", "curator", "created", "references", "categories", "sha256", "columns"):
        assert m[key], key
    assert "Not copied or derived" in m["source"]
    raw = resources.files("framing.lexicons").joinpath("emotive.v1.tsv").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == m["sha256"] == load_lexicon("emotive").sha256
    rows = raw_rows()
    assert m["n_entries"] == len(rows)
    assert m["entries_per_category"] == {c: sum(r["category"] == c for r in rows) for c in sorted(CATEGORIES)}
    assert set(m["categories"]) == CATEGORIES
    category_of = {r["term"]: r["category"] for r in rows}
    for name, category in m["categories"].items():
        assert category["description"] and 4 <= len(category["examples"]) <= 8, name
        for example in category["examples"]:
            assert category_of.get(example) == name, (name, example)
    assert any("Da San Martino" in r for r in m["references"]) and any("Pomerantz" in r for r in m["references"])


def test_every_category_has_entries() -> None:
    counts = meta()["entries_per_category"]
    assert all(counts[c] >= 30 for c in CATEGORIES), counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Time is running out before it is too late.", [("Time is running out", "fear_appeal"), ("before it is too late", "fear_appeal")]),
        ("No one is safe, and you could be next.", [("No one is safe", "fear_appeal"), ("you could be next", "fear_appeal")]),
        ("The fine was a mere slap on the wrist.", [("mere", "minimiser")]),
        ("The cut is merely a drop in the ocean.", [("merely", "minimiser"), ("drop in the ocean", "minimiser")]),
        ("It was blamed on a few bad apples.", [("few bad apples", "minimiser")]),
        ("How dare they? It beggars belief.", [("How dare", "outrage_appeal"), ("beggars belief", "outrage_appeal")]),
        ("Enough is enough: they think we are stupid.", [("Enough is enough", "outrage_appeal"), ("they think we are stupid", "outrage_appeal")]),
        ("Not a single minister turned up, time and time again.", [("Not a single", "absolute"), ("time and time again", "absolute")]),
        ("It was the wettest June since records began.", [("since records began", "superlative")]),
        ("The worst floods in recorded history", [("in recorded history", "superlative")]),
        ("the trial of the century", [("of the century", "superlative")]),
        ("Britain is sleepwalking into a doom loop.", [("sleepwalking into", "fear_appeal"), ("doom loop", "dramatic_metaphor")]),
        ("The economy was brought to its knees.", [("brought to its knees", "dramatic_metaphor")]),
        ("The vote was an earthquake for the party.", [("earthquake", "dramatic_metaphor")]),
        # negatives: literal uses blocked by neutral phrases, and neutral reporting
        ("The council met on Tuesday.", []),
        ("An earthquake measuring 6.1 hit the earthquake zone.", []),
        ("Schools were closed at the turn of the century.", []),
        ("He swore to tell nothing but the truth.", []),
        ("They served apple crumble.", []),
        ("He was held under threat of deportation.", []),
        ("It was not merely a delay but a cancellation.", []),
        ("The whole World Cup was watched on television.", []),
        ("", []),
    ],
)
def test_matching(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.entry.category) for m in load_lexicon("emotive").match(text)] == expected


@pytest.mark.parametrize(
    ("text", "negated"),
    [("It is not a drop in the ocean.", True), ("This isn't a small price to pay.", True), ("It is a drop in the ocean.", False)],
)
def test_negation(text: str, negated: bool) -> None:
    (m,) = load_lexicon("emotive").match(text)
    assert m.negated is negated


def test_inflected_forms_match_the_lemma() -> None:
    lexicon = load_lexicon("emotive")
    for text, term in [("Costs snowballed.", "snowball"),
                       ("Critics say it beggared belief.", "beggar belief"),
                       ("They stoked the flames.", "stoke the flames")]:
        assert term in [m.entry.term for m in lexicon.match(text)], text
