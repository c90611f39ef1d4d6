"""The lock files agree with pyproject.toml: what `make run` and `make test` install is what the
project asks for (`make lock` writes them again after a change)."""

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9_.-]+)(\[[^\]]*\])?==([^\s;]+)")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(lines: list[str]) -> dict[str, str]:
    found = {}
    for line in lines:
        match = PIN.match(line.strip())
        if match:
            found[_normal(match.group(1))] = match.group(3)
    return found


PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


@pytest.mark.parametrize(
    ("lock", "asked"),
    [
        ("run.txt", PROJECT["dependencies"]),
        ("dev.txt", PROJECT["dependencies"] + PROJECT["optional-dependencies"]["dev"]),
    ],
)
def test_the_lock_file_pins_what_pyproject_asks_for(lock: str, asked: list[str]) -> None:
    locked = _pins((ROOT / "requirements" / lock).read_text().splitlines())
    wanted = _pins(asked)
    assert len(wanted) == len(asked), "every dependency in pyproject.toml is pinned with =="
    differing = {n: (v, locked.get(n)) for n, v in wanted.items() if locked.get(n) != v}
    assert differing == {}, f"run `make lock`: pyproject.toml asks, {lock} has: {differing}"


def test_running_needs_none_of_the_test_tools() -> None:
    locked = _pins((ROOT / "requirements" / "run.txt").read_text().splitlines())
    tools = _pins(PROJECT["optional-dependencies"]["dev"])
    shared = sorted(set(tools) & set(locked))
    assert shared == [], f"installed by `make run` though only the tests need them: {shared}"
