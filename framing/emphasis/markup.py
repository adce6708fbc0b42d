"""Typographic emphasis in one sentence: bold/italic, ALL-CAPS words, exclamation marks, scare quotes
and rhetorical questions.

* Bold and italic spans are the ones the segmenter recorded from ``**markdown**`` or HTML
  (:attr:`framing.types.Sentence.emphasis`).
* An ALL-CAPS word is a word of four or more letters, all capitals, that is an ordinary English word
  when lower-cased (wordfreq Zipf ≥ 3: "NEVER", "OURS"), or one of a few short emphatic words ("NOT",
  "OUR", "ALL"), so acronyms ("NHS", "BBC", "MP") are not emphasis; a list of acronyms that are also
  words ("US", "WHO", "NATO") never counts. * A rhetorical question is a question in the author's voice: the sentence ends with "?" outside any
  quotation. Quoted questions are someone else's.
"""

from __future__ import annotations

import functools
import re

from framing.text.words import iter_words
from framing.types import Sentence, Span

__all__ = ["caps_words", "is_rhetorical_question"]

_ACRONYM_WORDS = frozenset(
    "US IT WHO AIDS OR ID AM PM OK UK EU UN NATO NASA FIFA UEFA OPEC COVID UNICEF UNESCO ISIS NAFTA SWAT CEO "
    "GOP MAGA DUP SNP".split()
)
#: Short capitalised words that are emphasis rather than acronyms ("NOT", "OUR").
_SHORT_EMPHATIC = frozenset("NO NOT YES ALL OUR WE YOU ANY NOW BIG BAD MY HIS HER THE AND BUT ONE".split())
_CAPS = re.compile(r"\b[A-Z][A-Z'’]+\b")


@functools.lru_cache(maxsize=16384)
def _is_word(lower: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(lower, "en") >= 3.0


def caps_words(text: str) -> list[tuple[int, int]]:
    """Spans of ALL-CAPS emphasis words in ``text`` (see the module docstring)."""
    out = []
    for m in _CAPS.finditer(text):
        word = m.group().rstrip("'’")
        if word in _ACRONYM_WORDS or not _is_word(word.lower()):
            continue
        if len(word) < 4 and word not in _SHORT_EMPHATIC:
            continue  # "NHS", "BBC", "MP": three letters or fewer are acronyms unless listed
        out.append((m.start(), m.start() + len(word)))
    return out


def is_rhetorical_question(sentence: Sentence, speech: list[Span] | None = None) -> bool:
    """The sentence is a question asked in the author's voice (its "?" is outside quotations)."""
    text = sentence.text.rstrip()
    stripped = text.rstrip("”’\"')]*_ ")
    if not stripped.endswith("?"):
        return False
    mark = len(stripped) - 1
    spans = sentence.quotes if speech is None else speech
    return not any(q.start <= mark <= q.end for q in spans)


def emphasis_words(sentence: Sentence, label: str) -> int:
    """Words of the sentence inside bold (``label="bold"``) or italic spans."""
    spans = [e for e in sentence.emphasis if e.label == label]
    if not spans:
        return 0
    return sum(1 for m in iter_words(sentence.text) if any(e.start <= m.start() and m.end() <= e.end for e in spans))
