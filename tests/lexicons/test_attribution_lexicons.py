"""The attribution lexicons (reporting cues with stance classes, source types): schema, duplicates,
provenance and hash."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from importlib import resources

import pytest

from framing.attribution import CUE_CLASSES, SOURCE_TYPES
from framing.lexicons import NEUTRAL, load_lexicon

LEXICONS = {
    "attribution_cues": set(CUE_CLASSES) | {NEUTRAL},
    "source_types": set(SOURCE_TYPES) - {"named_person", "unknown"},
}


def raw_rows(name: str) -> list[dict[str, str]]:
    raw = resources.files("framing.lexicons").joinpath(f"{name}.v1.tsv").read_text(encoding="utf-8")
    assert raw.splitlines()[0] == "term\tcategory\tstrength\tpos\tnote"
    return list(csv.DictReader(io.StringIO(raw), delimiter="\t", quoting=csv.QUOTE_NONE))


def meta(name: str) -> dict:
    return json.loads(resources.files("framing.lexicons").joinpath(f"{name}.v1.meta.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(LEXICONS))
def test_schema(name: str) -> None:
    for row in raw_rows(name):
        assert None not in row and len(row) == 5, row
        assert row["category"] in LEXICONS[name], row
        assert row["pos"] in {"noun", "verb", "phrase"}, row
        assert row["term"] == row["term"].strip().lower() and "  " not in row["term"], row
        assert row["strength"] in ({"0"} if row["category"] == NEUTRAL else {"1", "2"}), row


@pytest.mark.parametrize("name", sorted(LEXICONS))
def test_no_duplicate_terms(name: str) -> None:
    terms = [row["term"] for row in raw_rows(name)]
    assert len(terms) == len(set(terms))


@pytest.mark.parametrize("name", sorted(LEXICONS))
def test_sidecar_provenance_and_hash(name: str) -> None:
    m = meta(name)
    for key in ("source", "licence", "curator", "references", "categories", "sha256", "columns"):
        assert m[key], key
    raw = resources.files("framing.lexicons").joinpath(f"{name}.v1.tsv").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == m["sha256"] == load_lexicon(name).sha256
    assert m["n_entries"] == len(raw_rows(name))
    assert set(m["categories"]) == LEXICONS[name]
    for category in m["categories"].values():
        assert category["description"] and category["examples"]


def test_every_stance_class_has_entries() -> None:
    counts = meta("attribution_cues")["entries_per_category"]
    assert all(counts.get(c, 0) >= 15 for c in CUE_CLASSES), counts


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("That said, we will go.", []),  # a neutral phrase blocks the cue
        # the neutral phrase "that said" does not reach across a closing quotation mark
        ("“You could write a book on that,” said Smith.", ["write", "said"]),
        ("“I know that,” said Smith.", ["know that", "said"]),
    ],
)
def test_phrases_do_not_cross_quotation_marks(text: str, cues: list[str]) -> None:
    matches = load_lexicon("attribution_cues").match(text, skip_names=False)
    assert [m.text for m in matches if m.entry.category != NEUTRAL] == cues
