"""VADER's analyzer (vaderSentiment 3.3.x) with its hot spots removed, giving the same scores.

framing scores every sentence with VADER (Hutto & Gilbert 2014), which makes it one of the costliest
steps of batch scoring. Upstream ``SentimentIntensityAnalyzer``:

* rebuilds the text character by character to swap emojis for their descriptions, even when the text
  has none;
* lower-cases the whole sentence again inside ``_negation_check`` and ``_special_idioms_check``, which
  run up to three times per sentiment word, so a sentence costs O(words²) ``str.lower`` calls;
* calls ``sentiment_valence`` for every word, though for a word outside its lexicon that only appends 0;
* builds ``SentiText`` and lower-cases the words again for the "but" rule, through small helper calls.

:class:`Analyzer` skips the emoji pass when no character of the text is an emoji (the rebuilt text
would equal the input), lower-cases each sentence once, appends the 0 of a word outside the lexicon
itself, splits the words inline, and returns the all-neutral scores at once when no word is in the
lexicon. The rules, the lexicon and the order of operations are upstream's:
``tests/text/test_vader.py`` checks that every score equals upstream's.
"""

from __future__ import annotations

import string

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    SentiText,
)

__all__ = ["Analyzer"]

_NEGATE = frozenset(NEGATE)
_PUNCTUATION = string.punctuation
#: upstream's score_valence when every word's valence is 0 (compound 0, all neutral), and with no words
_NEUTRAL = {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}
_EMPTY = {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}


class _SentiText(SentiText):
    """Upstream ``SentiText`` for a ``str``: the same words (split at white space, punctuation stripped
    from a word unless that leaves two characters or fewer) and the same ALL-CAPS differential,
    computed inline."""

    def __init__(self, text: str) -> None:
        self.text = text
        words = []
        for token in text.split():
            stripped = token.strip(_PUNCTUATION)
            words.append(token if len(stripped) <= 2 else stripped)
        self.words_and_emoticons = words
        caps = sum(map(str.isupper, words))
        self.is_cap_diff = 0 < len(words) - caps < len(words)


def _negated(word: str) -> bool:
    """Upstream ``negated([word])`` for one lower-cased word."""
    return word in _NEGATE or "n't" in word


class Analyzer(SentimentIntensityAnalyzer):
    """``SentimentIntensityAnalyzer`` with the same scores, faster (see the module docstring).

    Safe to share between threads: the one piece of state, the last sentence's lower-cased words, is
    read and replaced as a single tuple and checked by identity before use.
    """

    def __init__(self) -> None:
        super().__init__()
        self._emoji_chars = frozenset(k for k in self.emojis if len(k) == 1)
        self._last: tuple[list[str], list[str]] | None = None

    def _lowered(self, words: list[str]) -> list[str]:
        last = self._last
        if last is not None and last[0] is words:
            return last[1]
        lowered = [str(w).lower() for w in words]
        self._last = (words, lowered)
        return lowered

    def polarity_scores(self, text: str) -> dict[str, float]:
        if not isinstance(text, str) or not self._emoji_chars.isdisjoint(text):
            return super().polarity_scores(text)
        # upstream, from here on, with the emoji pass skipped: without emojis it rebuilds ``text`` as is
        text = text.strip()
        sentitext = _SentiText(text)
        sentiments: list[float] = []
        words_and_emoticons = sentitext.words_and_emoticons
        lowered = self._lowered(words_and_emoticons)
        lexicon = self.lexicon
        rated = False  # a word of the lexicon was rated
        for i, item in enumerate(lowered):
            valence = 0
            if item in BOOSTER_DICT:
                sentiments.append(valence)
                continue
            if i < len(lowered) - 1 and item == "kind" and lowered[i + 1] == "of":
                sentiments.append(valence)
                continue
            if item not in lexicon:  # upstream's sentiment_valence appends 0 for a word outside its lexicon
                sentiments.append(valence)
                continue
            rated = True
            sentiments = self.sentiment_valence(valence, sentitext, words_and_emoticons[i], i, sentiments)
        if not rated:  # every valence is the integer 0: upstream's score_valence, without the arithmetic
            return dict(_NEUTRAL) if sentiments else dict(_EMPTY)
        sentiments = self._but_check(words_and_emoticons, sentiments)
        return self.score_valence(sentiments, text)

    def _but_check(self, words_and_emoticons: list[str], sentiments: list[float]) -> list[float]:
        # upstream's, with the sentence's lower-cased words taken from the cache
        lowered = self._lowered(words_and_emoticons)
        if "but" in lowered:
            bi = lowered.index("but")
            for sentiment in sentiments:
                si = sentiments.index(sentiment)
                if si < bi:
                    sentiments.pop(si)
                    sentiments.insert(si, sentiment * 0.5)
                elif si > bi:
                    sentiments.pop(si)
                    sentiments.insert(si, sentiment * 1.5)
        return sentiments

    def _negation_check(self, valence: float, words_and_emoticons: list[str], start_i: int, i: int) -> float:
        w = self._lowered(words_and_emoticons)
        if start_i == 0:
            if _negated(w[i - 1]):
                valence = valence * N_SCALAR
        if start_i == 1:
            if w[i - 2] == "never" and (w[i - 1] == "so" or w[i - 1] == "this"):
                valence = valence * 1.25
            elif w[i - 2] == "without" and w[i - 1] == "doubt":
                valence = valence
            elif _negated(w[i - 2]):
                valence = valence * N_SCALAR
        if start_i == 2:
            if w[i - 3] == "never" and (w[i - 2] == "so" or w[i - 2] == "this") or (w[i - 1] == "so" or w[i - 1] == "this"):
                valence = valence * 1.25
            elif w[i - 3] == "without" and (w[i - 2] == "doubt" or w[i - 1] == "doubt"):
                valence = valence
            elif _negated(w[i - 3]):
                valence = valence * N_SCALAR
        return valence

    def _special_idioms_check(self, valence: float, words_and_emoticons: list[str], i: int) -> float:
        w = self._lowered(words_and_emoticons)
        onezero = f"{w[i - 1]} {w[i]}"
        twoonezero = f"{w[i - 2]} {w[i - 1]} {w[i]}"
        twoone = f"{w[i - 2]} {w[i - 1]}"
        threetwoone = f"{w[i - 3]} {w[i - 2]} {w[i - 1]}"
        threetwo = f"{w[i - 3]} {w[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in SPECIAL_CASES:
                valence = SPECIAL_CASES[seq]
                break
        if len(w) - 1 > i:
            zeroone = f"{w[i]} {w[i + 1]}"
            if zeroone in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroone]
        if len(w) - 1 > i + 1:
            zeroonetwo = f"{w[i]} {w[i + 1]} {w[i + 2]}"
            if zeroonetwo in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in BOOSTER_DICT:
                valence = valence + BOOSTER_DICT[n_gram]
        return valence
