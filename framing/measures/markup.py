"""Markup and typographic emphasis per sentence (definitions in :mod:`framing.emphasis.markup`)."""

from __future__ import annotations

from typing import Any

from framing.emphasis.markup import caps_words, emphasis_words, is_rhetorical_question
from framing.registry import Column, measure
from framing.types import Sentence


@measure(
    level="sentence",
    needs=("sentence",),
    resources=("wordfreq_en",),
    columns=[
        Column("markup_bold_words", "int", "Words in bold. Higher = more typographic emphasis.", reduce=("sum",)),
        Column("markup_italic_words", "int", "Words in italics.", reduce=("sum",)),
        Column("markup_caps_words", "int", "ALL-CAPS words that are ordinary words, not acronyms ('NOT').",
               reduce=("sum",)),
        Column("markup_exclamations", "int", "Exclamation marks.", reduce=("sum",)),
        Column("markup_scare_quotes", "int", "Scare quotes: a word or short phrase in quotation marks with no speaker.",
               reduce=("sum",)),
        Column("markup_rhetorical_question", "bool", "A question in the author's voice (not quoted).",
               reduce=("sum", "share")),
        Column("markup_spans", "json", "What was counted: kind (bold, italic, caps, scare_quote), text, start/end "
               "offsets into the original text."),
    ],
)
def markup(sentence: Sentence) -> dict[str, Any]:
    """Bold and italic words, ALL-CAPS words, exclamation marks, scare quotes and rhetorical questions."""
    text = sentence.text
    speech, scare = sentence.speech_quotes, sentence.scare_quotes
    caps = caps_words(text)
    spans = [(e.label, e.start, e.end) for e in sentence.emphasis]
    spans += [("caps", a, b) for a, b in caps]
    spans += [("scare_quote", q.start, q.end) for q in scare]
    listed = []
    for kind, a, b in sorted(spans, key=lambda x: (x[1], x[2])):
        start, end = sentence.original_span(a, b)
        listed.append({"kind": kind, "text": text[a:b], "start": start, "end": end})
    return {
        "markup_bold_words": emphasis_words(sentence, "bold"),
        "markup_italic_words": emphasis_words(sentence, "italic"),
        "markup_caps_words": len(caps),
        "markup_exclamations": text.count("!"),
        "markup_scare_quotes": len(scare),
        "markup_rhetorical_question": is_rhetorical_question(sentence, speech),
        "markup_spans": listed,
    }
