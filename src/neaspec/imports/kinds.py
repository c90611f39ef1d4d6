"""What can be imported: each app names its kinds of file here and says how a row is read and
written. The import machinery (`services`) knows none of them: it asks a kind for a `Reading`
of a file's rows, then writes it a batch at a time."""

from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.functional import Promise
from django.utils.translation import gettext as _

from neaspec.accounts.models import User
from neaspec.tables import ImportRefusedError, InvalidRowError, RowError, checked

# A file's rows as `tables.read_table` gives them: (row number, {column: text}).
type Rows = list[tuple[int, dict[str, str]]]


class Reading(ABC):
    """A file's rows read by its kind for one run, against what the kind prepared for the
    sender: checked, then written through the services a slice at a time."""

    @abstractmethod
    def check(self, rows: Rows) -> int:
        """Read every row; ImportRefusedError with every problem by row (a bad row, one given
        twice). Returns how many there are to write."""

    @abstractmethod
    def resume(self, rows: Rows) -> int:
        """Read the rows still to write after a run stopped (those written would now read as
        already recorded); the first bad row refuses the file. Returns how many."""

    @abstractmethod
    def write(self, start: int, stop: int) -> None:
        """Write the rows read from `start` to `stop`; a row the services refuse refuses the
        file (ImportRefusedError) with its row number."""


@dataclass(frozen=True)
class Kind:
    """A kind of file as the import pages and jobs know it."""

    key: str
    title: str | Promise
    permission: str  # who may send such a file at all; each row's service checks the rest
    required: tuple[str, ...]  # columns the file must have

    def reading(self, actor: User) -> Reading:
        raise NotImplementedError


@dataclass(frozen=True)
class Importer[K, R](Kind):
    """A kind of file whose rows read as `R` against `K`, what they are read against (lookups
    loaded once per run)."""

    prepare: Callable[[User], K]
    # (row, prepared) -> the row's values for its service; raises InvalidRowError
    parse: Callable[[dict[str, str], K], R]
    # two rows with the same identity are the same entry, given twice
    identity: Callable[[R], Hashable]
    # (actor, prepared, values) -> writes one row through the services
    write: Callable[[User, K, R], object] | None = None
    # or (actor, prepared, [values, ...]) -> writes a batch through a service that takes many
    # (it raises a ValidationError keyed by the failing entry's position)
    write_batch: Callable[[User, K, list[R]], object] | None = None

    def reading(self, actor: User) -> Reading:
        return _Reading(self, actor, self.prepare(actor))


class _Reading[K, R](Reading):
    def __init__(self, importer: Importer[K, R], actor: User, prepared: K) -> None:
        self.importer, self.actor, self.prepared = importer, actor, prepared
        self.pending: list[tuple[int, R]] = []

    def check(self, rows: Rows) -> int:
        parse, prepared = self.importer.parse, self.prepared
        self.pending = checked(rows, lambda row: parse(row, prepared), self.importer.identity)
        return len(self.pending)

    def resume(self, rows: Rows) -> int:
        self.pending = [(number, self._parse_one(number, row)) for number, row in rows]
        return len(self.pending)

    def _parse_one(self, number: int, row: dict[str, str]) -> R:
        try:
            return self.importer.parse(row, self.prepared)
        except InvalidRowError as problem:
            raise ImportRefusedError([RowError(number, str(problem))]) from problem

    def write(self, start: int, stop: int) -> None:
        batch = self.pending[start:stop]
        if self.importer.write_batch is not None:
            self._write_together(self.importer.write_batch, batch)
            return
        assert self.importer.write is not None
        for number, values in batch:
            self._write_one(self.importer.write, number, values)

    def _write_one(self, write: Callable[[User, K, R], object], number: int, values: R) -> None:
        try:
            write(self.actor, self.prepared, values)
        except ValidationError as error:
            raise ImportRefusedError([RowError(number, " ".join(error.messages))]) from error
        except PermissionDenied as denied:
            raise ImportRefusedError(
                [RowError(number, _("you may not change this row"))]
            ) from denied

    def _write_together(
        self, write_batch: Callable[[User, K, list[R]], object], batch: list[tuple[int, R]]
    ) -> None:
        try:
            write_batch(self.actor, self.prepared, [values for _number, values in batch])
        except ValidationError as error:
            by_entry = getattr(error, "error_dict", {})
            problems = [
                RowError(batch[int(index)][0], " ".join(ValidationError(found).messages))
                for index, found in by_entry.items()
                if index.isdigit()
            ]
            raise ImportRefusedError(
                problems or [RowError(batch[0][0], " ".join(error.messages))]
            ) from error
        except PermissionDenied as denied:
            raise ImportRefusedError(
                [RowError(batch[0][0], _("you may not change this row"))]
            ) from denied


_KINDS: dict[str, Kind] = {}


def register[I: Kind](importer: I) -> I:
    _KINDS[importer.key] = importer
    return importer


def importer_for(key: str) -> Kind:
    return _KINDS[key]
