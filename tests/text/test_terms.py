"""Content terms: n-grams with stop-word edges, stem keys, no crossing of punctuation; background
frequency from wordfreq."""

from __future__ import annotations

import pytest

from framing.text.terms import background_frequency, grams, stem


def keys(text: str, max_n: int = 4) -> set[str]:
    return {g.key for g in grams(text, max_n=max_n)}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Grooming Gang Cases rose.", {"groom gang case", "groom", "case"}, {"rose gang"}),
        ("The cost of living bites.", {"cost of live", "cost"}, {"the cost", "of"}),
        # a term never crosses punctuation
        ("It rained, councillors said.", {"rain", "councillor"}, {"rain councillor"}),
        # stop words neither start nor end a term
        ("He said that the mayor spoke.", {"mayor", "mayor spoke"}, {"said", "the mayor", "said that"}),
        ("", set(), {""}),
    ],
)
def test_grams(text: str, present: set[str], absent: set[str]) -> None:
    found = keys(text)
    assert present <= found
    assert not (absent & found)


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("annihilated", "annihil"), ("annihilation", "annihil"), ("grooming", "groom"), ("cases", "case"),
        ("added", "add"),  # Snowball English 3: not "ad"
        ("news", "news"), ("generously", "generous"), ("dying", "die"), ("skies", "sky"), ("", ""),
    ],
)
def test_stem(token: str, expected: str) -> None:
    assert stem(token) == expected


def test_stems_match_the_pure_python_snowball_stemmer() -> None:
    """framing's stemmer runs the compiled PyStemmer when installed; it must stem as the Snowball
    project's pure-Python English stemmer does."""
    from snowballstemmer.english_stemmer import EnglishStemmer

    reference = EnglishStemmer()
    words = ("annihilated grooming gangs councillors accountability generously dying lying skies news "
             "proceeded exceeded succeeded cycling cyclists' reckless recklessly slammed slamming blasted "
             "outrageous outrage hopeful hopefully commissioner's allies allied ally traffickers trafficking "
             "u.k. e-scooters 2,000-page re-election well-being co-operate knives knife hoping hoped").split()
    assert [stem(w) for w in words] == [reference.stemWord(w) for w in words]


def test_word_families_share_a_key() -> None:
    assert keys("annihilated", 1) == keys("annihilation", 1) == keys("annihilate", 1)


def test_offsets_point_into_the_text() -> None:
    text = "The Kingsway  Cycle-Lane scheme."
    for g in grams(text):
        assert text[g.start : g.end] == g.text


def test_background_frequency_orders_words_and_has_a_floor() -> None:
    assert background_frequency("the") > background_frequency("mayor") > background_frequency("annihilation")
    assert background_frequency("qzxvwk") == pytest.approx(1e-8)
    assert background_frequency("grooming gang") < background_frequency("grooming")


@pytest.mark.parametrize(
    "sentences",
    [
        ["Grooming Gang Cases rose again.", "Grooming Gang Cases: the cost of living.", "The cost of living bites."],
        ["The mayor spoke.", "No one listened."],  # nothing recurs
        ["Cycle lane, cycle lane; the cycle-lane scheme.", "A lane for cycles."],
        ["", "Words."],
    ],
)
def test_frequent_keeps_every_term_that_recurs(sentences: list[str]) -> None:
    """With ``frequent`` = the stems used twice or more, term_spans still gives every use of every
    term used twice or more (and nothing that does not start and end on such a stem)."""
    from collections import Counter

    from framing.lexicons import tokenize
    from framing.text.terms import is_content, term_spans

    stems = Counter(stem(t) for text in sentences for t, _, _ in tokenize(text) if is_content(t))
    frequent = {st for st, n in stems.items() if n >= 2}
    full = [term_spans(text) for text in sentences]
    pruned = [term_spans(text, frequent=frequent) for text in sentences]
    totals = Counter(key for spans in full for key, _, _, _ in spans)
    recurring = [[sp for sp in spans if totals[sp[0]] >= 2] for spans in full]
    assert [[sp for sp in spans if totals[sp[0]] >= 2] for spans in pruned] == recurring
    assert all(sp[0].split()[0] in frequent and sp[0].split()[-1] in frequent for spans in pruned for sp in spans)
