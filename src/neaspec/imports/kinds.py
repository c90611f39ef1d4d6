"""What can be imported: each app names its kinds of file here and says how a row is read and
written. The import machinery (`services`) knows none of them."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise


@dataclass(frozen=True)
class Importer:
    key: str
    title: str | Promise
    permission: str  # who may send such a file at all; each row's service checks the rest
    required: tuple[str, ...]  # columns the file must have
    # actor -> what the rows are read against (lookups loaded once)
    prepare: Callable[[Any], Any]
    # (row, prepared) -> the service's arguments; raises InvalidRowError
    parse: Callable[[dict[str, str], Any], dict[str, Any]]
    # two rows with the same identity are the same entry, given twice
    identity: Callable[[dict[str, Any]], Any]
    # (actor, prepared, **arguments) -> writes one row through the services
    write: Callable[..., Any] | None = None
    # or (actor, prepared, [arguments, ...]) -> writes a batch through a service that takes
    # many (it raises a ValidationError keyed by the failing entry's position)
    write_batch: Callable[..., Any] | None = None


_KINDS: dict[str, Importer] = {}


def register(importer: Importer) -> Importer:
    _KINDS[importer.key] = importer
    return importer


def importer_for(key: str) -> Importer:
    return _KINDS[key]
