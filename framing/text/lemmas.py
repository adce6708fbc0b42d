"""lemminflect (Jascelli 2019), imported without its spaCy hook.

framing uses lemminflect's dictionaries of word forms: which parts of speech a form can take
(``getAllLemmas``) and the inflections of a lexicon entry (``getAllInflections``). When spaCy is
installed, ``import lemminflect`` also imports spaCy to register ``Token._.lemma`` and
``Token._.inflect``, which costs about 45 MB and a second and a half in every process that scores
and is never used by framing. :func:`lemminflect` imports the package with spaCy hidden, unless
spaCy is already imported (then lemminflect registers its extensions as usual). Code that wants
lemminflect's spaCy extensions can import spaCy before framing first needs lemminflect.
"""

from __future__ import annotations

import functools
import importlib
import importlib.abc
import sys
from types import ModuleType

__all__ = ["lemminflect"]


class _HideSpacy(importlib.abc.MetaPathFinder):
    """An import hook under which ``import spacy`` fails as if spaCy were not installed."""

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> None:
        if fullname == "spacy" or fullname.startswith("spacy."):
            raise ModuleNotFoundError(f"No module named {fullname!r}", name=fullname)
        return None


@functools.cache
def lemminflect() -> ModuleType:
    """The ``lemminflect`` module, imported without importing spaCy (see the module docstring)."""
    if "lemminflect" in sys.modules or "spacy" in sys.modules:
        return importlib.import_module("lemminflect")
    hide = _HideSpacy()
    sys.meta_path.insert(0, hide)
    try:
        return importlib.import_module("lemminflect")
    finally:
        sys.meta_path.remove(hide)
