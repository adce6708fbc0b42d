"""Attribution relations from a segmented article, by rules over cue words, quotation marks and
sentence order.

For each cue our ``attribution_cues`` lexicon finds outside quotation marks, in reading order:

* **Source.** The noun phrase just before the cue (with an apposition: "Okafor, a top Ruiz
  adviser, said"), or just after it when the cue follows the content ("…,” said Ellery"). The phrase
  is bounded by punctuation, quotation marks, clause words ("that", "because", "but" …) and finite
  verbs; nothing runs further than 30 tokens. It keeps several appositions ("Dean Ellery, 55, a
  salesman from Leeds, said"; between dashes too), joined subjects ("many experts and some councillors
  say") and a restrictive relative clause ("Voters who backed Ruiz said"). A relative pronoun is the
  source itself, its antecedent the speaker ("the mayor, who said": source "who", speaker "the mayor").
* **Cue words that are also nouns** ("state", "comments", "attacks", "plans") are cues only where a
  verb can stand: not after a determiner, a possessive ("Hale's comments", unless "that" or a quotation
  follows: "Hale's claim that …"), a number, or a name used as a modifier ("the Empire state",
  "Westmoor attacks in …"). A channel joins the cue it follows ("said in a statement"); an opening
  occasion ("In a speech on Tuesday,") is not content. "X seems/appears to …" is an impression with no
  source (the subject joins the content; source type ``unknown``, not a vague source, while "it appears
  that …" stays vague), unless a belief verb follows ("seem to think").
* **Content.** After the cue ("X said (that) …", skipping "told reporters", "on Tuesday", "in a
  statement"), or before it when the cue follows a comma or a closing quotation mark ("…, critics
  said"), plus the rest of the sentence after an inverted source ("“…,” said X, “…”"). A quotation
  that runs over several sentences is followed to its end, in both directions. A cue ending in a colon
  takes the next quotation ("Ellery continued:" + a quoted paragraph).
* **Ambiguous cues** (lexicon strength 1: "added", "found", "showed", "called") count only in an
  explicit speech frame: followed by "that", a colon, a wh-word or a quotation, or placed after the
  content they report.
* "According to X" takes the other side of the sentence as content; participles after a comma
  (", adding that …", ", saying …") start a new relation with the same source; impersonal cues ("it is
  understood that", "reportedly") have no source.
* **Passives** of speech verbs ("was confirmed by the council", "has been widely condemned") take the
  "by" agent as source, or have none (a vague source). An opening "(When) asked (by X) whether …,"
  clause is a relation of its own (the question), apart from what the speaker then says. Time phrases
  ("on Tuesday", "two weeks ago") and asides (", responding to the survey,", ", though,") next to a
  source are no part of it.
* A transcript turn ("CLINTON: …", "Q: …", "A: …" opening a paragraph) is a relation with the colon as
  cue, the label as source and the rest of the paragraph as content.
* A quoted sentence no cue reaches continues the previous quotation when that one ended in the sentence
  or paragraph before (news convention: a new paragraph re-opens the quote); otherwise it becomes a
  relation with no cue, attributed to the last speaker of the two previous paragraphs.

Offsets are computed on each sentence's cleaned text and mapped back to the original text, so every
span points into :attr:`Article.text <framing.types.Article.text>`.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field

from framing.attribution.phrases import (
    antecedent,
    circumstance,
    noun_follows,
    np_left,
    np_right,
    possessive,
    reduced_relative,
    relative_subject,
    time_or_agent,
    with_subject,
)
from framing.attribution.sources import (
    PRONOUNS,
    SpeakerResolver,
    canonical_speakers,
    mentions,
    party,
    source_type,
)
from framing.attribution.tokens import CLOSE_MARKS, OPEN_MARKS, Tok, is_verbish, tokens
from framing.attribution.words import (
    ASK_LEAD,
    ASK_NEXT,
    BE,
    CLAUSE,
    CORE,
    CUE_PREFIX,
    DAY_WORDS,
    DETERMINERS,
    DOCUMENT_WORDS,
    GERUND_LINKS,
    LABEL,
    LEADING,
    NOUN_CONTEXT,
    OBJECT_PRONOUNS,
    PARTICIPLES_AFTER_COMMA,
    PASSIVE_SPEECH,
    PREPOSITIONS,
    QUANTITY,
    SCENE_PREPOSITIONS,
    SKIP_TIME,
    TELL,
    TO_FRAME,
    TO_LINKS,
    WH,
)
from framing.lexicons import NEUTRAL, Lexicon, Match, load_lexicon
from framing.text.lemmas import lemminflect
from framing.text.segment import Segmented
from framing.text.words import count_words
from framing.types import Attribution, Sentence, Span

__all__ = ["CUE_CLASSES", "KINDS", "cue_lexicon", "extract_attributions"]

KINDS: tuple[str, ...] = ("direct", "mixed", "partial", "indirect", "according_to")
CUE_CLASSES: tuple[str, ...] = ("neutral", "distancing", "admission", "endorsing", "combative", "tentative", "belief")


@functools.cache
def cue_lexicon() -> Lexicon:
    """The shipped reporting-cue lexicon (``framing/lexicons/attribution_cues.v1.tsv``)."""
    return load_lexicon("attribution_cues")


@dataclass
class _Draft:
    sid: int
    cue: tuple[int, int] | None  # sentence-text coordinates
    cue_class: str | None
    source: tuple[int, int] | None
    content: list[tuple[int, int, int]] = field(default_factory=list)  # (sid, start, end)
    according: bool = False
    passive: bool = False
    wants_next: bool = False  # a cue ending in a colon: the next quotation is its content
    refers: tuple[int, int] | None = None  # the antecedent of a relative-pronoun source ("X, who said")
    impression: bool = False  # "Ruiz seems tired": the author's impression of a subject, no source at all


def _is_passive(term: str) -> bool:
    return term.startswith("it ") or term in {"reportedly", "allegedly", "supposedly", "purportedly", "rumour has it", "word is", "it emerged", "it has emerged"}


@functools.lru_cache(maxsize=16384)
def _noun_reading(word: str) -> bool:
    return "NOUN" in lemminflect().getAllLemmas(word)


def _cue_matches(s: Sentence) -> list[Match]:
    """Matches of the reporting-cue lexicon in a sentence (names included; neutral entries left out)."""
    matches = cue_lexicon().match(s.text, skip_names=False, tokens=s.lexicon_tokens)
    return [m for m in matches if m.entry.category != NEUTRAL]


def _find_cues(toks: list[Tok], matches: list[Match]) -> list[tuple[int, int, str, int, str]]:
    """``(first token, end token, class, strength, term)`` for each cue outside quotation marks, from
    the sentence's tokens and its :func:`_cue_matches`.

    A single-word cue that can also be a noun ("state", "comments", "plans") is dropped after a
    determiner or preposition and otherwise needs an explicit frame (its strength drops to 1).
    """
    if not toks:
        return []
    by_start = {t.start: i for i, t in enumerate(toks)}
    by_end = {t.end: i for i, t in enumerate(toks)}
    words = [t for t in toks if t.word and t.text[0].isalpha()]
    title_case = (len(words) >= 4 and sum(t.cap for t in words) >= 0.8 * len(words)  # "Ruiz Says He Will Stay"
                  and toks[-1].text != "?" and words[0].lower not in WH | {"do", "does", "did", "can", "will", "should"})
    out = []
    for m in matches:
        i, j = by_start.get(m.start), by_end.get(m.end)
        if i is None:
            i = next((k for k, t in enumerate(toks) if t.start <= m.start < t.end), None)
        if j is None:
            j = next((k for k, t in enumerate(toks) if t.start < m.end <= t.end), None)
        if i is None or j is None or toks[i].quoted:
            continue
        strength = m.entry.strength
        if i == j and (toks[i].lower.endswith(("'s", "’s")) or (toks[i].cap and i > 0 and not title_case)):
            continue
        if m.entry.term == "expect" and i > 0 and toks[i - 1].lower in {"is", "are", "was", "were", "be", "been"}:
            continue  # "is expected to take 18 months": a schedule, not someone's belief
        if i > 1 and toks[i - 1].lower == "to" and toks[i - 2].lower in WH and m.entry.pos == "verb":
            continue  # "whether to ask the committee" reports nothing yet
        if i == j and toks[i].lower.endswith("ing") and i > 0:
            before = toks[i - 1]
            if not (before.text in {",", ":", "—", "–"} or before.lower in CUE_PREFIX or before.lower in {"he", "she", "they", "we", "i", "who", "it"}
                    or before.lower in GERUND_LINKS or with_subject(toks, i) is not None):
                continue  # a gerund or noun ("transport planning", "the warning")
        if i == j and m.entry.pos == "verb" and toks[i].lower.endswith("ed") and i > 0 and (
                toks[i - 1].lower in DETERMINERS or toks[i - 1].lower in PREPOSITIONS or toks[i - 1].lower in QUANTITY
                or toks[i - 1].text[0].isdigit() or possessive(toks, i - 1)):
            continue  # an adjective: "the alleged attack", "758 pledged delegates", "in pledged delegates"
        if i == j and toks[i].lower.endswith("ed") and i > 0 and toks[i - 1].lower in DOCUMENT_WORDS and time_or_agent(toks, j + 1):
            continue  # a participle describing a document: "a poll released Monday", "a memoir published by …"
        gerund = toks[i].lower.endswith("ing") and i > 0 and (toks[i - 1].lower in GERUND_LINKS or toks[i - 1].text in {",", "–", "—"})
        if i == j and toks[i].lower not in CORE and not gerund and _noun_reading(toks[i].lower):
            if i > 0 and toks[i - 1].lower in NOUN_CONTEXT:
                continue
            if i > 0 and possessive(toks, i - 1) and not (j + 1 < len(toks) and (toks[j + 1].lower == "that" or toks[j + 1].mark)):
                continue  # "Hale's comments", "Editor's note", "the Ellerys' plan"; but "Hale's claim that …" reports
            k = i - 1
            while k >= 0 and toks[k].lower in CUE_PREFIX:
                k -= 1
            pronoun = k >= 0 and toks[k].lower in {"he", "she", "they", "we", "i", "it", "who", "you"}
            subject = k >= 0 and (
                toks[k].cap
                or pronoun
                or (toks[k].lower.endswith("s") and toks[k].word and not is_verbish(toks[k].lower) and toks[k].lower not in NOUN_CONTEXT)
            )
            if not subject:
                if toks[i].lower.endswith("s") or toks[i].lower == m.entry.term:
                    continue  # "states", "plans", "support": a verb only right after its subject
                strength = min(strength, 1)
            elif k == i - 1 and toks[k].cap and not pronoun and (
                    (toks[i].lower == m.entry.term and not toks[i].lower.endswith("s") and not toks[k].lower.endswith("s"))
                    or noun_follows(toks, j + 1)):
                continue  # a name as modifier: "the Empire state", "Westmoor attacks in …", "Southern states and …"
        if out and out[-1][1] == i and m.entry.term.startswith("in ") and m.entry.category == "neutral":
            out[-1] = (out[-1][0], j + 1, *out[-1][2:])  # "said in a statement", "suggested in a tweet": one cue
            continue
        out.append((i, j + 1, m.entry.category, strength, m.entry.term))
    return out


def _extend_cue(toks: list[Tok], i: int) -> int:
    """Extend a cue leftwards over auxiliaries and adverbs ("has also said")."""
    while i > 0 and not toks[i - 1].quoted and not toks[i - 1].cap and (toks[i - 1].lower in CUE_PREFIX or (toks[i - 1].lower.endswith("ly") and toks[i - 1].lower not in {"only", "early", "family", "ally", "rally", "italy", "july"} and not toks[i - 1].cap)):
        i -= 1
    return i


def _trim_content(toks: list[Tok], a: int, b: int) -> tuple[int, int] | None:
    """Drop separating punctuation from the ends of a content token range, keeping quotation marks."""
    while a < b and toks[a].text in {",", ":", ";", "—", "–", "-"}:
        a += 1
    while a < b and not toks[b - 1].word and not toks[b - 1].mark and toks[b - 1].text not in {")"}:
        if toks[b - 1].text in {"?", "!"} and b - 1 > a:
            break
        b -= 1
    return (a, b) if a < b else None


def _skip_after_cue(s: Sentence, toks: list[Tok], j: int, term: str) -> int:
    """First token of the content after a cue ending at token ``j``: skips a listener ("told
    reporters"), time and venue phrases ("on Tuesday", "in a statement to the BBC"), and a comma."""
    if j >= len(toks):
        return j
    lemma = term.split()[0]
    if lemma in TELL and j < len(toks) and toks[j].lower not in {"that", ":"} and not toks[j].mark:
        # a listener: "told reporters", "told the BBC", "warned MPs"
        k = j
        while k < len(toks) and k - j < 8 and toks[k].lower not in {"that", "to"} | WH and toks[k].text not in {",", ":"} and not toks[k].mark:
            k += 1
        if k < len(toks) and k - j < 8:
            j = k
        elif toks[j].lower in OBJECT_PRONOUNS:
            j += 1
    return _skip_time(s, toks, j)


def _skip_time(s: Sentence, toks: list[Tok], j: int) -> int:
    """First token from ``j`` after up to three time and venue phrases ("on Tuesday", "in a statement")
    and a comma or colon."""
    for _ in range(3):
        if j >= len(toks):
            break
        rest = s.text[toks[j].start :]
        m = SKIP_TIME.match(rest)
        if not m or m.end() == 0:
            break
        stop = toks[j].start + m.end()
        while j < len(toks) and toks[j].start < stop:
            j += 1
    while j < len(toks) and toks[j].text in {",", ":"}:
        j += 1
    return j


def _content_after(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """Content from token ``j`` to the end of the sentence, stopping before ", according to" and
    before a participle cue after a comma."""
    end = len(toks)
    for k in range(j, len(toks) - 1):
        if toks[k].text == "," and not toks[k].quoted:
            nxt = toks[k + 1].lower
            if nxt == "according" or nxt in PARTICIPLES_AFTER_COMMA:
                end = k
                break
    return _trim_content(toks, j, end)


def _frame_after(toks: list[Tok], j: int, term: str = "") -> bool:
    """An explicit speech frame after a cue: "that", a colon, a wh-word, or a quotation; "to" after a
    belief or intention verb; a later quotation after a labelling verb."""
    lemma = term.split()[0] if term else ""
    if lemma in TO_FRAME and j < len(toks) and toks[j].lower == "to":
        return True
    if lemma in LABEL and any(t.mark for t in toks[j:]):
        return True
    if lemma in TELL and j < len(toks) and toks[j].word and toks[j].lower != "that":
        # a listener first: "reminded voters that …", "emailed reporters that …"
        k = next((m for m in range(j, min(len(toks), j + 6)) if not toks[m].word or toks[m].lower in {"that", "to"}), None)
        if k is not None and k > j and toks[k].lower == "that":
            return True
    k = j
    while k < len(toks) and toks[k].lower in {"on", "in", "at", "to"} | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "last", "week", "night", "morning"}:
        k += 1
    if k < len(toks) and k > j and toks[k - 1].lower in {"on", "in"}:
        # a venue: "wrote on Facebook:", "said in a post on X that …" (a few words, no verb)
        v = k
        while v < len(toks) and v - k < 5 and toks[v].word and not (not toks[v].cap and is_verbish(toks[v].lower)) and toks[v].lower != "that":
            v += 1
        if v < len(toks) and (toks[v].text == ":" or toks[v].lower == "that" or toks[v].mark):
            k = v
    if k >= len(toks):
        return False
    t = toks[k]
    if t.lower == "that" or t.text == ":" or t.lower in WH or t.mark or t.quoted:
        return True
    return t.text == "," and k + 1 < len(toks) and (toks[k + 1].mark or toks[k + 1].quoted)


def _sentence_drafts(s: Sentence, toks: list[Tok], matches: list[Match]) -> list[_Draft]:
    drafts: list[_Draft] = []
    cues = _find_cues(toks, matches)
    lead_end = 0  # end of an opening "Asked whether …," clause: no content for a later cue
    for ci, (i, j, cls, strength, term) in enumerate(cues):
        if drafts and drafts[-1].cue is not None and toks[i].start < drafts[-1].cue[1]:
            continue
        if term.startswith("in ") and cls == "neutral" and len(cues) > 1:
            continue  # "said in a speech", "In an interview, Ruiz said": the channel of another cue
        if toks[i].lower == "asked" and (i == 0 or (i == 1 and toks[0].lower in ASK_LEAD)):
            asked = _asked_clause(s, toks, i, cls)
            if asked is not None:
                drafts.append(asked[0])
                lead_end = asked[1]
                continue
        if cls in {"endorsing", "tentative"} and any(a <= toks[i].start < b for d in drafts for sid, a, b in d.content if sid == s.sentence_id):
            continue  # "critics argue that the revelations expose …": part of what is reported
        if j == i + 1 and ci + 1 < len(cues) and reduced_relative(toks, i, len(toks)):
            continue  # "a poll released on Tuesday showed …": "released" is inside the source
        verb = i
        i = _extend_cue(toks, i)
        if _passive_verb(toks, i, verb):
            # a weak cue in the passive needs a frame too: "it was found that …", not "a body was found"
            if toks[verb].lower in PASSIVE_SPEECH or strength >= 2 or _frame_after(toks, j, term):
                d = _passive_draft(s, toks, i, j, cls)
                if d is not None:
                    drafts.append(d)
            continue
        if i > 1 and toks[i - 1].lower == "to":
            # "is expected to endorse", "is likely to warn": the verbs before "to" join the cue
            k = i - 1
            while k > 0 and k > i - 5 and not toks[k - 1].cap and not toks[k - 1].quoted and (
                    is_verbish(toks[k - 1].lower) or toks[k - 1].lower in CUE_PREFIX or toks[k - 1].lower in TO_LINKS):
                k -= 1
            if (k < i - 1 and any(t.lower in BE or t.lower in TO_LINKS for t in toks[k : i - 1])
                    and not (drafts and drafts[-1].cue is not None and toks[k].start < drafts[-1].cue[1])):
                i = _extend_cue(toks, k)
        passive = _is_passive(term)
        if (toks[verb].lower.endswith("ed") and i > 0 and toks[i - 1].word and toks[i - 1].lower not in BE
                and j + 1 < len(toks) and toks[j].lower == "by" and not toks[j + 1].lower.endswith("ing")
                and toks[j + 1].lower not in _BY_MEANS):
            # a reduced relative: "the figure now admitted by the Met": the agent speaks of the noun before
            agent, subject = np_right(toks, j + 1), np_left(toks, i)
            if agent is not None:  # "by the Met highlights …": a name's noun phrase ends before a verb
                cut = next((m for m in range(agent[0] + 1, agent[1]) if toks[m - 1].cap and toks[m].word
                            and not toks[m].cap and "VERB" in lemminflect().getAllLemmas(toks[m].lower)), None)
                agent = (agent[0], cut) if cut is not None else agent
            if agent is not None and subject is not None:
                d = _Draft(s.sentence_id, (toks[i].start, toks[j - 1].end), cls, _span(toks, _until_preposition(toks, agent)))
                d.content.append((s.sentence_id, toks[subject[0]].start, toks[subject[1] - 1].end))
                drafts.append(d)
                continue
        if term == "according to":
            drafts.append(_according(s, toks, i, j, cls))
            continue
        if term in {"reportedly", "allegedly", "supposedly", "purportedly"}:
            pieces = [p for p in (_trim_content(toks, 0, i), _trim_content(toks, j, len(toks))) if p]
            d = _Draft(s.sentence_id, (toks[i].start, toks[j - 1].end), cls, None, passive=True)
            d.content = [(s.sentence_id, toks[a].start, toks[b - 1].end) for a, b in pieces]
            if d.content:
                drafts.append(d)
            continue
        if i == 0 and strength == 2 and j < len(toks) and toks[j].cap:
            # "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”"
            src = np_right(toks, j)
            if src is not None:
                k = src[1]
                while k < len(toks) and not toks[k].mark and not toks[k].quoted:
                    k += 1
                c = _trim_content(toks, k, len(toks))
                if c:
                    d = _Draft(s.sentence_id, (toks[i].start, toks[j - 1].end), cls, _span(toks, (src[0], min(src[1], k))))
                    d.content.append((s.sentence_id, toks[c[0]].start, toks[c[1] - 1].end))
                    drafts.append(d)
                    continue
        # ", saying …", ", citing …", ", pointing to …": the subject of the sentence speaks
        # the verb decides, not an adverb the cue took in: ", even opposing …", ", again saying …"
        participle = i > 0 and (toks[i - 1].text in {",", "–", "—"} or toks[i - 1].lower in GERUND_LINKS) and (
            toks[verb].lower in PARTICIPLES_AFTER_COMMA or toks[verb].lower.endswith("ing"))
        absolute = with_subject(toks, i) if toks[i].lower.endswith("ing") else None
        if absolute is not None:
            # "with three in 10 saying a running mate would not matter": the gerund's own subject speaks
            d = _Draft(s.sentence_id, (toks[i].start, toks[j - 1].end), cls, _span(toks, absolute))
            c = _content_after(toks, _skip_after_cue(s, toks, j, term))
            if c:
                d.content = [(s.sentence_id, toks[c[0]].start, toks[c[1] - 1].end)]
                drafts.append(d)
            continue
        source = None if passive else np_left(toks, i)
        before = source[0] if source else i
        boundary = toks[before - 1] if before > 0 else None
        after_frame = _frame_after(toks, j, term) or (
            # "As the Courier noted, Ruiz raised …": what was noted follows the comma
            source is not None and source[0] > 0 and toks[source[0] - 1].lower == "as" and j < len(toks) and toks[j].text == ",")
        content_before = (
            boundary is not None
            and (not after_frame or boundary.text in CLOSE_MARKS or boundary.text == '"')
            and (boundary.text in {",", "?", "!", "—", "–"} or boundary.text in CLOSE_MARKS or (boundary.mark and boundary.quoted is False and before - 1 > 0))
            and before - 1 > 0
            and not participle
            and before - 1 > lead_end  # "Asked whether …, Hale said": the question is not what Hale said
            and not (circumstance(toks, before - 1) and (strength == 2 or after_frame))  # "In a speech on Tuesday, Hale said …"
        )
        if content_before and source is None:
            probe = np_right(toks, j)
            if probe is not None and probe[1] < len(toks) and toks[probe[1]].word and is_verbish(toks[probe[1]].lower):
                # "Yet some voters, on television, said he had …": "he" is no inverted speaker
                content_before = False
                source = _subject(toks, drafts)
        if participle:
            prev = drafts[-1] if drafts else None
            # the subject of the clause before: "In reply, a spokesperson for the mayor defended the plan, saying …"
            subject = None if prev else _subject(toks, drafts)
            d = _Draft(s.sentence_id, (toks[i].start, toks[j - 1].end), cls, prev.source if prev else subject and _span(toks, subject))
            start = _skip_after_cue(s, toks, j, term)
            c = _content_after(toks, start)
            nxt = cues[ci + 1][0] if ci + 1 < len(cues) else len(toks)
            if c and c[0] < nxt < c[1]:  # "Traders, responding to the survey, said …": up to the next cue
                c = _trim_content(toks, c[0], nxt)
            if c:
                d.content = [(s.sentence_id, toks[c[0]].start, toks[c[1] - 1].end)]
                drafts.append(d)
            continue
        if content_before:
            # "…, critics said" / "“…,” said Ellery, “…”"
            inverted = source is None
            if inverted:
                # "…, reported by the Courier, …": the agent of a passive cue speaks, without its "by"
                src = np_right(toks, j + 1) if j + 1 < len(toks) and toks[j].lower == "by" else np_right(toks, j)
                if (src is not None and toks[src[0]].lower not in DETERMINERS and not toks[src[0]].cap
                        and toks[verb].lower not in CORE and toks[j].lower != "by"):
                    src = None  # "…: shared victims, shared locations": a bare noun after a verb that rarely inverts
                after_source = src[1] if src else j
            else:
                src = source
                after_source = j
            if strength < 2 and src is None:
                continue
            d = _Draft(s.sentence_id, (toks[i].start, toks[j - 1].end), cls, _span(toks, src) if src else None, passive=passive)
            cut = before - 1 if not toks[before - 1].mark else before
            first = _trim_content(toks, 0, cut if toks[before - 1].text != "," else before - 1)
            if first:
                d.content.append((s.sentence_id, toks[first[0]].start, toks[first[1] - 1].end))
            k = _skip_time(s, toks, after_source)  # "“…,” said Ellery on Tuesday."
            if k < len(toks) and toks[k].lower in PARTICIPLES_AFTER_COMMA:
                k = len(toks)
            if (k < len(toks) and k > after_source and toks[k].lower in PREPOSITIONS
                    and not any(t.mark or t.quoted for t in toks[k:])):
                k = len(toks)  # "“…,” said Ruiz, a councillor, in a statement." / ", with her son in tow."
            if k < len(toks) and (toks[k].mark or toks[k].quoted or not toks[k].lower in {"who", "whose", "which"}):
                rest = _content_after(toks, k)
                if rest and any(t.word for t in toks[rest[0] : rest[1]]):
                    d.content.append((s.sentence_id, toks[rest[0]].start, toks[rest[1] - 1].end))
            if d.content:
                drafts.append(d)
            continue
        if source is None and not passive and i > 1 and toks[i - 1].text == ",":
            source = np_left(toks, i - 1, appositions=False)  # a stray comma: "Gov. Ana Ruiz (R-OH), said"
        if source is None and not passive and i > 0 and toks[i - 1].lower in {"and", "but"}:
            source = _subject(toks, drafts)  # "criticized the policy and said …", "declined to comment but said …"
        refers = None
        if source is None and not passive and i > 1 and toks[i - 1].lower in {"who", "which"} and toks[i - 2].text == ",":
            # "the Mexican president, who said that …": the source is "who", the speaker its antecedent
            noun = antecedent(toks, i - 2)
            source, refers = (i - 1, i), (_span(toks, noun) if noun else None)
        if source is None and not passive and i > 1 and toks[i - 1].lower == "who" and toks[i - 2].word:
            noun = antecedent(toks, i - 1)  # "voters who said …": "who", meaning the voters
            source, refers = (i - 1, i), (_span(toks, noun) if noun else None)
        if not passive:
            restricted = relative_subject(toks, i)  # "Voters who backed the lane said …"
            if restricted is not None and (source is None or restricted[0] < source[0]):
                source = restricted
        if source is None and not passive:
            continue  # a cue with no speaker and no content before it: not an attribution we can place
        if strength < 2 and not after_frame and not (source and DOCUMENT_WORDS & {t.lower for t in toks[source[0] : source[1]]}):
            continue  # a weak cue needs a frame, unless a document speaks ("polls show Ruiz leading")
        impression = None
        then = cues[ci + 1][0] if ci + 1 < len(cues) else None  # "seem to think": the belief has a holder
        if term.split()[0] in {"seem", "appear", "appeared", "appears"} and source is not None and then not in {j, j + 1}:
            # "Ruiz seems tired", "it appears that …": an impression, nobody's words; the subject is what it is about
            impression, source, passive = source, None, True
        d = _Draft(s.sentence_id, (toks[i].start, toks[j - 1].end), cls, _span(toks, source) if source else None,
                   passive=passive, refers=refers)
        if impression is not None and toks[impression[0]].lower not in {"it", "it's", "there"}:
            d.content.append((s.sentence_id, toks[impression[0]].start, toks[impression[1] - 1].end))
            d.impression = True  # not a vague source: nobody is presented as saying it ("it appears that" is)
        start = _skip_after_cue(s, toks, j, term)
        nxt = cues[ci + 1][0] if ci + 1 < len(cues) else len(toks)
        c = _content_after(toks, start)
        if c and c[0] < nxt < c[1] and (toks[nxt].lower in PARTICIPLES_AFTER_COMMA or toks[nxt].lower.endswith("ing")):
            e = _extend_cue(toks, nxt)
            if e - 1 > c[0] and toks[e - 1].text == ",":
                c = _trim_content(toks, c[0], e - 1)  # ", even claiming …" is a relation of its own
        # any other later cue inside the content belongs to the content ("said the plan, critics argue, is…")
        if c:
            d.content.append((s.sentence_id, toks[c[0]].start, toks[c[1] - 1].end))
        elif j < len(toks) and toks[j].text == ":" or j == len(toks) or all(not t.word for t in toks[j:]):
            d.wants_next = True
        else:
            continue
        drafts.append(d)
    if not drafts:
        d = _colon_headline(s, toks)
        if d is not None:
            drafts.append(d)
    return drafts


def _subject(toks: list[Tok], drafts: list[_Draft]) -> tuple[int, int] | None:
    """The subject of a sentence's first clause, for a second verb coordinated with "and": the
    previous relation's source in the sentence, else the noun phrase the sentence opens with (after an
    opening adverbial that ends in a comma)."""
    if drafts and drafts[-1].source is not None:
        by_start = {t.start: i for i, t in enumerate(toks)}
        a = by_start.get(drafts[-1].source[0])
        b = next((i + 1 for i, t in enumerate(toks) if t.end == drafts[-1].source[1]), None)
        if a is not None and b is not None:
            return (a, b)
    k = 0
    if toks and not toks[0].cap or (toks and (toks[0].lower in SCENE_PREPOSITIONS or toks[0].lower in {
            "speaking", "asked", "earlier", "later", "last", "this", "since", "while", "when", "as"})):
        comma = next((i for i, t in enumerate(toks[:25]) if t.text == ","), None)
        if comma is None:
            return None
        k = comma + 1
    rng = np_right(toks, k)
    if rng is None or rng[1] - rng[0] > 12:
        return None
    return rng


def _colon_headline(s: Sentence, toks: list[Tok]) -> _Draft | None:
    """"Tom Ellery: Westmoor voters worried …": a short name, a colon, then what they said."""
    for k, t in enumerate(toks[:6]):
        if t.text == ":":
            name = toks[:k]
            if 1 <= len(name) <= 4 and all(x.cap or x.text in {".", "'s", "-"} for x in name) and k + 2 < len(toks):
                if name[0].lower in {"update", "watch", "analysis", "opinion", "exclusive", "breaking", "comment", "editorial", "explainer", "live", "video", "review", "note", "read", "pictured", "pictures", "revealed", "fact", "q", "a", "the", "an"}:
                    return None  # a rubric, or "The Human Cost: …" (a name takes no article)
                label = [x.lower for x in name if x.word]
                if len(label) >= 2 and all(lemminflect().getAllLemmas(w) for w in label):
                    return None  # "Political Fallout: Questions Over …": common words, a heading; no name
                d = _Draft(s.sentence_id, (t.start, t.end), "neutral", (toks[0].start, toks[k - 1].end))
                c = _trim_content(toks, k + 1, len(toks))
                if c:
                    d.content = [(s.sentence_id, toks[c[0]].start, toks[c[1] - 1].end)]
                    return d
            return None
    return None


def _transcript_turn(s: Sentence, toks: list[Tok]) -> _Draft | None:
    """A turn of an interview transcript opening a paragraph: a speaker label in capitals ("CLINTON:",
    "MR. HALE:") or "Q:"/"A:", a colon, then what they said. The colon is the cue."""
    for k, t in enumerate(toks[:5]):
        if t.text == ":":
            label = [x for x in toks[:k] if x.word]
            if not label or k + 1 >= len(toks) or not toks[k + 1].word and not toks[k + 1].mark:
                return None
            qa = len(label) == 1 and label[0].text in {"Q", "A"}
            shouted = all(x.text.isupper() and len(x.text) >= 2 for x in label) and len(label) <= 3
            if not (qa or shouted):
                return None
            d = _Draft(s.sentence_id, (t.start, t.end), "neutral", (toks[0].start, toks[k - 1].end))
            c = _trim_content(toks, k + 1, len(toks))
            if c is None:
                return None
            d.content = [(s.sentence_id, toks[c[0]].start, toks[c[1] - 1].end)]
            return d
    return None


#: What "by" can introduce after a verb other than its agent ("said by phone", "responded by email").
_BY_MEANS = frozenset("phone telephone email e-mail text letter video post mail hand".split())
#: Irregular past participles that a reporting verb can take in a passive ("it was found that").
_IRREGULAR_PARTICIPLES = frozenset("found heard seen shown known made held kept taught sought brought".split())


def _passive_verb(toks: list[Tok], i: int, verb: int) -> bool:
    """The cue from token ``i`` to its verb at token ``verb`` is a passive: a verb that reports in the
    passive after any form of "be" ("has been widely condemned", "was told"), or any past participle
    right after one, adverbs aside ("have now been exposed as", "it was revealed that"): the subject
    is what was said of, not who said it."""
    if any(t.lower == "to" for t in toks[i:verb]) or not any(t.lower in BE for t in toks[i:verb]):
        return False
    word = toks[verb].lower
    if word in PASSIVE_SPEECH:
        return True
    k = verb - 1
    while k > i and toks[k].lower not in BE and toks[k].lower.endswith("ly"):
        k -= 1
    if verb + 1 < len(toks) and toks[verb + 1].lower == "to":
        return False  # "is determined to fight", "was prepared to say": a state of the subject
    return toks[k].lower in BE and (word.endswith(("ed", "en", "wn")) or word in _IRREGULAR_PARTICIPLES)


def _passive_draft(s: Sentence, toks: list[Tok], i: int, j: int, cls: str) -> _Draft | None:
    """A passive cue: its source is the "by" agent ("was confirmed by the council", "has been called
    “a vanity project” by Tom Ellery"), or there is none (a vague source: "has been widely
    condemned"); its content is what follows, else the subject it was said of."""
    k = _skip_time(s, toks, j)
    by = next((m for m in range(k, min(len(toks), k + 8))
               if toks[m].lower == "by" and not toks[m].quoted), None)
    if by is not None and any(t.text in {",", ";"} or t.lower in CLAUSE for t in toks[k:by] if not t.quoted):
        by = None
    agent = np_right(toks, by + 1) if by is not None else None
    if agent is not None:  # "by some of his rivals for failing to …": the agent ends before "for"
        agent = _until_preposition(toks, agent)
    d = _Draft(s.sentence_id, (toks[i].start, toks[j - 1].end), cls, _span(toks, agent) if agent else None,
               passive=agent is None)
    if agent is not None:
        label = _trim_content(toks, k, by) if by > k else None  # "called “strategic ambiguity” by …"
        after = _content_after(toks, _skip_time(s, toks, agent[1])) if agent[1] < len(toks) else None
        content = label or after
    else:
        content = _content_after(toks, k) if k < len(toks) else None
    if content is None:
        content = np_left(toks, i)  # "Her death was confirmed by …": what was confirmed
    if content is None:
        return None
    d.content.append((s.sentence_id, toks[content[0]].start, toks[content[1] - 1].end))
    return d


def _until_preposition(toks: list[Tok], rng: tuple[int, int], *, wh: bool = False) -> tuple[int, int]:
    """A noun phrase cut before its first preposition other than "of" ("reporters about the lane" →
    "reporters"), and before a wh-word when ``wh`` ("reporters what he meant")."""
    stops = (PREPOSITIONS - {"of"}) | {"about"} | (WH if wh else frozenset())
    cut = next((m for m in range(rng[0] + 1, rng[1]) if toks[m].lower in stops), None)
    return (rng[0], cut) if cut is not None else rng


def _asked_clause(s: Sentence, toks: list[Tok], i: int, cls: str) -> tuple[_Draft, int] | None:
    """An opening "(When) asked (by X) whether/about …," clause: a relation whose cue is "asked", whose
    source is the asker when named, and whose content is the question; returns it with the token index
    after the clause's comma (None when the sentence does not open so)."""
    j = i + 1
    agent = None
    if j < len(toks) and toks[j].lower == "by":
        agent = np_right(toks, j + 1)
        if agent is None:
            return None
        agent = _until_preposition(toks, agent, wh=True)
        j = agent[1]
    j = _skip_time(s, toks, j)
    if j >= len(toks) or toks[j].lower not in ASK_NEXT:
        return None
    comma = next((m for m in range(j, len(toks)) if toks[m].text == "," and not toks[m].quoted), None)
    content = _trim_content(toks, j, comma) if comma is not None else None
    if content is None:
        return None
    d = _Draft(s.sentence_id, (toks[i].start, toks[i].end), cls, _span(toks, agent) if agent else None)
    d.content.append((s.sentence_id, toks[content[0]].start, toks[content[1] - 1].end))
    return d, comma + 1


def _according(s: Sentence, toks: list[Tok], i: int, j: int, cls: str) -> _Draft:
    src = np_right(toks, j)
    while src and src[1] + 1 < len(toks) and toks[src[1]].lower.endswith("ed") and (
            toks[src[1] + 1].lower in PREPOSITIONS or toks[src[1] + 1].lower in DAY_WORDS):
        # "people briefed on the talks", "data released Friday by regulators"
        more = np_right(toks, src[1] + 2 if toks[src[1] + 1].lower in PREPOSITIONS else src[1] + 1)
        if more is None:
            break
        src = (src[0], more[1])
    d = _Draft(s.sentence_id, (toks[i].start, toks[j - 1].end), cls, _span(toks, src) if src else None, according=True)
    lead = i == 0 or all(t.lower in LEADING or not t.word for t in toks[:i])
    if lead:
        k = src[1] if src else j
        c = _trim_content(toks, k, len(toks))
        if c:
            d.content.append((s.sentence_id, toks[c[0]].start, toks[c[1] - 1].end))
    else:
        c = _trim_content(toks, 0, i)
        if c:
            d.content.append((s.sentence_id, toks[c[0]].start, toks[c[1] - 1].end))
        if src and src[1] < len(toks) and toks[src[1]].text == ",":
            rest = _trim_content(toks, src[1] + 1, len(toks))
            if rest:
                d.content.append((s.sentence_id, toks[rest[0]].start, toks[rest[1] - 1].end))
    return d


def _span(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
    return (toks[rng[0]].start, toks[rng[1] - 1].end)


def _quote_runs(sentences: tuple[Sentence, ...]) -> dict[int, tuple[bool, bool]]:
    """Per sentence: (opens a quotation that continues into the next sentence, continues one from the
    previous sentence)."""
    out = {}
    for s in sentences:
        runs_on = any(q.end >= len(s.text.rstrip()) and s.text.rstrip()[-1:] not in CLOSE_MARKS | {'"'} for q in s.quotes)
        continues = any(q.start == 0 and s.text[:1] not in OPEN_MARKS | {'"'} for q in s.quotes)
        out[s.sentence_id] = (runs_on, continues)
    return out


def _extend_quotes(draft: _Draft, sentences: tuple[Sentence, ...], runs: dict[int, tuple[bool, bool]]) -> None:
    """Follow a quotation in the content over the sentences it spans, backwards and forwards."""
    if not draft.content:
        return
    by_id = {s.sentence_id: s for s in sentences}
    first_sid = draft.content[0][0]
    first = by_id[first_sid]
    if draft.content[0][1] <= (first.quotes[0].start if first.quotes else -1) and runs[first_sid][1]:
        sid = first_sid - 1
        while sid in by_id and by_id[sid].paragraph == first.paragraph:
            s = by_id[sid]
            draft.content.insert(0, (sid, 0, len(s.text)))
            if not runs[sid][1]:
                break
            sid -= 1
    last_sid, _, last_end = draft.content[-1]
    last = by_id[last_sid]
    if runs[last_sid][0] and last.quotes and last.quotes[-1].start < last_end and last_end >= len(last.text.rstrip(".!?, ")):
        sid = last_sid + 1
        while sid in by_id and by_id[sid].paragraph == last.paragraph and runs[sid][1]:
            s = by_id[sid]
            q = s.quotes[0]
            end = q.end + 1 if q.end < len(s.text) and s.text[q.end] in CLOSE_MARKS | {'"'} else q.end
            draft.content.append((sid, 0, end))
            if not runs[sid][0]:
                break
            sid += 1


def extract_attributions(segmented: Segmented) -> list[Attribution]:
    """All attribution relations of a segmented article, in reading order (rules in the module
    docstring). Never raises on empty or odd text; an article with no cue gives ``[]``."""
    sentences = segmented.sentences
    if not sentences:
        return []
    runs = _quote_runs(sentences)
    drafts: list[_Draft] = []
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    previous_paragraph = None
    for s in sentences:
        opens = s.paragraph != previous_paragraph
        previous_paragraph = s.paragraph
        matches = _cue_matches(s)
        if not matches and ":" not in s.text:
            continue  # no cue, and no "Name: …" headline (:func:`_colon_headline`)
        toks = tokens(s)
        turn = _transcript_turn(s, toks) if opens else None
        if turn is not None:  # "CLINTON: Honestly, I …", "A: I came home …": the whole turn is theirs
            turn.content += [(x.sentence_id, 0, len(x.text)) for x in by_paragraph[s.paragraph]
                             if x.sentence_id > s.sentence_id]
            drafts.append(turn)
        for d in _sentence_drafts(s, toks, matches):
            if turn is not None and d.cue is not None and d.cue == turn.cue:
                continue
            if turn is not None:  # "HALE: Honestly, I believe …": the speaker label is no one's words
                label_end = turn.cue[1]
                d.content = [(sid, max(a, label_end + 1) if sid == s.sentence_id else a, b) for sid, a, b in d.content
                             if not (sid == s.sentence_id and b <= label_end + 1)]
                if not d.content and not d.wants_next:
                    continue
            _extend_quotes(d, sentences, runs)
            drafts.append(d)
    # a cue ending in a colon takes the next quotation; quotations no cue reached
    covered = {(sid) for d in drafts for sid, _, _ in d.content}
    by_id = {s.sentence_id: s for s in sentences}
    for s in sentences:
        if s.sentence_id in covered or not s.quotes:
            continue
        quoted = " ".join(s.text[q.start : q.end] for q in s.quotes)
        quoted_words = count_words(quoted)
        if quoted_words < 4 or quoted_words < 0.5 * count_words(s.text) or quoted.istitle():
            continue  # a quoted title or phrase inside the author's sentence, not someone's words
        following = next((d for d in drafts if d.sid == s.sentence_id + 1), None)
        pending = next((d for d in reversed(drafts) if d.sid < s.sentence_id), None)
        if (
            following is not None
            and not following.content
            and following.wants_next
            and by_id[following.sid].paragraph == s.paragraph
            and not by_id[following.sid].text.rstrip().endswith(":")
        ):
            pending = following
        q0 = s.quotes[0]
        start = q0.start - 1 if q0.start > 0 and s.text[q0.start - 1] in OPEN_MARKS | {'"'} else q0.start
        qn = s.quotes[-1]
        end = qn.end + 1 if qn.end < len(s.text) and s.text[qn.end] in CLOSE_MARKS | {'"'} else qn.end
        piece = (s.sentence_id, start, end)
        if pending is not None and pending.wants_next and not pending.content and by_id[pending.sid].paragraph >= s.paragraph - 1 or pending is not None and pending.content and _continues(pending, s, by_id):
            pending.content.append(piece)
            _extend_quotes(pending, sentences, runs)
        else:
            d = _Draft(s.sentence_id, None, None, None)
            d.content.append(piece)
            _extend_quotes(d, sentences, runs)
            drafts.append(d)
        covered.update(sid for sid, _, _ in drafts[-1].content if drafts[-1].cue is None)
        covered.update(sid for sid, _, _ in (pending.content if pending else []))
    for d in drafts:
        if d.wants_next and not d.content:
            sid = d.sid + 1
            while sid in by_id and by_id[sid].block == "bullet":
                d.content.append((sid, 0, len(by_id[sid].text)))
                sid += 1
    drafts = [d for d in drafts if d.content]
    drafts.sort(key=lambda d: (d.cue and (d.sid, d.cue[0])) or (d.content[0][0], d.content[0][1]))
    return _finish(segmented, drafts)


def _continues(draft: _Draft, s: Sentence, by_id: dict[int, Sentence]) -> bool:
    """True when quoted sentence ``s`` continues ``draft``'s quotation: the draft's last content piece
    is a quotation ending in the sentence before, or in the previous paragraph."""
    last_sid, a, b = draft.content[-1]
    last = by_id[last_sid]
    in_quote = any(q.start <= a + 1 and q.end >= b - 1 - 1 for q in last.quotes) or any(q.end >= b - 1 for q in last.quotes)
    if not in_quote:
        return False
    return last_sid == s.sentence_id - 1 and last.paragraph in {s.paragraph, s.paragraph - 1}


def _finish(segmented: Segmented, drafts: list[_Draft]) -> list[Attribution]:
    by_id = {s.sentence_id: s for s in segmented.sentences}
    text = segmented.article.text
    quoted = _quoted_chars(segmented.sentences, len(text))
    resolver = SpeakerResolver()
    out: list[Attribution] = []
    last_speaker: tuple[str | None, str, int] = (None, "unknown", -10)
    for d in drafts:
        s = by_id[d.sid]
        cue = _orig(s, d.cue) if d.cue else None
        source = _orig(s, d.source) if d.source else None
        pieces = _merge([_orig(by_id[sid], (a, b)) for sid, a, b in d.content], text)
        source_text = text[source.start : source.end] if source else None
        refers = _orig(s, d.refers) if d.refers else None
        named = text[refers.start : refers.end] if refers else source_text  # whom the source stands for
        kind = "unknown" if d.impression else source_type(named, passive=d.passive)
        nearby = None
        if source_text and source_text.strip().lower() in PRONOUNS and cue is not None:
            prev = by_id.get(min(d.sid, *(sid for sid, _, _ in d.content)) - 1)
            nearby = mentions(_unquoted(prev) if prev is not None else "") + mentions(_unquoted(s, upto=d.cue[0]))
        speaker, kind = resolver.resolve(named, kind, nearby=nearby)
        if d.cue is None:
            speaker, kind = (last_speaker[0], last_speaker[1]) if s.paragraph - last_speaker[2] <= 2 else (None, "unknown")
        elif speaker is not None:
            last_speaker = (speaker, kind, s.paragraph)
        out.append(
            Attribution(
                kind=_kind(pieces, text, quoted, according=d.according, has_cue=d.cue is not None),
                cue=cue,
                source=source,
                content=tuple(pieces),
                cue_text=text[cue.start : cue.end] if cue else None,
                source_text=source_text,
                speaker=speaker,
                verb_class=d.cue_class,
                source_type=kind,
                sentence_ids=tuple(sorted({d.sid} | {sid for sid, _, _ in d.content})),
                party=party(named),
            )
        )
    fuller = canonical_speakers([a.speaker for a in out])  # "Khan" and "Sadiq Khan" are one speaker
    return [dataclasses.replace(a, speaker=fuller[a.speaker]) if a.speaker in fuller else a for a in out]


def _unquoted(s: Sentence, upto: int | None = None) -> str:
    """The sentence's text up to ``upto`` with quoted stretches blanked out."""
    chars = list(s.text[:upto])
    for q in s.quotes:
        for i in range(q.start, min(q.end, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _orig(s: Sentence, span: tuple[int, int]) -> Span:
    a, b = s.original_span(*span)
    return Span(a, b)


def _merge(pieces: list[Span], text: str) -> list[Span]:
    """Join content pieces separated only by white space (a quotation over several sentences)."""
    out: list[Span] = []
    for p in sorted(pieces, key=lambda p: p.start):
        if out and (p.start <= out[-1].end or not text[out[-1].end : p.start].strip()):
            out[-1] = Span(out[-1].start, max(out[-1].end, p.end))
        else:
            out.append(p)
    return out


def _quoted_chars(sentences: tuple[Sentence, ...], length: int) -> bytearray:
    """For each character of the original text (of ``length`` characters), 1 when it lies inside a
    quoted span of a sentence, else 0."""
    mask = bytearray(length)
    for s in sentences:
        for q in s.quotes:
            a, b = s.original_span(q.start, q.end)
            a, b = max(a, 0), min(b, length)
            if a < b:
                mask[a:b] = b"\x01" * (b - a)
    return mask


def _kind(pieces: list[Span], text: str, quoted: bytearray, *, according: bool, has_cue: bool) -> str:
    if according:
        return "according_to"
    if not has_cue:
        return "direct"
    total = q = 0
    for p in pieces:
        for m in re.finditer(r"[^\W_]+", text[p.start : p.end]):
            a = p.start + m.start()
            total += 1
            if quoted[a]:
                q += 1
    if total and q >= 0.9 * total:
        return "direct"
    if q >= 4:
        return "mixed"
    if q >= 1:
        return "partial"
    return "indirect"
