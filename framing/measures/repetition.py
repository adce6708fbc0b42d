"""Keyword repetition: the terms an article repeats, how unusually, and the sentences that repeat them.

Two measures share the ``repetition_`` prefix (definitions in :mod:`framing.emphasis.keywords`):

* ``repetition`` (sentence, sees the whole article): ``repetition_terms``, the uses of the article's
  keywords in each sentence, and ``repetition_flag``, whether the sentence repeats an *emphasised* key
  term of the article (the issue's ``repeated_terms`` is ``repetition_terms``: the registry requires
  the measure's prefix);
* ``repetition_article``: the repetition index, headline echo and the top keywords with their counts
  and sentences.
"""

from __future__ import annotations

import math
from typing import Any

from framing.emphasis.keywords import Keyword, headline_echo, keyword_stats
from framing.registry import Column, measure
from framing.types import Sentence

_RESOURCES = ("wordfreq_en", "loaded_lexicon", "emotive_lexicon")


def flagged_keywords(
    keywords: list[Keyword], *, min_count: int, min_keyness: float, reasons: tuple[str, ...]
) -> list[Keyword]:
    """Key terms whose repetition is emphasis: used at least ``min_count`` times, at least
    ``min_keyness`` unusual against general English, and emphasised for one of ``reasons`` (see
    :attr:`~framing.emphasis.keywords.Keyword.emphasis`)."""
    return [
        kw for kw in keywords
        if kw.count >= min_count and kw.keyness >= min_keyness and set(kw.emphasis) & set(reasons)
    ]


@measure(
    level="sentence",
    version="2",  # 2: stems by snowballstemmer (Snowball English 3.x: "added" → "add", not "ad")
    needs=("sentence",),
    batched=True,
    resources=_RESOURCES,
    columns=[
        Column("repetition_terms", "json", "Uses of the article's keywords in this sentence: term, key, count "
               "(uses in the article), keyness, emphasis, start/end offsets into the original text."),
        Column("repetition_flag", "bool", "The sentence repeats an emphasised key term of the article "
               "(see flagged_keywords). True = part of a repetition pattern.", reduce=("sum", "share")),
    ],
)
def repetition(
    sentence: list[Sentence],
    *,
    min_count: int = 3,
    min_keyness: float = 50.0,
    reasons: tuple[str, ...] = ("loaded", "markup"),
) -> dict[str, list[Any]]:
    """Keyword uses per sentence and the repetition flag (Repetition in the SemEval-2020 propaganda
    corpus: "repeating the same message over and over again").

    Args:
        sentence: The article's sentences (batched: keywords are counted over the whole article; an
            article's :class:`~framing.types.Sentences` share them with ``repetition_article``).
        min_count: Fewest uses for a flagged key term.
        min_keyness: Lowest keyness (log-likelihood against general English) for a flagged key term.
        reasons: Which kinds of emphasis make a repeated key term count: by default loaded or emotive
            wording and bold/italic/capitals, the repetition the SemEval-2020 annotators mark
            ("annihilated" seven times, a **bolded** keyword). Add ``"phrase"`` to flag every
            re-typed multi-word keyword and ``"headline"`` for headline terms.
    """
    stats = keyword_stats(sentence)
    flagged = {
        kw.key for kw in flagged_keywords(stats.keywords, min_count=min_count, min_keyness=min_keyness, reasons=reasons)
    }
    terms: list[list[dict[str, Any]]] = [[] for _ in sentence]
    index = {s.sentence_id: i for i, s in enumerate(sentence)}
    for kw in stats.keywords:
        for sid, a, b in kw.occurrences:
            s = sentence[index[sid]]
            start, end = s.original_span(a, b)
            terms[index[sid]].append({
                "term": s.text[a:b], "key": kw.key, "count": kw.count, "keyness": kw.keyness,
                "emphasis": list(kw.emphasis), "flagged": kw.key in flagged, "start": start, "end": end,
            })
    for t in terms:
        t.sort(key=lambda x: (x["start"], x["end"]))
    return {
        "repetition_terms": terms,
        "repetition_flag": [any(x["flagged"] for x in t) for t in terms],
    }


@measure(
    level="article",
    version="2",  # 2: stems by snowballstemmer
    needs=("sentences", "title"),
    prefix="repetition",
    resources=_RESOURCES,
    columns=[
        Column("repetition_index", "float", "Percentage of the article's words that re-use a multi-word key "
               "phrase (2+ words, 3+ uses) already used. Higher = more repetitive (keyword stuffing). "
               "NaN without words."),
        Column("repetition_headline_echo", "float", "Share of the body's content words whose stem is a headline "
               "content word. Higher = the body keeps re-using the headline's terms. NaN without a headline."),
        Column("repetition_keyness_max", "float", "Keyness (log-likelihood against general English) of the "
               "article's top keyword. Higher = one term is pushed harder. NaN without keywords."),
        Column("repetition_top_keyword", "str", "The article's top keyword as written, or empty."),
        Column("repetition_keywords", "json", "Up to 10 keywords, most key first: term, key, count, keyness, "
               "emphasis, sentence_ids."),
    ],
)
def repetition_article(sentences: tuple[Sentence, ...], title: str | None) -> dict[str, Any]:
    """Article-level repetition: index, headline echo, top keywords (see :mod:`framing.emphasis.keywords`).

    The headline is the article's headline block; when the text has none, its title field.
    """
    stats = keyword_stats(sentences)
    echo = stats.headline_echo
    if math.isnan(echo) and title:
        echo = headline_echo([title], [s.text for s in sentences if s.block != "headline"])
    top = stats.keywords[:10]
    return {
        "repetition_index": stats.repetition_index,
        "repetition_headline_echo": echo,
        "repetition_keyness_max": top[0].keyness if top else math.nan,
        "repetition_top_keyword": top[0].text if top else "",
        "repetition_keywords": [kw.as_dict() for kw in top],
    }
