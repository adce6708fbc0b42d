"""Where the evaluation sets live (../shared beside the repository), for the benchmark scripts."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

#: ../shared beside the repository, or ``$FRAMING_SHARED``.
SHARED = Path(os.environ.get("FRAMING_SHARED") or Path(__file__).resolve().parents[2] / "shared")


def require(*parts: str) -> Path:
    """Path under ../shared; exit cleanly (status 0, with a message) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        print(f"skipped: {path} is not present (the evaluation sets live in ../shared beside the repo)")
        sys.exit(0)
    return path


#: The seed articles (five outlets, one story).
SEEDS = SHARED / "corpus" / "seeds"


def base_texts() -> tuple[str, list[str]]:
    """The seed articles (../shared/corpus/seeds), or the demo corpus when ../shared is absent.

    Same choice and order as ``benchmarks/throughput.py``.
    """
    if SEEDS.is_dir() and list(SEEDS.glob("*.txt")):
        return "seeds", [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    import framing

    with framing.demo_corpus().open(encoding="utf-8") as fh:
        return "demo", [json.loads(line)["text"] for line in fh if line.strip()]


def build_corpus(n: int) -> tuple[str, int, list[str]]:
    """``(corpus name, repeats, texts)``: the base texts repeated to at least ``n`` articles."""
    corpus, base = base_texts()
    repeats = -(-n // len(base))
    return corpus, repeats, base * repeats
