"""A test may take 60 s (its own setup and run, not the session's shared fixtures): one that
takes longer fails, so the suite does not creep back to an hour. A test that must take longer
says why with @pytest.mark.slow(reason=...). NEASPEC_TEST_SECONDS sets another limit."""

import os
import time
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
