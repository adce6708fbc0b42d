"""Benchmark scripts exit cleanly (status 0, with a message) when the evaluation sets are absent."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO


@pytest.mark.parametrize("script", ["babe.py", "ptc.py", "name_swap.py", "ablation.py"])
def test_benchmark_skips_without_shared(tmp_path, script: str) -> None:
    env = {**os.environ, "FRAMING_SHARED": str(tmp_path / "absent")}
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / script)], env=env, capture_output=True,
                          text=True, timeout=300, cwd=REPO / "benchmarks")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("skipped:")
