from __future__ import annotations

import pytest

from framing.text.quotes import quote_spans


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in quote_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“This is a disgrace,” said Cllr Reddin.", ["This is a disgrace,"]),
        ('"Straight quotes," she said, "work too."', ["Straight quotes,", "work too."]),
        ("the Mayor said there were “no reports” or “indication” of gangs", ["no reports", "indication"]),
        ("London’s cases are ‘Far More Complex,’ says Khan", ["Far More Complex,"]),
        ("It held a so-called ‘consultation’, after all.", ["consultation"]),
        ("He said 'it is over' and left.", ["it is over"]),
        ("« Bonjour » dit-il", [" Bonjour "]),
        ("“Outer ‘inner’ outer,” he said.", ["Outer ‘inner’ outer,"]),
        # mixed styles from careless editing close each other
        ('“I am confident," Sanders said.', ["I am confident,"]),
        ('"I prefer Ruiz,” he said.', ["I prefer Ruiz,"]),
        ('“One," she said, "two.”', ["One,", "two."]),
        # straight quotes nested in curly ones wait for the curly close
        ('“He said "no" to me,” she said.', ['He said "no" to me,']),
        # two apostrophes as a double quote (a newswire convention)
        ("''It's a wild card,'' Ms. Epstein said.", ["It's a wild card,"]),
        ("He said ''no'' twice.", ["no"]),
        # negatives: apostrophes are not quotes
        ("Khan’s office and victims’ families met.", []),
        ("The ’90s were different, don't you think?", []),
        ("It's the council's plan.", []),
        ("no quotes at all", []),
        ("", []),
    ],
)
def test_quote_spans(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_unclosed_double_quote_runs_to_paragraph_end() -> None:
    text = "He said: “We are not against cyclists. We are against closures."
    spans = quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["We are not against cyclists. We are against closures."]
    assert spans[0].label == "double-open"


def test_multi_paragraph_quote_gives_one_span_per_paragraph() -> None:
    text = "Sir Mark said: “Our caseload is complex.\n\n“It will be part of the picture.”"
    first, second = (0, text.index("\n")), (text.index("“It"), len(text))
    assert [text[s.start : s.end] for s in quote_spans(text, [first, second])] == [
        "Our caseload is complex.",
        "It will be part of the picture.",
    ]
