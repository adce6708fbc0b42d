"""framing: show how a news article frames its story.

Public API::

    import framing
    scores = framing.score(framing.demo_corpus())   # or paths, Articles, a DataFrame
    scores.sentences    # one row per sentence, with offsets into the original text and voice
    scores.articles     # one row per article
    scores.run          # run metadata: versions, hashes, rejected inputs, dropped boilerplate
    framing.MEASURES    # the registered measures and the columns each produces
    framing.classify(["It was an utterly reckless decision."])   # loaded_prob, loaded_label, loaded_words
    framing.load_model().explain("It was an utterly reckless decision.")  # why: feature contributions
"""

from __future__ import annotations

import importlib as _importlib
from importlib import metadata as _metadata
from types import ModuleType as _ModuleType

try:
    __version__ = _metadata.version("framing")
except _metadata.PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+source"

from framing.classify import classify_texts as classify
from framing.classify.model import load_model
from framing.demo import demo_corpus
from framing.io.read import Fields, read_articles
from framing.measures import MEASURES
from framing.registry import Column, measure
from framing.score import Scores, score
from framing.text.clean import clean_text
from framing.text.segment import segment
from framing.types import Article, Rejection, Sentence

# The comparison and report subpackages (`framing.compare.compare`, `framing.report.write_report`) are
# imported on first use (PEP 562): the report pulls in matplotlib, and scoring needs neither.
_LAZY_SUBPACKAGES = ("compare", "report")

__all__ = [
    "MEASURES",
    "Article",
    "Column",
    "Fields",
    "Rejection",
    "Scores",
    "Sentence",
    "__version__",
    "classify",
    "clean_text",
    "compare",
    "demo_corpus",
    "load_model",
    "measure",
    "read_articles",
    "report",
    "score",
    "segment",
]


def __getattr__(name: str) -> _ModuleType:
    if name in _LAZY_SUBPACKAGES:
        return _importlib.import_module(f"{__name__}.{name}")  # the import also binds it on this module
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY_SUBPACKAGES})
