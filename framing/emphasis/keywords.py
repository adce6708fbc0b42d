"""Keyword repetition in one article: which terms it repeats, how unusually, and where.

Every content term of 1–4 words (:mod:`framing.text.terms`) is counted over the article. A term's
*keyness* is the log-likelihood ratio of its count against general English (wordfreq):

    keyness = 2 · (c · ln(c / E) − (c − E)),   E = N · f

with ``c`` the term's count in the article, ``N`` the article's word tokens and ``f`` the term's
background frequency (Dunning 1993, *Accurate methods for the statistics of surprise and coincidence*;
Rayson & Garside 2000, *Comparing corpora using frequency profiling*). Higher = the article uses the
term far more than English does. A repeated term is dropped in favour of a longer one that contains it
and occurs nearly as often ("grooming gang" → "grooming gang cases"), so keywords are maximal phrases.

The *repetition index* separates keyword stuffing from topic words: a story about a mayor names the
mayor often, but an SEO page re-types the same multi-word phrase again and again. It is the share of
the article's words that re-use a multi-word key phrase (two or more words, three or more uses)
already used earlier:

    repetition_index = 100 · |tokens in the 2nd, 3rd … uses of repeated key phrases| / N

(higher = more repetitive; 0 when no phrase is repeated three times).
"""

from __future__ import annotations

import functools
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from framing.emphasis.markup import caps_words
from framing.lexicons import tokenize
from framing.text.terms import Gram, background_frequency, grams, is_content, stem
from framing.types import Sentence

__all__ = ["Keyword", "KeywordStats", "article_keywords", "headline_echo", "keyness"]

_HEAD_BLOCKS = ("headline",)
_BODY_BLOCKS = ("paragraph", "bullet", "table", "subheading")


@dataclass
class Keyword:
    """A term repeated in an article.

    Attributes:
        key: Stems of the term's words ("groom gang case").
        text: Its most frequent written form ("Grooming Gang Cases").
        n: Words in the term.
        count: Uses in the article.
        keyness: Log-likelihood against general English (module docstring). Higher = more unusual.
        sentence_ids: Sentences it occurs in, in order.
        occurrences: ``(sentence_id, start, end)`` per use, in the sentence's text coordinates.
        emphasis: Why it counts as *emphasised* (possibly empty): ``headline`` (in the headline),
            ``markup`` (bold, italic or ALL CAPS at least once), ``phrase`` (a multi-word phrase used three
            or more times), ``loaded`` (a loaded-language or emotive lexicon term at least once).
    """

    key: str
    text: str
    n: int
    count: int
    keyness: float
    sentence_ids: list[int]
    occurrences: list[tuple[int, int, int]] = field(repr=False)
    emphasis: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "term": self.text, "key": self.key, "count": self.count, "keyness": self.keyness,
            "emphasis": list(self.emphasis), "sentence_ids": list(self.sentence_ids),
        }


@dataclass
class KeywordStats:
    """Keyword statistics of one article (see the module docstring).

    Attributes:
        n_tokens: Word tokens in the article.
        keywords: Repeated terms, maximal phrases only, most key first.
        repetition_index: Percentage of words re-using a multi-word key phrase. Higher = more repetitive.
        headline_echo: Share of the body's content words whose stem is a headline content word; NaN
            without a headline or body. Higher = the body keeps re-using the headline's words.
    """

    n_tokens: int
    keywords: list[Keyword]
    repetition_index: float
    headline_echo: float


def keyness(count: int, n_tokens: int, frequency: float) -> float:
    """Log-likelihood of ``count`` uses in ``n_tokens`` words against a background ``frequency``."""
    expected = n_tokens * frequency
    if count <= 0 or expected <= 0:
        return 0.0
    return 2.0 * (count * math.log(count / expected) - (count - expected))


def _loaded(s: Sentence, g: Gram) -> bool:
    from framing.lexicons import load_lexicon  # the lexicons load lazily, once

    for name in ("loaded", "emotive"):
        for m in load_lexicon(name).match(s.text):
            if m.start < g.end and g.start < m.end and not m.negated:
                return True
    return False


def _markup(s: Sentence, g: Gram) -> bool:
    if any(e.start <= g.start and g.end <= e.end for e in s.emphasis):
        return True
    return any(g.start <= a and b <= g.end for a, b in caps_words(s.text))  # not acronyms


@functools.lru_cache(maxsize=32)
def article_keywords(sentences: tuple[Sentence, ...], *, min_count: int = 2, top: int = 25) -> KeywordStats:
    """Keyword statistics of an article (memoised: the sentence and article measures share them).

    Args:
        sentences: The article's sentences, in order.
        min_count: Fewest uses for a term to be a keyword.
        top: Most keywords kept, by keyness.
    """
    uses: dict[str, list[tuple[Sentence, Gram]]] = defaultdict(list)
    n_tokens = 0
    for s in sentences:
        n_tokens += len(tokenize(s.text))
        for g in grams(s.text):
            uses[g.key].append((s, g))
    counts = {k: len(v) for k, v in uses.items() if len(v) >= min_count}
    # maximal phrases: drop a term when a longer repeated term containing it has ≥ 75% of its uses
    longer: dict[str, int] = {}
    for k, c in counts.items():
        words = k.split()
        for n in range(1, len(words)):
            for i in range(len(words) - n + 1):
                sub = " ".join(words[i : i + n])
                longer[sub] = max(longer.get(sub, 0), c)
    keywords = []
    for k, c in counts.items():
        if longer.get(k, 0) >= 0.75 * c:
            continue
        occ = uses[k]
        text = Counter(g.text for _, g in occ).most_common(1)[0][0]
        n = occ[0][1].n
        score = keyness(c, n_tokens, background_frequency(" ".join(t for t, _, _ in tokenize(text))))
        if score <= 0:
            continue
        emphasis = []
        if any(s.block in _HEAD_BLOCKS for s, _ in occ):
            emphasis.append("headline")
        if any(_markup(s, g) for s, g in occ):
            emphasis.append("markup")
        if n >= 2 and c >= 3:
            emphasis.append("phrase")
        if any(_loaded(s, g) for s, g in occ):
            emphasis.append("loaded")
        keywords.append(Keyword(
            key=k, text=text, n=n, count=c, keyness=score,
            sentence_ids=sorted({s.sentence_id for s, _ in occ}),
            occurrences=[(s.sentence_id, g.start, g.end) for s, g in occ],
            emphasis=emphasis,
        ))
    keywords.sort(key=lambda kw: (-kw.keyness, kw.key))
    kept: list[Keyword] = []
    taken: set[tuple[int, int]] = set()  # (sentence_id, token start) used by a kept keyword
    for kw in keywords:
        spans = [{(sid, start) for start in range(a, b)} for sid, a, b in kw.occurrences]
        if kept and all(span & taken for span in spans):
            continue  # every use sits inside a stronger keyword's uses ("Scheme In Ashford Vale")
        kept.append(kw)
        for span in spans:
            taken |= span
        if len(kept) == top:
            break
    keywords = kept
    return KeywordStats(n_tokens, keywords, _repetition_index(uses, n_tokens), _headline_echo(sentences))


def _repetition_index(uses: dict[str, list[tuple[Sentence, Gram]]], n_tokens: int) -> float:
    if n_tokens == 0:
        return math.nan
    covered: set[tuple[int, int]] = set()  # (sentence_id, token start) of re-used tokens
    for occ in uses.values():
        if len(occ) < 3 or occ[0][1].n < 2:
            continue
        for s, g in occ[1:]:
            covered.update((s.sentence_id, g.start + start) for _, start, _ in tokenize(g.text))
    return 100.0 * len(covered) / n_tokens


def _headline_echo(sentences: tuple[Sentence, ...]) -> float:
    head = [s.text for s in sentences if s.block in _HEAD_BLOCKS]
    return headline_echo(head, [s.text for s in sentences if s.block in _BODY_BLOCKS])


def headline_echo(headline: list[str], body: list[str]) -> float:
    """Share of the body's content words whose stem is a headline content word; NaN when either is empty."""
    head = {stem(t) for text in headline for t, _, _ in tokenize(text) if is_content(t)}
    words = [stem(t) for text in body for t, _, _ in tokenize(text) if is_content(t)]
    if not head or not words:
        return math.nan
    return sum(t in head for t in words) / len(words)

