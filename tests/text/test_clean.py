from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing.text.clean import clean_text, clean_with_offsets

CASES = [
    # (text, expected) — defects repaired
    ("lessons have been learned.As horrifying testimonies emerge", "lessons have been learned. As horrifying testimonies emerge"),
    ("cuts across party lines,touching on policing,community relations", "cuts across party lines, touching on policing, community relations"),
    ("consequences for failure.Ofsted-style notices", "consequences for failure. Ofsted-style notices"),
    ("Why now?Because the vote was close.", "Why now? Because the vote was close."),
    ("he said it was “complex.”He left.", "he said it was “complex.” He left."),
    ("shops;cafes and pubs", "shops; cafes and pubs"),
    ("These **Grooming Gang Cases** demand", "These Grooming Gang Cases demand"),
    ("a __bold__ claim and an *italic* one", "a bold claim and an italic one"),
    ("  lots   of\n space\u00a0here  ", "lots of space here"),
    ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
    # negatives: must stay as they are
    ("a £4.49 million inquiry", "a £4.49 million inquiry"),
    ("about 9,000 cases", "about 9,000 cases"),
    ("the U.K. Home Office", "the U.K. Home Office"),
    ("Dr.Smith arrived", "Dr.Smith arrived"),
    ("Sir Mark Rowley", "Sir Mark Rowley"),
    ("facilities, e.g. libraries", "facilities, e.g. libraries"),
    ("visit www.example.Com today", "visit www.example.Com today"),
    ("snake_case and f*ck stay", "snake_case and f*ck stay"),
    ("Required fields are marked *", "Required fields are marked *"),
    ("1,2,3 and 10:30", "1,2,3 and 10:30"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_clean_text(text: str, expected: str) -> None:
    assert clean_text(text) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("| Key Demand | Main Target | Political Risk |", "Key Demand; Main Target; Political Risk"),
        ("| Cost | £3.2 million |", "Cost; £3.2 million"),
        ("Cost | 140", "Cost; 140"),
    ],
)
def test_clean_table_row(row: str, expected: str) -> None:
    assert clean_text(row, table=True) == expected


def test_offsets_point_at_the_original_characters() -> None:
    text = "The **Kingsway** vote was close.Critics said shops,cafes and pubs would suffer."
    cleaned = clean_with_offsets(text, base=100)
    assert cleaned.text == "The Kingsway vote was close. Critics said shops, cafes and pubs would suffer."
    for i, ch in enumerate(cleaned.text):
        original = text[cleaned.offsets[i] - 100]
        assert ch == original or (ch == " " and not original.isspace() and original.isalpha())
    start, end = cleaned.source_span(cleaned.text.index("Kingsway"), cleaned.text.index("Kingsway") + 8)
    assert text[start - 100 : end - 100] == "Kingsway"


def test_emphasis_spans_are_recorded_in_source_offsets() -> None:
    text = "These **Grooming Gang Cases** and *this*."
    cleaned = clean_with_offsets(text)
    assert [(text[s.start : s.end], s.label) for s in cleaned.emphasis] == [
        ("Grooming Gang Cases", "bold"),
        ("this", "italic"),
    ]


@given(st.text(alphabet=st.sampled_from(list("ab A.,;*_|“”\n 9")), max_size=60))
def test_offsets_are_monotonic_and_in_range(text: str) -> None:
    cleaned = clean_with_offsets(text)
    assert len(cleaned.offsets) == len(cleaned.text)
    assert all(0 <= o <= len(text) for o in cleaned.offsets)
    assert cleaned.offsets == sorted(cleaned.offsets)
    assert cleaned.text == cleaned.text.strip()
    assert "  " not in cleaned.text
