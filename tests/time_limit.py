"""A test may take 60 s (its own setup and run, not the session's shared fixtures): one that
takes longer fails, so the suite does not creep back to an hour. A test that must take longer
says why with @pytest.mark.slow(reason=...). NEASPEC_TEST_SECONDS sets another limit.

At the end, the session says where its time went: the seconds of the test files that took most
(setup, run and teardown, summed over the workers), so a run that grows shows what grew."""

import os
import time
from collections import Counter
from typing import Any

import pytest

TEST_SECONDS = float(os.environ.get("NEASPEC_TEST_SECONDS", "60"))
_shared_setup = pytest.StashKey[float]()
_own_setup = pytest.StashKey[float]()


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef[Any], request: pytest.FixtureRequest) -> Any:
    """Note the time the shared fixtures (a database, a browser) take to set up: the first test
    to need one is not charged with it."""
    if fixturedef.scope == "function":
        return (yield)
    began = time.perf_counter()
    try:
        return (yield)
    finally:
        item = request.node
        item.stash[_shared_setup] = item.stash.get(_shared_setup, 0.0) + (
            time.perf_counter() - began
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if call.when == "setup":
        item.stash[_own_setup] = call.duration - item.stash.get(_shared_setup, 0.0)
    elif call.when == "call" and report.passed and not item.get_closest_marker("slow"):
        took = item.stash.get(_own_setup, 0.0) + call.duration
        if took > TEST_SECONDS:
            report.outcome = "failed"
            report.longrepr = (
                f"{item.nodeid} took {took:.1f} s, over the {TEST_SECONDS:g} s a test may "
                "take: make it faster, or mark it @pytest.mark.slow(reason=...)"
            )
    return report


# Seconds per test file, gathered where the reports arrive (the controller, under xdist).
_file_seconds: Counter[str] = Counter()
FILES_SHOWN = 25


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _file_seconds[report.nodeid.split("::")[0]] += report.duration


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _file_seconds:
        return
    total = sum(_file_seconds.values())
    terminalreporter.section("where the test time went (seconds of all workers, by file)")
    for path, seconds in _file_seconds.most_common(FILES_SHOWN):
        terminalreporter.write_line(f"{seconds:8.1f} s {seconds * 100 / total:5.1f} %  {path}")
    terminalreporter.write_line(f"{total:8.1f} s in all, {len(_file_seconds)} files")
