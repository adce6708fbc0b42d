"""Noun phrases around a reporting cue, on a sentence's tokens (:mod:`framing.attribution.tokens`).

:func:`np_left` finds the source before a cue (with appositions, several of them, between commas or
dashes; joined subjects; a restrictive relative clause), :func:`np_right` the source after it ("…,”
said X, a …"), :func:`antecedent` what a relative pronoun stands for; the small tests beside them
(possessives, a noun reading after a cue word, opening occasions, reduced relatives) are shared with
the cue rules in :mod:`framing.attribution.extract`.
"""

from __future__ import annotations

import functools

from framing.attribution.sources import PRONOUNS
from framing.attribution.tokens import Tok, is_verbish
from framing.attribution.words import (
    AFTER_NOUN,
    APPOSITION_START,
    ASIDES,
    CIRCUMSTANCE_STARTS,
    CLAUSE,
    CONTRACTIONS,
    CUE_PREFIX,
    DAY_WORDS,
    DETERMINERS,
    DOCUMENT_WORDS,
    LEADING,
    MAX_SOURCE,
    MODALS,
    MORE_PREPOSITIONS,
    NP_OPENERS,
    OBJECT_STARTS,
    PARTICIPLES_AFTER_COMMA,
    POLLED,
    PREPOSITIONS,
    QUANTITY,
    SCENE_PREPOSITIONS,
    SKIP_TIME,
    TIME_BEFORE,
    TIME_STARTS,
)
from framing.text.lemmas import lemminflect


@functools.lru_cache(maxsize=16384)
def adverbial(word: str) -> bool:
    """A lower-case ``word`` that can only be an adverb ("Newly uncovered details", "Initially
    suggesting …"): no speaker on its own. Words that can also be adjectives are not, since surnames
    often are ("Jolly said", "Hale said"); nor are unknown words (most names)."""
    return set(lemminflect().getAllLemmas(word)) == {"ADV"}


def circumstance(toks: list[Tok], end: int) -> bool:
    """Tokens ``[0, end)`` are an opening phrase of time, place or occasion, not reported content:
    they start with a preposition or time word and hold no verb or quotation ("In a speech on Tuesday",
    "At a rally in Ohio", "Earlier this week")."""
    if end <= 0 or toks[0].lower not in CIRCUMSTANCE_STARTS or end > 12:
        return False
    return not any(t.mark or t.quoted or (t.word and not t.cap and is_verbish(t.lower)) for t in toks[1:end])


def with_subject(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """The subject of an absolute "with X saying" before the gerund at token ``i`` ("with three in 10
    saying …", "with 62 percent of voters saying …"), or None."""
    for w in range(i - 1, max(-1, i - 10), -1):
        t = toks[w]
        if t.lower == "with":
            return (w + 1, i) if w + 1 < i else None
        if not t.word or t.quoted or t.lower in CLAUSE or (not t.cap and is_verbish(t.lower)):
            return None
    return None


def possessive(toks: list[Tok], k: int) -> bool:
    """Token ``k`` is a possessive ("Hale's", "the party's", "the Ellerys’"), not a contraction ("he's")."""
    t = toks[k]
    if t.lower.endswith("'s"):
        return t.lower not in CONTRACTIONS
    if t.lower.endswith("s'") and t.word:
        return True
    return t.text in {"'", "’"} and k > 0 and toks[k - 1].word and toks[k - 1].lower.endswith("s") and toks[k - 1].end == t.start


def noun_follows(toks: list[Tok], k: int) -> bool:
    """What follows a noun-or-verb cue (token ``k`` on) shows it was a noun: a preposition or
    conjunction ("attacks in Paris", "states and territories") or a verb ("Westmoor attacks test …",
    "the states were …"). An object, a clause, a quotation or the sentence's end do not."""
    if k < len(toks) and toks[k].text in {",", "–", "—"} and toks[k - 1].lower.endswith("s") and not any(t.mark for t in toks):
        return True  # "after the Westmoor attacks, …": a transitive verb would take an object first
    if k >= len(toks) or toks[k].cap or not toks[k].word:
        return False
    low = toks[k].lower
    return low not in OBJECT_STARTS and low not in MODALS and (low in AFTER_NOUN or is_verbish(low))


def np_left(toks: list[Tok], end: int, *, appositions: bool = True) -> tuple[int, int] | None:
    """Token range of the noun phrase ending just before token ``end``, or None."""
    k = end - 1
    if appositions and k >= 2 and toks[k].text in {"—", "–"}:
        # NAME — APPOSITION — cue: "Jason Ellery — a teacher from Leeds — says"
        p = next((x for x in range(k - 1, max(-1, k - 20), -1) if toks[x].text == toks[k].text or toks[x].mark), None)
        if p is not None and p >= 1 and toks[p].text == toks[k].text:
            head = np_left(toks, p, appositions=False)
            if head is not None and (head[0] == 0 or not toks[head[0] - 1].word
                                     or all(t.lower in LEADING or not t.word for t in toks[: head[0]])):
                return (head[0], k)
        return None
    if appositions and k >= 1 and toks[k].text == ",":
        # NAME , APPOSITION , cue
        p = k - 1
        while p >= 0 and toks[p].text != "," and not toks[p].mark and toks[p].text not in ";:—–?!" and k - p <= 45:
            p -= 1
        if p >= 1 and toks[p].text == ",":
            apposition = toks[p + 1 : k]
            # "Hale, responding to the survey, said", "some voters, on television, said": an aside, not a name
            participial = bool(apposition) and (apposition[0].lower.endswith(("ing", "ed")) and is_verbish(apposition[0].lower)
                                                or apposition[0].lower in PREPOSITIONS - {"of"}
                                                or (len(apposition) <= 3 and apposition[0].lower in ASIDES))
            if apposition and (participial or apposition[0].lower in {"who", "whose", "which", "a", "an", "the"} or not any(is_verbish(t.lower) for t in apposition if not t.cap)):
                head = np_left(toks, p, appositions=False)
                if head is not None and (head[0] == 0 or not toks[head[0] - 1].word
                                         or all(t.lower in LEADING or not t.word for t in toks[: head[0]])):
                    if participial:
                        return head
                    # more appositions to the left: "Dean Ellery, 55, a salesman from Leeds, West Yorkshire, said"
                    first = head
                    for _ in range(3):
                        if not (first[0] > 1 and toks[first[0] - 1].text == ","):
                            break
                        left = np_left(toks, first[0] - 1, appositions=False)
                        if left is None or left[1] != first[0] - 1:
                            break
                        first = left
                    if first is not head and (first[0] == 0 or (not toks[first[0] - 1].word and toks[first[0] - 1].text != ",")
                                              or all(t.lower in LEADING or not t.word for t in toks[: first[0]])):
                        return (first[0], k)
                    return (head[0], k)
        return None
    if k >= 0 and toks[k].lower == "to":
        return None  # "is expected to endorse": an infinitive has no speaker of its own
    m = TIME_BEFORE.search(" ".join(t.lower for t in toks[max(0, end - 6) : end]))
    if m and m.start() > 0:  # "The council on Tuesday said", "Cllr Hale last week said": the time is no speaker
        cut = end - len(m.group().split())
        if not (cut >= 2 and toks[cut - 1].lower.endswith("ed") and toks[cut - 2].lower in DOCUMENT_WORDS):
            end = cut  # but "a report published last week found": the time dates the document
            k = end - 1
    start = end
    while k >= 0 and end - k <= MAX_SOURCE:
        t = toks[k]
        if not t.word:
            if t.text in {"'s", "’s", "-", "&", ".", "(", ")", "/", "%"} and k > 0:  # "85% of Democrats"
                start = k
                k -= 1
                continue
            break
        if t.quoted:
            break
        polled = t.lower in POLLED and k > 0 and toks[k - 1].word and not toks[k - 1].cap and (
            toks[k - 1].lower == "those" or toks[k - 1].lower.endswith("s"))  # "those surveyed", "voters polled"
        if t.lower in CLAUSE or (not t.cap and is_verbish(t.lower) and not polled and not reduced_relative(toks, k, len(toks))):
            break
        if t.lower in {"and", "&"}:
            # "Democrats and Republicans", "Cllr Ana Ruiz (Lab) and former mayor Tom Ellery (Ind)"
            if not (k + 1 < len(toks) and k > 0 and (
                    (toks[k - 1].cap or toks[k - 1].text == ")") and any(x.cap for x in toks[k + 1 : min(end, k + 4)])
                    or subject_conjunct(toks, k))):
                break
        start = k
        k -= 1
    while start < end and (toks[start].lower in LEADING or not toks[start].word and toks[start].text != "("):
        start += 1
    while start < end and toks[end - 1].text in {",", "("}:
        end -= 1
    for q in range(end - 1, start, -1):
        # a relative clause without "that": "a probe the agency said was overdue", "all she could say"
        prev = toks[q - 1]
        if (toks[q].lower in NP_OPENERS and prev.word and not prev.cap and not prev.quoted
                and prev.lower not in DETERMINERS | PREPOSITIONS | MORE_PREPOSITIONS | QUANTITY | {"and", "or", "&"}
                and not possessive(toks, q - 1)):
            start = q
            break
    if start < end and toks[start].lower in SCENE_PREPOSITIONS:
        return None  # "with work expected to …", "Amid the row, …": an adverbial, not a speaker
    if end - start == 1 and adverbial(toks[start].lower) and not (toks[start].cap and start > 0):
        return None  # "Newly uncovered details", "or outright denied": an adverb is no speaker
    return (start, end) if start < end else None


def antecedent(toks: list[Tok], end: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at token ``end`` refers to: the words before it back to a verb,
    a clause word, punctuation or a preposition ("a lecture from *the Mexican president*, who said",
    "compared with *23 percent* who said"); "of" stays inside ("the head *of* the group")."""
    k, start = end - 1, end
    while k >= 0 and end - k <= 12:
        t = toks[k]
        if (not t.word and t.text not in {"'s", "’s", "-", "&", "."}) or t.quoted or t.lower in CLAUSE:
            break
        if (not t.cap and is_verbish(t.lower)) or (t.lower in PREPOSITIONS and t.lower != "of"):
            break
        start, k = k, k - 1
    while start < end and (toks[start].lower in LEADING or not toks[start].word):
        start += 1
    return (start, end) if start < end else None


def relative_subject(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """A subject with a restrictive relative clause before the cue at token ``i`` ("Voters who backed
    the lane said", "Executives who have worked with her say"): the noun phrase before "who" opens its
    clause, a verb follows "who" (not "the man who Hale said …"), and nothing between "who" and the cue
    ends a clause. None otherwise."""
    for w in range(i - 2, max(-1, i - 25), -1):
        t = toks[w]
        if t.mark or t.quoted or t.text in {";", ":", "—", "–", "?", "!", "."}:
            return None
        if t.lower == "who":
            after = toks[w + 1]
            if w == 0 or not toks[w - 1].word or after.cap or not (is_verbish(after.lower) or after.lower in CUE_PREFIX):
                return None
            head = np_left(toks, w, appositions=False)
            if head is None or not (head[0] == 0 or (not toks[head[0] - 1].word and toks[head[0] - 1].text != ",")
                                    or all(x.lower in LEADING or not x.word for x in toks[: head[0]])):
                return None
            return (head[0], i)
    return None


def subject_conjunct(toks: list[Tok], k: int) -> bool:
    """The words before "and" at token ``k`` are a whole noun phrase opening its clause ("many experts
    and some lawmakers say", "where Ruiz and her aides believe"), not the object of an earlier verb
    ("approved the plan and critics said")."""
    m = k - 1
    while m >= 0 and k - m <= 8:
        t = toks[m]
        if not t.word or t.quoted or t.lower in LEADING or t.lower in CLAUSE:
            break
        if t.lower in PREPOSITIONS or (not t.cap and is_verbish(t.lower)):
            return False
        m -= 1
    return m < k - 1 and k - m <= 8


def time_or_agent(toks: list[Tok], k: int) -> bool:
    """Token ``k`` opens a time or agent phrase ("Monday", "last week", "by the council", "on Tuesday")."""
    return k < len(toks) and (toks[k].lower in DAY_WORDS or toks[k].lower in PREPOSITIONS)


def reduced_relative(toks: list[Tok], k: int, end: int) -> bool:
    """Token ``k`` is a participle after a noun, before a preposition: a reduced relative clause inside
    the noun phrase ("a poll *released* on Tuesday", "research *conducted* for the centre")."""
    word = toks[k].lower
    return (word.endswith(("ed", "en", "wn")) and 0 < k and k + 1 < end
            and (toks[k + 1].lower in PREPOSITIONS or (toks[k + 1].lower in DAY_WORDS and toks[k - 1].lower in DOCUMENT_WORDS))
            and toks[k - 1].word and not is_verbish(toks[k - 1].lower) and toks[k - 1].lower not in PRONOUNS
            and toks[k - 1].lower not in CUE_PREFIX)


def np_right(toks: list[Tok], begin: int) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at token ``begin`` (an inverted source: "said X")."""
    k = begin
    while k < len(toks) and k - begin < MAX_SOURCE:
        t = toks[k]
        if t.mark or t.text in {",", ";", ":", "—", "–", "?", "!"} or (t.text == "." and k == len(toks) - 1):
            break
        if t.word and (t.lower in CLAUSE or (not t.cap and is_verbish(t.lower) and k > begin)):
            break
        if k > begin and t.lower in TIME_STARTS and SKIP_TIME.match(" ".join(x.text for x in toks[k : k + 10])):
            break  # "said Tom Ellery on Tuesday", "said Ms. Oduya in a statement"
        if k > begin and t.cap and t.lower in SCENE_PREPOSITIONS and t.lower != "of":
            break  # a Title-Case headline: "Says Mayor Hale Amid Row Over Lanes"
        k += 1
    if k == begin or toks[begin].lower in SCENE_PREPOSITIONS:
        return None  # "…, blamed for the delays": a preposition opens no speaker
    # appositions that run to the end of the sentence: ", the mayor of X." / ", head of policy at Y, a
    # consultancy." / ", who chairs the committee."
    if k + 1 < len(toks) and toks[k].text == ",":
        k = appositions_end(toks, k)
    return (begin, k)


def appositions_end(toks: list[Tok], comma: int) -> int:
    """End of the appositions after an inverted source ("said Ana Ruiz, head of transport at Westmoor
    Council, which runs …"): comma-separated pieces up to the end of the sentence (or up to a ", adding …"
    participle), each a noun phrase (starting with an article, a capital, "one", "of" or a lower-case
    noun such as "head", "president") or, from a "who/whose/which" piece on, a relative clause. Returns
    ``comma`` (no apposition) unless the pieces reach that end."""
    pieces: list[tuple[int, int]] = []
    a = m = comma + 1
    n = len(toks)
    while True:
        if m == n or (toks[m].text in ".!?" and m == n - 1):
            pieces.append((a, m))
            break
        t = toks[m]
        if t.mark or t.quoted or t.text in {";", ":", "—", "–", "?", "!"}:
            return comma
        if t.text == ",":
            pieces.append((a, m))
            if m + 1 < n and (toks[m + 1].lower in PARTICIPLES_AFTER_COMMA or toks[m + 1].lower.endswith("ing")):
                break  # ", adding that …": the apposition ends here
            a = m + 1
        m += 1
    end = comma
    relative = False
    for a, b in pieces:
        if a == b:
            return comma
        first = toks[a]
        relative = relative or first.lower in {"who", "whose", "which"}
        if not relative:
            if not (first.lower in APPOSITION_START or first.cap or first.text[0].isdigit()):  # "…, 32, of Leeds"
                if first.lower in PREPOSITIONS and end > comma:
                    return end  # "said Ruiz, a councillor, in a statement": the channel is no apposition
                if (not first.word or first.lower in CLAUSE or first.lower in PREPOSITIONS or first.lower in LEADING
                        or is_verbish(first.lower) or first.lower.endswith(("ing", "ly"))):
                    return comma
            # "a strategist who once worked for …": the verbs of a relative clause inside the piece are its own
            rel = next((x for x in range(a + 1, b) if toks[x].lower in {"who", "whose", "which", "that"}), b)
            if any(not t.cap and is_verbish(t.lower) and not t.lower.endswith(("ing", "ed")) for t in toks[a:rel]):
                return comma  # a clause, not a noun phrase ("the mayor, the council says …")
            relative = rel < b
        end = b
    return end
