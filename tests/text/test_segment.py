from __future__ import annotations

from pathlib import Path

import pytest

import framing
from framing.text.clean import clean_text
from framing.text.segment import segment, split_sentences
from framing.types import Article
from tests.conftest import seed_paths

SYNTHETIC = (
    "Council faces fury over Kingsway plan\n\n"
    "Critics demanded answers after lessons were not learned.As horrifying details emerged,the row grew. "
    "The issue cuts across party lines,touching on policing and trade. "
    "Dr. Priya Raman of the U.K. Transport Institute said costs rose 4.49 per cent, e.g. for steel. "
    "Sir Mark said 9,000 cases and £4.49 million were involved.\n"
    "These **Kingsway Cycle Lane** plans are *new*.\n"
    "- A bullet point.\n"
    "| Key Demand | Main Target |\n"
    "|---|---|\n"
    "| Full review | Mayor |\n"
    "Deliveries run until 10 a.m. Some traders say that is too short.\n"
    "“This is utterly disgraceful,” said Cllr Hale. “We will fight it.”\n"
    "Share This Article\n"
    "Leave a Reply\n"
)


def texts_of(text: str) -> list[str]:
    return [s.text for s in segment(Article(text)).sentences]


def test_synthetic_defects_are_repaired() -> None:
    sentences = texts_of(SYNTHETIC)
    assert "Critics demanded answers after lessons were not learned." in sentences
    assert "As horrifying details emerged, the row grew." in sentences
    assert "The issue cuts across party lines, touching on policing and trade." in sentences
    assert "Dr. Priya Raman of the U.K. Transport Institute said costs rose 4.49 per cent, e.g. for steel." in sentences
    assert "Sir Mark said 9,000 cases and £4.49 million were involved." in sentences
    assert "These Kingsway Cycle Lane plans are new." in sentences
    assert "Deliveries run until 10 a.m." in sentences
    assert not any("Share This Article" in s or "Leave a Reply" in s for s in sentences)
    assert not any("|" in s for s in sentences)


def test_blocks_paragraphs_and_voice() -> None:
    seg = segment(Article(SYNTHETIC))
    by_text = {s.text: s for s in seg.sentences}
    assert seg.title == "Council faces fury over Kingsway plan"
    assert by_text["Council faces fury over Kingsway plan"].block == "headline"
    assert by_text["A bullet point."].block == "bullet"
    assert by_text["Key Demand; Main Target"].block == "table"
    assert by_text["Full review; Mayor"].block == "table"
    assert by_text["Key Demand; Main Target"].paragraph == by_text["Full review; Mayor"].paragraph
    assert by_text["“This is utterly disgraceful,” said Cllr Hale."].voice == "mixed"
    assert by_text["“We will fight it.”"].voice == "quoted"
    assert by_text["A bullet point."].voice == "author"
    assert [s.sentence_id for s in seg.sentences] == list(range(len(seg.sentences)))
    assert [r.rule for r in seg.dropped] == ["share", "comments"]


def test_emphasis_spans_in_sentence_coordinates() -> None:
    seg = segment(Article(SYNTHETIC))
    s = next(s for s in seg.sentences if s.text.startswith("These Kingsway"))
    assert [(s.text[e.start : e.end], e.label) for e in s.emphasis] == [("Kingsway Cycle Lane", "bold"), ("new", "italic")]
    start, end = s.original_span(s.emphasis[0].start, s.emphasis[0].end)
    assert SYNTHETIC[start:end] == "Kingsway Cycle Lane"


def test_quote_spanning_sentences_marks_each_sentence_quoted() -> None:
    text = "She said: “We are not against cyclists. We are against closures. Nobody asked us.”"
    voices = [(s.text, s.voice) for s in segment(Article(text)).sentences]
    assert voices == [
        ("She said: “We are not against cyclists.", "mixed"),
        ("We are against closures.", "quoted"),
        ("Nobody asked us.”", "quoted"),
    ]


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "#", "***", "|---|", "Hello", "“", "Share This Article"])
def test_degenerate_articles_never_raise(text: str) -> None:
    seg = segment(Article(text or " "))
    for s in seg.sentences:
        assert s.text


def assert_offsets_round_trip(text: str) -> None:
    for s in segment(Article(text)).sentences:
        assert clean_text(text[s.start : s.end], table=s.block == "table") == s.text
        assert 0 <= s.start < s.end <= len(text)


def test_offsets_round_trip_synthetic() -> None:
    assert_offsets_round_trip(SYNTHETIC)


def test_offsets_round_trip_demo(demo_records: list[dict]) -> None:
    for record in demo_records:
        assert_offsets_round_trip(record["text"])


@pytest.mark.seeds
@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name)
def test_offsets_round_trip_seeds(path: Path) -> None:
    assert_offsets_round_trip(path.read_text(encoding="utf-8"))


@pytest.mark.seeds
@pytest.mark.parametrize(
    ("check", "description"),
    [
        (lambda t: not ("learned." in t and "As horrifying" in t), "learned./As horrifying split"),
        (lambda t: "party lines,touching" not in t, "comma space restored"),
        (lambda t: "Share This Article" not in t, "share boilerplate dropped"),
        (lambda t: "Leave a Reply" not in t, "comment boilerplate dropped"),
        (lambda t: not t.lstrip().startswith("|") and "|---" not in t, "no markdown table rows"),
        (lambda t: "**" not in t, "bold markers removed"),
    ],
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_seed_sentences(seed_scores: framing.Scores, check, description: str) -> None:
    bad = [t for t in seed_scores.sentences["text"] if not check(t)]
    assert not bad, f"{description}: {bad[:3]}"


@pytest.mark.seeds
@pytest.mark.parametrize(
    "needle",
    ["party lines, touching on policing", "£4.49 million", "9,000", "Sir Mark", "As horrifying testimonies"],
)
def test_seed_strings_intact(seed_scores: framing.Scores, needle: str) -> None:
    assert seed_scores.sentences["text"].str.contains(needle, regex=False).any()


@pytest.mark.seeds
def test_seed_table_rows_are_table_block(seed_scores: framing.Scores) -> None:
    table = seed_scores.sentences[seed_scores.sentences["block"] == "table"]
    assert "Key Demand; Main Target; Political Risk" in set(table["text"])
    prose = seed_scores.sentences[seed_scores.sentences["block"] != "table"]
    assert not prose["text"].str.contains("Key Demand", regex=False).any()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rose 4.49 per cent. Then it fell.", ["It rose 4.49 per cent.", "Then it fell."]),
        ("Work ends at 10 a.m. Some say that is early.", ["Work ends at 10 a.m.", "Some say that is early."]),
        ("He lives in the U.S. The move was sudden.", ["He lives in the U.S.", "The move was sudden."]),
        # negatives
        ("Dr. Smith spoke to the U.K. Home Office.", ["Dr. Smith spoke to the U.K. Home Office."]),
        ("It opens at 9 a.m. Monday to Friday.", ["It opens at 9 a.m. Monday to Friday."]),
        # a title before a name never ends a sentence (sentencex splits after "Ms." and "Cllr.")
        ("Like many drivers, Ms. Oduya says the lane is narrow.", ["Like many drivers, Ms. Oduya says the lane is narrow."]),
        ("On Monday, Cllr. Hale voted against.", ["On Monday, Cllr. Hale voted against."]),
        ("Ask Ms. Oduya. Then ask Cllr. Hale.", ["Ask Ms. Oduya.", "Then ask Cllr. Hale."]),
        # a short attribution stays with the quotation it closes; negatives: no speech verb, a quotation of its own
        ("“Is that fair?” Hale asked.", ["“Is that fair?” Hale asked."]),
        ("“I won. OK?” Hale told reporters.", ["“I won.", "OK?” Hale told reporters."]),
        ("“Why?” The answer is simple.", ["“Why?”", "The answer is simple."]),
        ("“We won.” Hale said: “And we will again.”", ["“We won.”", "Hale said: “And we will again.”"]),
        # "Jr." can end a sentence
        ("The road is named for Martin Luther King Jr. It opened in 1990.",
         ["The road is named for Martin Luther King Jr.", "It opened in 1990."]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected
