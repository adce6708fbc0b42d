"""Keys of a stored score: what was scored (content hash) and how (scoring profile).

An article in the store is up to date when both its content hash and the profile it was scored under
match the current run's; otherwise it is scored again and its old rows are replaced. The profile covers
every measure's name, version and options and the SHA-256 of every data file the measures use
(lexicons, the loaded-language model, VADER's lexicon, CMUdict, wordfreq), the framing version and
the versions of the rule-based libraries whose output shapes rows (sentencex splits sentences,
snowballstemmer stems keywords, pyphen hyphenates words CMUdict lacks). Retraining the model,
editing a lexicon, bumping a measure's version or the pipeline revision (:data:`PIPELINE`), or
upgrading framing rescores everything; nothing else does.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from importlib.metadata import version as _version
from typing import Any

from framing import __version__
from framing.registry import Measure
from framing.resources import resource_hashes
from framing.types import Article

__all__ = ["content_hash", "scoring_profile"]


#: Libraries whose rules (not data files) shape the rows: a new version may change scores.
_LIBRARIES = ("sentencex", "snowballstemmer", "pyphen")
#: Revision of the shared pipeline every measure reads (cleaning, segmentation, quotation marks,
#: lexicon matching, attribution and speaker resolution). Bump it with any change to those rules that
#: changes rows, so stores rescore between releases. 2: mixed quotation marks, phrase matches that
#: stop at punctuation, speaker resolution by earlier speech.
PIPELINE = "17"  # 9-17 (2026-11-23): adverbs, prepositions, colon headings, speakers, participles, passives, impressions, listener frames, poll groups


def content_hash(article: Article) -> str:
    """SHA-256 (hex) of everything the article rows are computed from: text, source, title, date."""
    payload = json.dumps([article.text, article.source, article.title, article.published], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def scoring_profile(
    measures: Sequence[Measure], options: Mapping[str, Mapping[str, Any]] | None = None
) -> tuple[str, dict[str, Any]]:
    """``(profile_id, spec)``: the 16-hex-digit id of the scoring profile and the spec it hashes.

    The spec lists each measure (name, level, version, options with their effective values), the
    SHA-256 of each resource file, the framing version and the versions of :data:`_LIBRARIES`; the id is the first 16 hex digits of the SHA-256 of its canonical JSON.
    """
    options = options or {}
    spec = {
        "measures": [
            {
                "name": m.name,
                "level": m.level,
                "version": m.version,
                "options": {**m.options, **options.get(m.name, {})},
            }
            for m in measures
        ],
        "resources": resource_hashes(r for m in measures for r in m.resources),
        "framing": __version__,
        "pipeline": PIPELINE,
        # rule-based libraries whose output shapes rows: sentence splitting, stems, syllables
        "libraries": {name: _version(name) for name in _LIBRARIES},
    }
    canonical = json.dumps(spec, sort_keys=True, ensure_ascii=False, default=repr)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16], spec
