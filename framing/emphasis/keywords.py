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
from collections.abc import Sequence
from dataclasses import dataclass, field

from framing.emphasis.markup import caps_words
from framing.lexicons import tokenize
from framing.text.terms import background_frequency, is_content, stem, term_spans
from framing.types import Sentence, Sentences

__all__ = ["Keyword", "KeywordStats", "article_keywords", "headline_echo", "keyness", "keyword_stats"]

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


#: One use of a term in a sentence, as :func:`~framing.text.terms.term_spans` gives it:
#: ``(key, start, end, n)`` with ``[start, end)`` in the sentence's text and ``n`` words.
Span = tuple[str, int, int, int]


def _loaded(s: Sentence, g: Span) -> bool:
    _, start, end, _ = g
    for name in ("loaded", "emotive"):
        for m in s.lexicon_matches(name):
            if m.start < end and start < m.end and not m.negated:
                return True
    return False


def _markup(s: Sentence, g: Span, caps: list[tuple[int, int]]) -> bool:
    """``g`` is bold, italic or ALL CAPS; ``caps`` is ``caps_words(s.text)``."""
    _, start, end, _ = g
    if any(e.start <= start and end <= e.end for e in s.emphasis):
        return True
    return any(start <= a and b <= end for a, b in caps)  # not acronyms


def article_keywords(sentences: Sequence[Sentence], *, min_count: int = 2, top: int = 25) -> KeywordStats:
    """Keyword statistics of an article.

    Args:
        sentences: The article's sentences, in order.
        min_count: Fewest uses for a term to be a keyword.
        top: Most keywords kept, by keyness.
    """
    n_tokens = sum(len(s.lexicon_tokens) for s in sentences)
    # the uses of the terms that can matter: keywords, and phrases the repetition index counts
    least = min(min_count, 3)
    frequent = _recurring_stems(sentences) if least >= 2 else None
    per_sentence = [(s, term_spans(s.text, tokens=s.lexicon_tokens, frequent=frequent)) for s in sentences]
    totals = Counter(key for _, spans in per_sentence for key, _, _, _ in spans)
    uses: dict[str, list[tuple[Sentence, Span]]] = defaultdict(list)
    for s, spans in per_sentence:
        for span in spans:
            if totals[span[0]] >= least:
                uses[span[0]].append((s, span))
    caps: dict[int, list[tuple[int, int]]] = {}  # ALL-CAPS words by sentence_id, found when first needed

    def markup(s: Sentence, g: Span) -> bool:
        if s.sentence_id not in caps:
            caps[s.sentence_id] = caps_words(s.text)
        return _markup(s, g, caps[s.sentence_id])

    counts = {k: len(v) for k, v in uses.items() if len(v) >= min_count}
    # maximal phrases: drop a term when a longer repeated term containing it has ≥ 75% of its uses
    longer: dict[str, int] = {}
    for k, c in counts.items():
        words = k.split()
        for n in range(1, len(words)):
            for i in range(len(words) - n + 1):
                sub = " ".join(words[i : i + n])
                longer[sub] = max(longer.get(sub, 0), c)
    candidates: list[tuple[float, str, str]] = []  # (keyness, key, text)
    for k, c in counts.items():
        if longer.get(k, 0) >= 0.75 * c:
            continue
        written = [s.text[g[1] : g[2]] for s, g in uses[k]]
        text = written[0]
        if any(w != text for w in written):
            text = Counter(written).most_common(1)[0][0]
        score = keyness(c, n_tokens, _frequency(text))
        if score > 0:
            candidates.append((score, k, text))
    candidates.sort(key=lambda x: (-x[0], x[1]))
    keywords: list[Keyword] = []
    # characters of each sentence used by a kept keyword
    taken = {s.sentence_id: bytearray(len(s.text)) for s in sentences}
    for score, k, text in candidates:
        occ = uses[k]
        if keywords and all(1 in taken[s.sentence_id][g[1] : g[2]] for s, g in occ):
            continue  # every use sits inside a stronger keyword's uses ("Scheme In Ashford Vale")
        for s, g in occ:
            taken[s.sentence_id][g[1] : g[2]] = b"\x01" * (g[2] - g[1])
        n, c = occ[0][1][3], len(occ)
        emphasis = []
        if any(s.block in _HEAD_BLOCKS for s, _ in occ):
            emphasis.append("headline")
        if any(markup(s, g) for s, g in occ):
            emphasis.append("markup")
        if n >= 2 and c >= 3:
            emphasis.append("phrase")
        if any(_loaded(s, g) for s, g in occ):
            emphasis.append("loaded")
        keywords.append(Keyword(
            key=k, text=text, n=n, count=c, keyness=score,
            sentence_ids=sorted({s.sentence_id for s, _ in occ}),
            occurrences=[(s.sentence_id, g[1], g[2]) for s, g in occ],
            emphasis=emphasis,
        ))
        if len(keywords) == top:
            break
    return KeywordStats(n_tokens, keywords, _repetition_index(uses, n_tokens), _headline_echo(sentences))


def _recurring_stems(sentences: Sequence[Sentence]) -> set[str]:
    """Stems of the content words used twice or more: a term used twice starts and ends with such
    words, so the others can start or end no keyword (:func:`~framing.text.terms.term_spans`'s
    ``frequent``)."""
    seen: set[str] = set()
    recurring: set[str] = set()
    for s in sentences:
        for t, _, _ in s.lexicon_tokens:
            if is_content(t):
                st = stem(t)
                if st in seen:
                    recurring.add(st)
                seen.add(st)
    return recurring


@functools.lru_cache(maxsize=16384)
def _frequency(term: str) -> float:
    """Background frequency of a term as written (its lower-cased word tokens, joined by spaces)."""
    return background_frequency(" ".join(t for t, _, _ in tokenize(term)))


def keyword_stats(sentences: Sequence[Sentence]) -> KeywordStats:
    """:func:`article_keywords` with the default settings, computed once per article: an article's
    :class:`~framing.types.Sentences` keep them (:attr:`~framing.types.Sentences.keywords`), so the
    sentence and article repetition measures share them."""
    return sentences.keywords if isinstance(sentences, Sentences) else article_keywords(sentences)


def _repetition_index(uses: dict[str, list[tuple[Sentence, Span]]], n_tokens: int) -> float:
    if n_tokens == 0:
        return math.nan
    covered: set[tuple[int, int]] = set()  # (sentence_id, token start) of re-used tokens
    for occ in uses.values():
        if len(occ) < 3 or occ[0][1][3] < 2:
            continue
        for s, (_, first, end, _) in occ[1:]:
            covered.update((s.sentence_id, first + start) for _, start, _ in tokenize(s.text[first:end]))
    return 100.0 * len(covered) / n_tokens


def _headline_echo(sentences: Sequence[Sentence]) -> float:
    head = [s.lexicon_tokens for s in sentences if s.block in _HEAD_BLOCKS]
    return _echo(head, [s.lexicon_tokens for s in sentences if s.block in _BODY_BLOCKS])


def headline_echo(headline: list[str], body: list[str]) -> float:
    """Share of the body's content words whose stem is a headline content word; NaN when either is empty."""
    return _echo([tokenize(text) for text in headline], [tokenize(text) for text in body])


def _echo(headline: list[list[tuple[str, int, int]]], body: list[list[tuple[str, int, int]]]) -> float:
    """:func:`headline_echo` of tokenized texts."""
    head = {stem(t) for tokens in headline for t, _, _ in tokens if is_content(t)}
    words = [stem(t) for tokens in body for t, _, _ in tokens if is_content(t)]
    if not head or not words:
        return math.nan
    return sum(t in head for t in words) / len(words)

