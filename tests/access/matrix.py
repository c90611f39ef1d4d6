"""The whole access matrix: the probes of every module of tests/access, gathered by URL name and
by API operation (for the coverage test, and for the crawls that read every page:
tests/directory/test_contact_privacy.py, tests/reliability/test_leaks.py)."""

import importlib
import pkgutil
from collections import Counter
from types import ModuleType
from typing import Any

from tests import access
from tests.access.probes import Probe


def _modules() -> list[ModuleType]:
    names = sorted(m.name for m in pkgutil.iter_modules(access.__path__))
    return [importlib.import_module(f"tests.access.{n}") for n in names if n.startswith("test_")]


def _gathered(attribute: str) -> tuple[dict[Any, list[Probe]], set[Any]]:
    """The probes every module describes under `attribute`, and the keys described twice."""
    described = [
        (key, probes) for m in _modules() for key, probes in vars(m).get(attribute, {}).items()
    ]
    twice = {key for key, n in Counter(key for key, _ in described).items() if n > 1}
    return dict(described), twice


PAGES, PAGES_TWICE = _gathered("PAGES")
API, API_TWICE = _gathered("API")
