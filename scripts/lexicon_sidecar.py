"""Rewrite the provenance sidecar of a lexicon after its TSV was edited (counts and sha256).

Maintainers run this by hand after editing ``framing/lexicons/<name>.<version>.tsv``; framing itself never
writes lexicons. Usage: ``python scripts/lexicon_sidecar.py [name] [version]`` (default: loaded v1).
The descriptive fields below are the sidecar of the ``loaded`` lexicon; for any other lexicon the
descriptive fields of its existing sidecar are kept and only the counts and the sha256 are refreshed.
"""
import collections
import csv
import hashlib
import io
import json
import pathlib
import sys

name = sys.argv[1] if len(sys.argv) > 1 else "loaded"
version = sys.argv[2] if len(sys.argv) > 2 else "v1"
base = str(pathlib.Path(__file__).resolve().parents[1] / "framing" / "lexicons" / f"{name}.{version}")
raw = open(base + ".tsv", "rb").read()
rows = list(csv.DictReader(io.StringIO(raw.decode()), delimiter="\t", quoting=csv.QUOTE_NONE))
counts = collections.Counter(r["category"] for r in rows)
meta = {
  "name": name, "version": version,
  "description": "Loaded wording in news: words and phrases that carry judgement, emotion or presupposition beyond what the facts need. Lemmas and multi-word expressions; inflected forms are generated at load time.",
  "source": "Written by the framing team for this project from our own knowledge of English news language. Not copied or derived from any existing word list; the categories follow the literature cited in 'references'.",
  "licence": "MIT (the framing project's licence)",
  "curator": "The framing team",
  "created": "2026-11-22",
  "columns": {"term": "lemma or multi-word expression, lower case", "category": "one of 'categories'", "strength": "2 = loaded in almost any news context (always counted); 1 = loaded in many contexts but sometimes neutral (counted when the sentence's loaded_prob >= 0.5); 0 = neutral_phrase", "pos": "adj, adv, noun, verb or phrase", "note": "optional"},
  "categories": {
    "emotive": {"description": "Words chosen to provoke fear, anger, disgust, pity or awe rather than to describe.", "examples": ["horrifying", "chilling", "heartbreaking", "fury", "nightmare"]},
    "evaluative": {"description": "Subjective judgements asserted as fact by the writer (adjectives, adverbs, judgement nouns), negative or positive (puffery).", "examples": ["reckless", "disgraceful", "botched", "fiasco", "visionary", "world-class"]},
    "pejorative": {"description": "Labels that condemn a person or group.", "examples": ["thug", "zealot", "crony", "far-left", "far-right", "union boss"]},
    "booster": {"description": "Intensifiers and boosters that amplify beyond the evidence (Hyland 2005).", "examples": ["utterly", "blatantly", "shockingly", "undeniably"]},
    "hyperbole": {"description": "Superlatives, exaggeration and dramatic metaphors.", "examples": ["unprecedented", "catastrophic", "tidal wave", "tip of the iceberg", "bombshell"]},
    "one_sided_verb": {"description": "Reporting and action verbs with a verdict built in (one-sided and implicative verbs, Recasens et al. 2013).", "examples": ["slam", "admit", "concede", "boast", "ram through", "bulldoze"]},
    "presupposition": {"description": "Factive verbs and presupposing nouns that assume a contested claim is true (Kiparsky & Kiparsky 1970; Recasens et al. 2013).", "examples": ["reveal", "expose", "cover-up", "handout", "power grab"]},
    "insinuating_hedge": {"description": "Hedges that cast doubt without a source.", "examples": ["so-called", "self-styled", "purported"]},
    "neutral_phrase": {"description": "Not loaded: literal, technical or idiomatic phrases that contain a loaded word (strength 0). They take part in longest matching, so they block the shorter loaded term, and are never reported.", "examples": ["supposed to", "pedestrian crossing", "admitted to hospital", "heart failure"]},
    "scare_quote": {"description": "Not a list: a word or short phrase in quotation marks with no speaker (framing.text.quotes.is_scare_quote).", "examples": ["the so-called ‘consultation’"]}
  },
  "references": [
    "Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013). Linguistic Models for Analyzing and Detecting Biased Language. ACL.",
    "Wilson, T., Wiebe, J. & Hoffmann, P. (2005). Recognizing Contextual Polarity in Phrase-Level Sentiment Analysis. HLT/EMNLP (the MPQA subjectivity clues).",
    "Hyland, K. (2005). Metadiscourse: Exploring Interaction in Writing. Continuum (hedges and boosters).",
    "Kiparsky, P. & Kiparsky, C. (1970). Fact. In Bierwisch & Heidolph (eds.), Progress in Linguistics.",
    "Hooper, J. B. (1975). On Assertive Predicates. Syntax and Semantics 4.",
    "Da San Martino, G. et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP (loaded language, name calling, exaggeration, doubt).",
    "Spinde, T. et al. (2021). Neural Media Bias Detection Using Distant Supervision With BABE. Findings of EMNLP."
  ],
  "n_entries": len(rows),
  "entries_per_category": dict(sorted(counts.items())),
  "sha256": hashlib.sha256(raw).hexdigest(),
}
if name != "loaded":
    kept = json.load(open(base + ".meta.json"))
    kept.update({k: meta[k] for k in ("name", "version", "n_entries", "entries_per_category", "sha256")})
    meta = kept
open(base + ".meta.json", "w").write(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
print(meta["n_entries"], meta["entries_per_category"], meta["sha256"][:12])
