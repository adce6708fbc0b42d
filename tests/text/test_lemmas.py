"""lemminflect is imported without importing spaCy (framing.text.lemmas)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from framing.text.lemmas import lemminflect


@pytest.mark.parametrize(
    ("word", "reading", "expected"),
    [("said", "VERB", True), ("chairs", "NOUN", True), ("announced", "NOUN", False), ("qwxz", "VERB", False)],
)
def test_lemminflect_knows_word_classes(word, reading, expected):
    assert (reading in lemminflect().getAllLemmas(word)) is expected


def test_spacy_is_not_imported_even_when_installed(tmp_path):
    # a stand-in "spacy" package that records being imported
    fake = tmp_path / "spacy"
    fake.mkdir()
    (fake / "__init__.py").write_text("import os\nopen(os.environ['MARKER'], 'w').close()\n__version__ = '3.8.0'\n")
    marker = tmp_path / "imported"
    code = (
        "import sys, framing\n"
        "from framing.text.lemmas import lemminflect\n"
        "assert lemminflect().getAllLemmas('said')\n"
        "framing.score([framing.Article(article_id='a', text='Critics said the plan was reckless.')])\n"
        "print('spacy' in sys.modules)\n"
    )
    env = {"PYTHONPATH": str(tmp_path), "MARKER": str(marker), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "False"
    assert not marker.exists()
