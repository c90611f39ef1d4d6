"""The limit on a test's time (tests/time_limit.py), run on a suite of its own."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytest_plugins = ["pytester"]

SUITE = """
import time
import pytest

def test_quick():
    pass

def test_too_slow():
    time.sleep(0.3)

@pytest.mark.slow(reason="what it measures takes time")
def test_slow_and_says_why():
    time.sleep(0.3)
"""


def test_a_test_over_the_limit_fails_unless_marked_slow(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEASPEC_TEST_SECONDS", "0.2")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    pytester.makeini("[pytest]\nmarkers =\n    slow(reason): allowed to take longer\n")
    pytester.makepyfile(SUITE)
    result = pytester.runpytest_subprocess("-p", "tests.time_limit", "-p", "no:django", "-q")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*test_too_slow took 0.* s, over the 0.2 s a test may take*"])
