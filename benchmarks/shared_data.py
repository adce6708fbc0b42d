"""Where the evaluation sets live (../shared beside the repository), for the benchmark scripts."""

from __future__ import annotations

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
