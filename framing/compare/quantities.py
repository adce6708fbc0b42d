"""Quantities: numbers with a unit or a currency, normalised so that one figure written three ways is one fact.

A *quantity* is a number that says how much of something: ``£2.4m``, ``45 per cent``, ``9,000 cases``,
``15 years``. :func:`find_quantities` finds them with rules (no model), in this order:

1. **Currency**: ``£``, ``$``/``US$``, ``€`` before a number, with an optional multiplier glued or after a
   space: ``k``/``thousand`` (×10³), ``m``/``mn``/``million`` (×10⁶), ``bn``/``billion`` (×10⁹),
   ``tn``/``trillion`` (×10¹²). Unit ``GBP``, ``USD`` or ``EUR``; ``£2.4m`` = ``£2.4 million`` =
   ``£2,400,000`` = ``£2.4million`` (value 2,400,000). A number followed by ``pounds``, ``dollars`` or
   ``euros`` is the same currency (``five million pounds``). ``$`` is taken as US dollars.
2. **Percentages**: ``45%``, ``45 per cent``, ``45 percent``, ``45pc`` → unit ``%``.
3. **Counts and measures**: a number followed (after an optional ``hundred``/``thousand``/``million``/
   ``billion``) by a short run of up to four words, none of them a function word, month or weekday; the
   unit is the first *plural noun* of the run, lemmatised to its singular with lemminflect
   (``9,000 child exploitation cases`` → ``case``; ``140 on-street parking spaces`` → ``space``; ``41
   collisions involving cyclists`` → ``collision``). Plural-only nouns (``people``, ``staff``,
   ``police``) are their own unit. For a value of exactly 1 the unit is the last noun of the run
   (``1 case``). A hyphenated compound counts too: ``18-month`` → ``month``; ``15-year-old`` →
   ``year-old`` (an age, kept apart from a duration). Short units glued to the number are read from a
   fixed list (``20mph``, ``5km``, ``3kg``).
4. **Number words**: ``two`` … ``nineteen``, ``twenty`` … ``ninety`` (``twenty-five``), each optionally
   times ``hundred``/``thousand``/``million``/``billion`` (``twelve hundred`` = 1,200), and ``a
   hundred``/``a thousand``/``a million``/``a billion``; they take units by rules 2 and 3 only
   (``Eighteen months`` = ``18 months``; ``seven votes``). ``one`` alone is left out: it is far more
   often a pronoun or determiner ("one of the seven", "one academic") than a count.

Excluded: a bare number with no unit ("voted 7–5", "Twelve hundred."); phone numbers (a leading ``+``
or ``0``, or groups of digits separated by spaces or hyphens); times (``10 a.m.``, ``10:30``, ``10am``);
dates and years (``12 March``, ``March 12``, ``in 2023``: a four-digit 1800–2099 with no separator is a
year unless a plural unit follows and no ``the``/preposition/month precedes it); ordinals and list
markers (``1st``, ``1.``); numbers inside words and ids (``COVID-19``, ``A1``, ``v2``). Hedges around a
number ("approximately", "more than") are not part of the quantity: ``more than 11,000 officers`` is
11,000 officers. Ranges (``10-15 years``) give their upper end.

:attr:`Quantity.key` is the normalised form used to align facts across articles: ``"<unit> <value>"``
with the value written without exponent or trailing zeros (``"GBP 2400000"``, ``"case 9000"``,
``"% 45"``, ``"% 4.5"``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from framing.text.lemmas import lemminflect

__all__ = ["Quantity", "find_quantities", "quantity_key"]


@dataclass(frozen=True)
class Quantity:
    """One quantity in a text.

    Attributes:
        value: The number, multipliers applied (``£2.4m`` → 2400000.0).
        unit: ``GBP``, ``USD``, ``EUR``, ``%`` or a singular noun (``case``, ``year``).
        start: Offset of the first character (the currency sign, if any) in the text.
        end: Offset one past the last character (the unit word, multiplier or per-cent sign).
        surface: ``text[start:end]`` as written.
    """

    value: float
    unit: str
    start: int
    end: int
    surface: str

    @property
    def key(self) -> str:
        """Normalised ``"<unit> <value>"`` (see :func:`quantity_key`)."""
        return quantity_key(self.value, self.unit)


def _plain(value: Decimal | float) -> str:
    d = Decimal(str(value)) if isinstance(value, float) else value
    d = d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()
    return format(d, "f")


def quantity_key(value: float, unit: str) -> str:
    """``"<unit> <value>"``, the value in plain notation: ``quantity_key(2.4e6, "GBP") == "GBP 2400000"``."""
    return f"{unit} {_plain(value)}"


_CURRENCY_SIGNS = {"£": "GBP", "$": "USD", "US$": "USD", "€": "EUR"}
_CURRENCY_WORDS = {"pound": "GBP", "dollar": "USD", "euro": "EUR"}
_MULTIPLIERS = {
    "k": 3, "thousand": 3, "m": 6, "mn": 6, "million": 6, "bn": 9, "billion": 9, "tn": 12, "trillion": 12,
    "hundred": 2,
}
_GLUED_UNITS = {"mph": "mph", "kph": "kph", "km": "km", "kg": "kg", "mm": "mm", "cm": "cm", "ml": "ml", "mg": "mg",
                "kw": "kW", "mw": "MW", "gw": "GW", "kwh": "kWh", "ft": "ft"}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
#: Words that end a unit run: scikit-learn's stop words (minus nouns that can be units), months, weekdays.
_BREAK = (
    frozenset(ENGLISH_STOP_WORDS)
    - frozenset("bill system fire side part interest detail name top bottom front amount call mill".split())
) | _CALENDAR | frozenset("o'clock am pm a.m p.m per cent percent".split())
_PLURAL_ONLY = frozenset("people staff police personnel cattle crew data".split())
_YEAR_BEFORE = frozenset("the in since by from until till to of and or between before after during 's".split()) | _CALENDAR

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CURRENCY = re.compile(
    rf"(?<![\w$£€])(?P<sym>US\$|[£$€])\s?(?P<num>{_NUM})"
    r"(?:\s?(?P<mult>bn|mn|tn|m|k|thousand|million|billion|trillion)(?![\w]))?(?![\w.,]\d|\w)",
    re.IGNORECASE,
)
_NUMBER = re.compile(rf"(?<![\w$£€.,:/+\-–‑])(?P<num>{_NUM})(?![.,:/]\d|\d)")
_RANGE_NUMBER = re.compile(rf"(?<=\d[\-–])(?P<num>{_NUM})(?![.,:/]\d|\d)")
_WORD_NUM = re.compile(
    r"(?<![\w\-])(?:(?P<a>a)\s+(?P<amult>hundred|thousand|million|billion)"
    r"|(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\-\s](?P<ones>one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?P<small>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))"
    r"(?:\s+(?P<mult>hundred|thousand|million|billion))?(?![\w\-])",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![\w+])(?:\+\d[\d\s\-()]{6,}\d|\(?0\d{2,4}\)?[\s\-]?\d{3,4}[\s\-]?\d{3,4})(?!\d)")
_TIME = re.compile(r"(?<![\w.])\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\b\.?|o'clock|GMT\b|BST\b)", re.IGNORECASE)
_PERCENT = re.compile(r"\s?%|\s?per\s?cent\b|\s?percent\b|pc\b", re.IGNORECASE)
_GLUED = re.compile(r"(?P<u>[A-Za-z]+)\b")
_HYPHEN_UNIT = re.compile(r"[\-‑](?P<w>[a-z]+)(?P<old>-old)?\b")
_MULT_AFTER = re.compile(r"\s+(?P<mult>hundred|thousand|million|billion)\b", re.IGNORECASE)
_RUN_WORD = re.compile(r"\s+(?P<w>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")
_PREV_WORD = re.compile(r"([A-Za-z']+)\W*$")


@functools.lru_cache(maxsize=16384)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:

    return lemminflect().getAllLemmas(word)


def _plural_noun(word: str) -> str | None:
    """The singular of ``word`` when it is a plural noun (lower case), else None."""
    if word in _PLURAL_ONLY:
        return word
    nouns = _lemmas(word).get("NOUN")
    if nouns:
        return nouns[0] if nouns[0] != word else None
    if not _lemmas(word) and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]  # a word lemminflect does not know ("e-scooters")
    return None


def _noun(word: str) -> bool:
    return "NOUN" in _lemmas(word) or (not _lemmas(word) and word.isalpha())


def _unit_after(text: str, pos: int, value: Decimal) -> tuple[str, int] | None:
    """``(unit, end)`` of the unit run starting at ``text[pos:]``, or None."""
    words: list[tuple[str, int]] = []
    cursor = pos
    while len(words) < 4:
        m = _RUN_WORD.match(text, cursor)
        if m is None or "\n" in text[cursor : m.start("w")]:
            break
        raw = m.group("w").replace("’", "'")
        low = re.sub(r"'s$|'$", "", raw.lower())
        if not low or low in _BREAK:
            break
        end = m.end() - (len(raw) - len(low))  # a possessive's apostrophe is not part of the unit
        words.append((low, end))
        cursor = m.end()
        singular = _plural_noun(low) if "-" not in low else _plural_noun(low.rsplit("-", 1)[1])
        if singular is not None:
            return _CURRENCY_WORDS.get(singular, singular), end
    if value == 1:
        for low, end in reversed(words[:3]):
            if "-" not in low and _noun(low):
                return low, end
    return None


def _is_year(text: str, start: int, num: str) -> bool:
    if not (len(num) == 4 and num.isdigit() and 1800 <= int(num) <= 2099):
        return False
    prev = _PREV_WORD.search(text[max(0, start - 20) : start])
    return prev is not None and (prev.group(1).lower() in _YEAR_BEFORE or text[max(0, start - 4) : start].rstrip().endswith(("'s", "’s")))


def _tail(text: str, pos: int, value: Decimal, *, glued: bool) -> tuple[str, int, Decimal] | None:
    """Unit, end and value (multiplier applied) of the number ending at ``pos``; None for a bare number."""
    m = _PERCENT.match(text, pos)
    if m:
        return "%", m.end(), value
    if glued:
        g = _GLUED.match(text, pos)
        if g:
            unit = _GLUED_UNITS.get(g.group("u").lower())
            return (unit, g.end(), value) if unit else None
        h = _HYPHEN_UNIT.match(text, pos)
        if h:
            word = h.group("w")
            if word in _BREAK or not _noun(word):
                return None
            unit = _plural_noun(word) or word
            if h.group("old"):
                return f"{unit}-old", h.end(), value
            return unit, h.end(), value
    m = _MULT_AFTER.match(text, pos)
    if m:
        value = value * (Decimal(10) ** _MULTIPLIERS[m.group("mult").lower()])
        pos = m.end()
    found = _unit_after(text, pos, value)
    if found is None:
        return None
    return found[0], found[1], value


def _word_value(m: re.Match[str]) -> Decimal:
    if m.group("a"):
        return Decimal(10) ** _MULTIPLIERS[m.group("amult").lower()]
    if m.group("tens"):
        value = _TENS[m.group("tens").lower()] + (_ONES[m.group("ones").lower()] if m.group("ones") else 0)
    else:
        small = m.group("small").lower()
        value = _TEENS.get(small) or _ONES[small]
    out = Decimal(value)
    if m.group("mult"):
        out *= Decimal(10) ** _MULTIPLIERS[m.group("mult").lower()]
    return out


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in ``text`` (rules in the module docstring), in reading order.

    Args:
        text: Any text; offsets are into this string.

    Returns:
        One :class:`Quantity` per figure, ``[start, end)`` into ``text`` (end exclusive). Empty for
        empty text or a text with no quantity.
    """
    if not text:
        return []
    taken: list[tuple[int, int]] = [m.span() for m in _PHONE.finditer(text)]
    taken += [m.span() for m in _TIME.finditer(text)]
    out: list[Quantity] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    def add(value: Decimal, unit: str, start: int, end: int) -> None:
        out.append(Quantity(float(value), unit, start, end, text[start:end]))
        taken.append((start, end))

    for m in _CURRENCY.finditer(text):
        if not free(*m.span()):
            continue
        value = Decimal(m.group("num").replace(",", ""))
        if m.group("mult"):
            value *= Decimal(10) ** _MULTIPLIERS[m.group("mult").lower()]
        add(value, _CURRENCY_SIGNS[m.group("sym").upper()], m.start(), m.end())

    for pattern in (_NUMBER, _RANGE_NUMBER):
        for m in pattern.finditer(text):
            num = m.group("num")
            start, end = m.span()
            if not free(start, end):
                continue
            if len(num) > 1 and num[0] == "0" and num[1] != ".":
                continue  # "01632": a phone or an id
            if pattern is _NUMBER and text[end : end + 1] in {"-", "–"} and re.match(r"[\-–]\d", text[end:]):
                continue  # first number of a range or score ("7–5", "10-15 years")
            value = Decimal(num.replace(",", ""))
            glued = end < len(text) and (text[end].isalpha() or text[end] in "-‑")
            tail = _tail(text, end, value, glued=glued)
            if tail is None:
                continue
            unit, stop, value = tail
            if unit != "%" and _is_year(text, start, num):
                continue
            add(value, unit, start, stop)

    for m in _WORD_NUM.finditer(text):
        if not free(*m.span()):
            continue
        value = _word_value(m)
        tail = _tail(text, m.end(), value, glued=False)
        if tail is None:
            continue
        unit, stop, value = tail
        add(value, unit, m.start(), stop)

    return sorted(out, key=lambda q: (q.start, q.end))
