"""Scoring loads only what it uses: the report's matplotlib, NLTK and textstat stay out of the process
(each costs resident memory in every batch worker), and a batch client that only stores what its
workers score never loads scikit-learn or SciPy (~80 MB)."""

from __future__ import annotations

import subprocess
import sys

import framing


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_scoring_imports_no_matplotlib_nltk_or_textstat() -> None:
    out = _run(
        "import framing, sys; framing.score(framing.demo_corpus()); "
        "print(sorted(m for m in ('matplotlib','nltk','textstat') if m in sys.modules))"
    )
    assert out == "[]"


def test_batch_worker_module_imports_no_report_duckdb_nltk_or_textstat() -> None:
    out = _run(
        "import framing.batch.work, sys; "
        "print(sorted(m for m in ('matplotlib','duckdb','nltk','textstat','framing.report','framing.compare') "
        "if m in sys.modules))"
    )
    assert out == "[]"


def test_batch_client_imports_no_sklearn_or_scipy() -> None:
    # what run_batch does in the client before its workers score: the registry, the empty-table schema
    out = _run(
        "import framing, framing.batch, sys; from framing.score import score; score([]); "
        "print(sorted(m for m in ('sklearn','scipy') if m in sys.modules))"
    )
    assert out == "[]"


def test_scoring_loads_the_model_and_stop_words_on_first_use() -> None:
    out = _run(
        "import framing, sys; s = framing.score(framing.demo_corpus()); "
        "from framing.text.terms import stop_words; "
        "print('sklearn' in sys.modules, 'said' in stop_words(), 'the' in stop_words(), s.sentences['loaded_prob'].notna().any())"
    )
    assert out == "True True True True"


def test_compare_and_report_load_on_first_use() -> None:
    out = _run(
        "import framing, sys; before = 'framing.report' in sys.modules or 'framing.compare' in sys.modules; "
        "f = framing.report.write_report, framing.compare.compare; "
        "from framing import compare, report; "
        "print(before, compare is framing.compare, report is framing.report, 'matplotlib' in sys.modules)"
    )
    assert out == "False True True True"


def test_public_names_are_listed() -> None:
    names = dir(framing)
    assert {"compare", "report", "score", "MEASURES"} <= set(names)
    assert all(hasattr(framing, name) for name in framing.__all__)
