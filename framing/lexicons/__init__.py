"""framing's own lexicons: versioned TSV files with a provenance sidecar, matched on lemmas.

Each lexicon is ``<name>.<version>.tsv`` (header: ``term``, ``category``, ``strength``, ``pos``,
``note``) with ``<name>.<version>.meta.json`` beside it (source, licence, curator, references,
categories, sha256 of the TSV). Files are read with :mod:`importlib.resources` and never written at
run time; :func:`load_lexicon` checks the sha256 and refuses a file that does not match its sidecar.

Terms are lemmas ("slam", "ram through", "tip of the iceberg"); :class:`Lexicon` expands them to their
inflected forms with lemminflect (slams, slammed, slamming; rammed through) once at load time, so matching
is a dictionary lookup over word tokens, longest match first.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from framing.text.lemmas import lemminflect

__all__ = [
    "NEUTRAL", "Entry", "Lexicon", "Match", "load_lexicon", "lexicon_sha256", "same_when_lowered_whole", "tokenize",
]

#: Category of entries that are *not* loaded: literal or idiomatic uses that contain a loaded word
#: ("supposed to", "pedestrian crossing", "admitted to hospital"). They match like any entry, so the
#: longest-match rule lets them block the shorter loaded term, and are never reported.
NEUTRAL = "neutral_phrase"
_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|\d+(?:[.,]\d+)*")
_NEGATORS = frozenset({"not", "no", "never", "nobody", "nothing", "neither", "nor", "without", "hardly", "barely", "scarcely"})
_HEDGES = frozenset({"perhaps", "possibly", "arguably", "somewhat", "seemingly", "apparently", "maybe", "fairly", "slightly", "rather"})
_NO_INFLECT = frozenset({"of", "the", "a", "an", "to", "in", "on", "for", "and", "or", "with", "by", "at", "as", "from", "into", "out", "up", "down", "off", "over", "back", "through", "away"})


# Inflections that are also common words of another meaning ("lie" → "lay", "leave" → "left").
_AMBIGUOUS_FORMS = frozenset({"lay", "lain", "left", "found", "saw", "felt", "rose", "ground", "wound", "bore", "fell", "lit", "spat", "leaves"})
#: A possessive ending ("regime's"). A token never ends in a bare apostrophe ("teachers'"): ``_TOKEN``
#: only takes an apostrophe followed by more letters, so "'s" in any case is the one ending to drop.
_POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'S", "’S"})


def same_when_lowered_whole(text: str, lowered: str) -> bool:
    """Slices of ``lowered`` (``text`` lower-cased whole) equal the same slices of ``text`` lower-cased
    one by one: no character changes length when lower-cased ("İ") and there is no capital sigma,
    whose lower case depends on the letters around it."""
    return len(lowered) == len(text) and "Σ" not in text


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Lowercased word tokens of ``text`` with their offsets: ``[(token, start, end), ...]``.

    A possessive ending is not part of the token ("regime's" → "regime", ending before the "'s").
    """
    lowered = text.lower().replace("’", "'")
    out = []
    if not same_when_lowered_whole(text, lowered):
        for m in _TOKEN.finditer(text):
            token = m.group()
            start = m.start()
            if token[-2:] in _POSSESSIVE_ENDINGS:
                token = token[:-2]
            out.append((token.lower().replace("’", "'"), start, start + len(token)))
        return out
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if end - start > 2 and lowered[end - 2 : end] == "'s":  # the lowered forms of _POSSESSIVE_ENDINGS
            end -= 2
        out.append((lowered[start:end], start, end))
    return out


@dataclass(frozen=True)
class Entry:
    """One lexicon row."""

    term: str
    category: str
    strength: int
    pos: str
    note: str = ""


@dataclass(frozen=True)
class Match:
    """A lexicon entry found in a text: ``[start, end)`` in that text's coordinates."""

    entry: Entry
    start: int
    end: int
    text: str
    negated: bool = False
    hedged: bool = False


_UPOS = {"noun": "NOUN", "verb": "VERB", "adj": "ADJ", "adv": None}


@functools.lru_cache(maxsize=None)
def _inflections(token: str, pos: str) -> frozenset[str]:
    """The token and its inflected forms for its part of speech (nouns: plurals; verbs: -s, -ed,
    -ing; adjectives: comparatives; adverbs: none; phrases: all). For a hyphenated token its last part
    is inflected ("flip-flop" → "flip-flopped")."""
    forms = {token}
    head, sep, last = token.rpartition("-")
    upos = _UPOS.get(pos, "ALL")
    if token in _NO_INFLECT or not last.isalpha() or upos is None:
        return frozenset(forms)
    table = lemminflect().getAllInflections(last) if upos == "ALL" else lemminflect().getAllInflections(last, upos=upos)
    for values in table.values():
        forms.update(f"{head}{sep}{v.lower()}" for v in values if v.lower() not in _AMBIGUOUS_FORMS)
    return frozenset(forms)


class Lexicon:
    """A loaded lexicon: entries, provenance, and a longest-match matcher over word tokens."""

    def __init__(self, name: str, version: str, entries: list[Entry], meta: dict) -> None:
        self.name = name
        self.version = version
        self.entries = entries
        self.meta = meta
        self._index: dict[tuple[str, ...], Entry] = {}
        for entry in entries:
            tokens = [t for t, _, _ in tokenize(entry.term)]
            if not tokens:
                continue
            pos = entry.pos if len(tokens) == 1 else "phrase"
            options = [sorted(_inflections(t, pos)) if len(tokens) <= 5 else [t] for t in tokens]
            for combo in itertools.islice(itertools.product(*options), 64):
                self._index.setdefault(tuple(combo), entry)
            self._index[tuple(tokens)] = entry  # the lemma itself always maps to its own entry
        self.max_len = max((len(k) for k in self._index), default=0)
        # For each first token, the lengths of the keys that start with it, longest first: matching
        # tries only those instead of every length up to max_len.
        lengths: dict[str, set[int]] = {}
        for key in self._index:
            lengths.setdefault(key[0], set()).add(len(key))
        self._lengths: dict[str, tuple[int, ...]] = {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}
        # The first two words of every multi-word key: a phrase is tried only where its first two
        # words stand ("the" starts many phrases, but "the reckless" few).
        self._pairs: frozenset[tuple[str, ...]] = frozenset(key[:2] for key in self._index if len(key) > 1)

    @property
    def categories(self) -> list[str]:
        """The loaded-language categories (without :data:`NEUTRAL`)."""
        return sorted({e.category for e in self.entries} - {NEUTRAL})

    @property
    def sha256(self) -> str:
        return self.meta["sha256"]

    def __len__(self) -> int:
        return len(self.entries)

    def match(
        self, text: str, *, skip_names: bool = True, tokens: list[tuple[str, int, int]] | None = None
    ) -> list[Match]:
        """Find loaded entries in ``text``, longest match first, left to right, without overlaps.

        Entries of the :data:`NEUTRAL` category take part in longest matching but are not returned.

        Capitalised matches inside a run of capitalised words are names and are skipped (except in
        Title-Case text, or when ``skip_names`` is false: the source-type lexicon looks inside names). A match is ``negated`` when one of the three tokens before it is a negator ("not", "never",
        "no", a "n't" contraction …) and ``hedged`` when one of the two before it is an epistemic hedge
        ("perhaps", "arguably", "apparently" …).

        Args:
            text: The text to search.
            skip_names: Skip capitalised matches inside names (see above).
            tokens: ``tokenize(text)``, when the caller has it already (it is not recomputed).
        """
        if tokens is None:
            tokens = tokenize(text)
        words = [t for t, _, _ in tokens]
        capital: list[bool] = []

        def in_name(i: int, n: int) -> bool:
            """Matched tokens that are capitalised inside a run of capitalised words are part of a name
            ("Kingsway Cycle Lane Scheme", "the Patriot Act"), not loaded wording."""
            if not skip_names:
                return False
            if not capital:
                capital.extend(text[s].isupper() for _, s, _ in tokens)
            if sum(capital) > 0.6 * len(tokens):
                return False  # a Title-Case headline: capitals say nothing
            if not all(capital[i : i + n]):
                return False
            before = i > 0 and capital[i - 1]
            after = i + n < len(tokens) and capital[i + n]
            return before or after

        out: list[Match] = []
        lengths = self._lengths
        pairs = self._pairs
        free = 0  # tokens before this one are inside an earlier match
        # left to right over the tokens that start some entry; the others cannot start a match
        for i in [i for i, w in enumerate(words) if w in lengths]:
            if i < free:
                continue
            tried = lengths[words[i]]
            if tried[0] > 1 and tuple(words[i : i + 2]) not in pairs:
                tried = tried[-1:] if tried[-1] == 1 else ()  # no phrase starts here: only the word itself
            for n in tried:
                if n > len(tokens) - i:
                    continue
                entry = self._index.get(tuple(words[i : i + n]))
                if entry is None or (n > 1 and not _joined(text, tokens, i, n, entry.term)):
                    continue
                free = i + n
                if entry.category == NEUTRAL or in_name(i, n):
                    break  # a known literal use ("supposed to", "pedestrian crossing") blocks shorter matches
                before = words[max(0, i - 3) : i]
                negated = any(w in _NEGATORS or w.endswith("n't") for w in before)
                hedged = any(w in _HEDGES for w in words[max(0, i - 2) : i])
                start, end = tokens[i][1], tokens[i + n - 1][2]
                out.append(Match(entry, start, end, text[start:end], negated, hedged))
                break
        return out

    def iter_terms(self) -> Iterator[str]:
        return (e.term for e in self.entries)


#: What may stand between two words of a phrase in running text: white space and hyphens, after a
#: possessive ending ("hornet's nest", "taxpayers' expense").
_PHRASE_GAP = re.compile(r"(?:['’]s?)?[\s\-]*")


@functools.lru_cache(maxsize=4096)
def _term_gaps(term: str) -> tuple[str, ...]:
    """The text between consecutive words of a lexicon term, white space collapsed (", " in "lock,
    stock and barrel")."""
    toks = tokenize(term)
    return tuple(" ".join(term[a[2] : b[1]].split()) for a, b in itertools.pairwise(toks))


def _joined(text: str, tokens: list[tuple[str, int, int]], i: int, n: int, term: str) -> bool:
    """Tokens ``i … i+n-1`` of ``text`` form the phrase ``term``: between them only white space or
    hyphens (after a possessive), or the punctuation the term itself has there; never a stray comma
    or quotation mark ("that said" is a phrase, but not in "on that,” said Smith")."""
    own = _term_gaps(term)
    for k in range(i, i + n - 1):
        gap = text[tokens[k][2] : tokens[k + 1][1]]
        if _PHRASE_GAP.fullmatch(gap):
            continue
        if len(own) == n - 1 and " ".join(gap.replace("’", "'").split()) == own[k - i].replace("’", "'"):
            continue
        return False
    return True


def _read(name: str) -> bytes:
    return resources.files("framing.lexicons").joinpath(name).read_bytes()


def lexicon_sha256(name: str, version: str) -> str:
    """SHA-256 of the lexicon's TSV file as shipped."""
    return hashlib.sha256(_read(f"{name}.{version}.tsv")).hexdigest()


@functools.cache
def load_lexicon(name: str = "loaded", version: str = "v1") -> Lexicon:
    """Load a shipped lexicon and check it against its provenance sidecar.

    Raises:
        ValueError: when the TSV's sha256 differs from the sidecar's, or a row is malformed.
    """
    raw = _read(f"{name}.{version}.tsv")
    meta = json.loads(_read(f"{name}.{version}.meta.json"))
    digest = hashlib.sha256(raw).hexdigest()
    if digest != meta.get("sha256"):
        raise ValueError(f"lexicon {name}.{version}: sha256 {digest} does not match its sidecar {meta.get('sha256')}")
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8")), delimiter="\t", quoting=csv.QUOTE_NONE)
    entries = []
    for row in reader:
        entries.append(Entry(row["term"], row["category"], int(row["strength"]), row["pos"], row.get("note") or ""))
    return Lexicon(name, version, entries, meta)
