"""Source phrases: the names in them and which names are one speaker."""

from __future__ import annotations

import pytest

from framing.attribution.sources import canonical_speakers, name_key


@pytest.mark.parametrize(
    ("name", "key"),
    [("Sir Mark Rowley", ["Mark", "Rowley"]), ("Dame Ana Ruiz", ["Ana", "Ruiz"]), ("Tom Ellery", ["Tom", "Ellery"]), ("Hale", ["Hale"])],
)
def test_name_key_drops_titles_of_address(name: str, key: list[str]) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("speakers", "expected"),
    [
        # a surname or a titled first name becomes the one fuller name that holds it
        (["Hale", "Martin Hale"], {"Hale": "Martin Hale"}),
        (["Sir Tom", "Sir Tom Ellery"], {"Sir Tom": "Sir Tom Ellery"}),
        # with and without a title of address: one speaker, the titled form
        (["Tom Ellery", "Sir Tom Ellery"], {"Tom Ellery": "Sir Tom Ellery"}),
        # negative: two people share the surname, so "Hale" stays as it is
        (["Hale", "Martin Hale", "Judith Hale"], {}),
        # negative: vague sources and missing speakers are left alone
        (["critics", None, "the mayor"], {}),
    ],
)
def test_canonical_speakers(speakers: list[str | None], expected: dict[str, str]) -> None:
    assert canonical_speakers(speakers) == expected
