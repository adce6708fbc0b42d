"""The embedded demo corpus: six short articles we wrote about one invented local story.

See ``README.md`` in this folder for the story's facts and what each article demonstrates.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["demo_corpus"]


def demo_corpus() -> Path:
    """Path of the demo corpus (a JSONL file with ``id``, ``source``, ``title``, ``published``, ``text``)."""
    return Path(str(resources.files("framing.demo").joinpath("articles.jsonl")))
