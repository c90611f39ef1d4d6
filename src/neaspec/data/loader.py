"""Load the reference dataset: all of it or none of it, and only what changed.

Each YAML file maps a kind (`states`, `bodies`, `plans` ...) to a list of records. Every record
names its `source`. Loading twice changes nothing; an edited value updates its row; a malformed
file is rejected with file, line and reason before anything is written.

This module is the shared core: reading YAML with line numbers, field converters, the
all-or-nothing transaction and idempotent upserts. It knows no app. Each app describes its own
kinds in `<app>/reference.py` and registers them here with `register`, at a stage that puts
them after the kinds their records refer to.
"""

import datetime
from collections.abc import Callable, Hashable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import translation
from django.utils.module_loading import autodiscover_modules

from neaspec.audit import save_audited
from neaspec.multilingual import SOURCE_LANGUAGE

DATA_DIR = Path(__file__).resolve().parent
LINE = "__line__"
REASON = "reference data"

# A value as YAML's safe loader reads it from a dataset file: a scalar (an unquoted date is a
# date already), a list or a mapping of them. A record is one mapping of a kind's list.
type Scalar = str | int | float | bool | datetime.date | None
type Raw = Scalar | list[Raw] | dict[str, Raw]
type Record = dict[str, Raw]


class SeedError(Exception):
    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path, self.line, self.reason = Path(path), line, reason
        super().__init__(f"{Path(path).name}:{line or '?'}: {reason}")


class _LineLoader(yaml.SafeLoader):
    """Records the line of every mapping so errors can point at the record."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Raw]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE] = node.start_mark.line + 1
        return mapping


@dataclass(frozen=True)
class Conflict:
    """A value the reference data would set where someone has set another: theirs is kept."""

    path: Path
    line: int | None
    record: str
    field: str
    # Whatever the two sides hold (a text, a date, a row's key): they are only shown.
    kept: object
    wanted: object

    def __str__(self) -> str:
        return (
            f"{self.path.name}:{self.line or '?'}: {self.record}: {self.field} kept as "
            f"{self.kept!r} (the reference data says {self.wanted!r})"
        )


@dataclass
class Tally:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    # What a kind gathers to write at once when all its files are read (Entry.finish): the
    # kind's own checked entries, which its finish reads back by their type.
    gathered: dict[str, list[object]] = field(default_factory=dict)

    @property
    def changed(self) -> int:
        return self.created + self.updated


@dataclass
class Context:
    path: Path
    tally: Tally


# --- field converters: each takes the raw value and returns the model value or raises ValueError


def text(value: Raw) -> str:
    if not isinstance(value, str):
        raise ValueError("expected text")
    return value.strip()


def number(value: Raw) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("expected a whole number")
    return value


def flag(value: Raw) -> bool:
    if not isinstance(value, bool):
        raise ValueError("expected true or false")
    return value


def day(value: Raw) -> datetime.date:
    if isinstance(value, datetime.date):
        return value
    raise ValueError("expected a date written YYYY-MM-DD")


def clock(value: Raw) -> datetime.time:
    """A time of day written "15:00" (YAML reads an unquoted 15:00 as a number of minutes)."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value // 60:02d}:{value % 60:02d}"
    try:
        return datetime.time.fromisoformat(str(value))
    except ValueError as error:
        raise ValueError("expected a time written HH:MM") from error


def ref[M: models.Model](model: type[M], key: str) -> Callable[[Raw], M]:
    def convert(value: Raw) -> M:
        found = model._default_manager.filter(**{key: value}).first()
        if found is None:
            raise ValueError(f"no {model._meta.verbose_name} with {key} {value!r}")
        return found

    return convert


def optional[T](convert: Callable[[Raw], T]) -> Callable[[Raw], T | None]:
    return lambda value: None if value is None else convert(value)


def decimal(value: Raw) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError("expected a number")
    try:
        # Through str so 0.1 in YAML is the decimal 0.1, not the float's binary expansion.
        return Decimal(str(value))
    except InvalidOperation as error:
        raise ValueError("expected a number") from error


def decision(value: Raw) -> models.Model:
    """A decision by citation: '<meeting key>/<paragraph>' or '<meeting key>/<paragraph>.<n>'
    (a `decisions.Decision`, typed as a model: the core imports no app)."""
    meeting_key, _, para = str(value).partition("/")
    paragraph, _, sentence = para.partition(".")
    found = (
        apps.get_model("decisions", "Decision")
        .objects.filter(
            meeting__key=meeting_key,
            paragraph=paragraph,
            sentence=int(sentence) if sentence.isdigit() else None,
        )
        .first()
    )
    if found is None:
        raise ValueError(f"no decision cited as {value!r}")
    return found


# A field converter: the raw value to the model's value, or ValueError saying what was expected.
type Converter = Callable[[Raw], object]


@dataclass(frozen=True)
class Kind[M: models.Model]:
    model: type[M]
    lookup: tuple[str, ...]
    fields: Mapping[str, Converter]
    required: frozenset[str]


@dataclass(frozen=True)
class Entry:
    """A kind of the dataset: flat records (`kind`) or records with children (`loader`)."""

    stage: int
    kind: Kind[models.Model] | None = None
    loader: Callable[["Context", Record], None] | None = None
    defaults: Mapping[str, Raw] = field(default_factory=dict)
    finish: Callable[["Tally"], None] | None = None


# Stages, so that records load after what they refer to: the directory, then the programme's
# areas and SDGs, meetings, what refers to decisions, plans, and what refers to plans.
DIRECTORY, FRAMEWORK, MEETINGS, DECISIONS, PLANS, RESULTS, LATER = 10, 20, 30, 40, 50, 60, 70
REGISTRY: dict[str, Entry] = {}


def register(
    name: str,
    *,
    stage: int,
    kind: Kind[models.Model] | None = None,
    loader: Callable[["Context", Record], None] | None = None,
    defaults: Mapping[str, Raw] | None = None,
    finish: Callable[[Tally], None] | None = None,
) -> None:
    """Make `name:` a kind of the dataset files, loaded at `stage` (then in registration order);
    `finish` runs once the kind's records of every file are read."""
    REGISTRY[name] = Entry(stage, kind, loader, defaults or {}, finish)


def kinds() -> list[tuple[str, Entry]]:
    """Every registered kind in loading order; the apps' reference modules register on import."""
    autodiscover_modules("reference")
    order = {name: i for i, name in enumerate(REGISTRY)}
    return sorted(REGISTRY.items(), key=lambda item: (item[1].stage, order[item[0]]))


def read(path: Path) -> dict[str, list[Record]]:
    kinds()  # the apps' kinds must be registered before a file can be checked against them
    try:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise SeedError(
            path, mark.line + 1 if mark else None, str(error.problem or error)
        ) from error
    except (OSError, UnicodeDecodeError) as error:
        raise SeedError(path, None, str(error)) from error
    if not isinstance(document, dict):
        raise SeedError(path, 1, "the file must map a kind (e.g. 'states:') to a list of records")
    found: dict[str, list[Record]] = {}
    for kind, records in document.items():
        if kind == LINE:
            continue
        if kind not in REGISTRY:
            known = ", ".join(name for name, _ in kinds())
            raise SeedError(path, document[LINE], f"unknown kind {kind!r}; known: {known}")
        found[kind] = _records(records, path, document[LINE], repr(kind))
    return found


def _records(items: Raw, path: Path, line: int | None, name: str) -> list[Record]:
    """A list of records, or a SeedError naming what should have been one."""
    checked = [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []
    if not isinstance(items, list) or len(checked) != len(items):
        raise SeedError(path, line, f"{name} must be a list of records")
    return checked


def dataset_files(directory: Path = DATA_DIR) -> list[Path]:
    return sorted(directory.glob("**/*.yaml"))


def load(paths: list[Path] | None = None) -> Tally:
    """Load the given files (default: the whole dataset) in one transaction."""
    documents = [(path, read(path)) for path in (paths or dataset_files())]
    tally = Tally()
    # The dataset is written in the source language: records are found by their English
    # whatever language the caller's thread has active (a translated field's lookups follow it).
    with transaction.atomic(), translation.override(SOURCE_LANGUAGE):
        for name, entry in kinds():
            for path, document in documents:
                ctx = Context(path, tally)
                for record in document.get(name, []):
                    if entry.loader is not None:
                        entry.loader(ctx, record)
                    else:
                        assert entry.kind is not None
                        load_record(ctx, entry.kind, {**entry.defaults, **record})
                    tally.by_kind[name] = tally.by_kind.get(name, 0) + 1
            if entry.finish is not None:
                entry.finish(tally)
    return tally


def convert(ctx: Context, kind: Kind[models.Model], record: Record) -> dict[str, object]:
    """The record's fields as the model takes them (the converters' values, keyed by field)."""
    line = line_of(record)
    allowed = set(kind.fields) | {"source", LINE}
    unknown = sorted(set(record) - allowed)
    if unknown:
        raise SeedError(ctx.path, line, f"unknown field {unknown[0]!r}")
    missing = sorted(kind.required - set(record))
    if missing:
        raise SeedError(ctx.path, line, f"missing field {missing[0]!r}")
    try:
        source = text(record["source"])
    except ValueError as error:
        raise SeedError(ctx.path, line, f"source: {error}") from error
    if not source:
        raise SeedError(ctx.path, line, "every record needs a source")
    values: dict[str, object] = {"source": source}
    for name, convert in kind.fields.items():
        if name in record:
            try:
                values[name] = convert(record[name])
            except ValueError as error:
                raise SeedError(ctx.path, line, f"{name}: {error}") from error
    return values


def line_of(record: Record) -> int | None:
    """The line a record starts on (the loader notes it on every mapping)."""
    line = record.get(LINE)
    return line if isinstance(line, int) else None


def load_record[M: models.Model](
    ctx: Context, kind: Kind[M], record: Record, **parents: models.Model
) -> M:
    values = {**convert(ctx, kind, record), **parents}
    lookup = {name: values[name] for name in (*kind.lookup, *parents)}
    return upsert(ctx, kind.model, lookup, values, line_of(record))


def upsert[M: models.Model](
    ctx: Context,
    model: type[M],
    lookup: Mapping[str, object],
    values: Mapping[str, object],
    line: int | None,
) -> M:
    """Create the row, or update the fields the reference data still owns: a field that someone
    changed since the dataset last wrote it keeps their value, and the difference is reported
    as a conflict instead of being reverted."""
    obj = model._default_manager.filter(**lookup).first()
    if obj is None:
        obj = model(**values)
        ctx.tally.created += 1
    else:
        differing = [n for n, v in values.items() if _stored(obj, n) != _stored_value(model, n, v)]
        if not differing:
            ctx.tally.unchanged += 1
            return obj
        seeded = _last_seeded(obj)
        owned = [
            n for n in differing if seeded is not None and _stored(seeded, n) == _stored(obj, n)
        ]
        for name in set(differing) - set(owned):
            ctx.tally.conflicts.append(
                Conflict(ctx.path, line, str(obj), name, _stored(obj, name), values[name])
            )
        if not owned:
            ctx.tally.unchanged += 1
            return obj
        for name in owned:
            setattr(obj, name, values[name])
        ctx.tally.updated += 1
    try:
        save_audited(obj, actor=None, reason=REASON)
    except ValidationError as error:
        raise SeedError(ctx.path, line, _describe(error)) from error
    return obj


def _stored(obj: models.Model, name: str) -> object:
    """A field's value as the database holds it (a related row by its key)."""
    field = obj._meta.get_field(name)
    assert isinstance(field, models.Field)  # a record sets the model's own columns only
    return getattr(obj, field.attname)


def _stored_value(model: type[models.Model], name: str, value: object) -> object:
    field = model._meta.get_field(name)
    if field.is_relation and isinstance(value, models.Model):
        return value.pk
    return value


def _last_seeded(obj: models.Model) -> models.Model | None:
    """The row as the reference data last wrote it, from its history; None if it never did
    (someone created it, and it is theirs)."""
    history = getattr(obj, "history", None)
    if history is None:
        return None
    return history.filter(history_change_reason=REASON).order_by("-history_date").first()


def _describe(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return "; ".join(f"{k}: {' '.join(v)}" for k, v in error.message_dict.items())
    return " ".join(error.messages)


def children(record: Record, name: str, ctx: Context) -> Iterator[Record]:
    yield from _records(record.pop(name, None) or [], ctx.path, line_of(record), repr(name))


def sourced(record: Record, source: str) -> Record:
    """Children of a meeting inherit the meeting's source unless they name their own."""
    return {"source": source, **record}


def load_child[M: models.Model](
    ctx: Context,
    kind: Kind[M],
    record: Record,
    extra: Mapping[str, object] | None = None,
    **parents: models.Model,
) -> M:
    """Like load_record, for a meeting's children: `parents` identify the row together with
    the kind's lookup; `extra` values are set but do not identify it. Models without a
    `source` column take the meeting's source only for validation."""
    values = convert(ctx, kind, record)
    if not any(f.name == "source" for f in kind.model._meta.get_fields()):
        values.pop("source", None)
    values.update(parents)
    lookup = {name: values.get(name) for name in (*kind.lookup, *parents)}
    values.update(extra or {})
    return upsert(ctx, kind.model, lookup, values, line_of(record))


def resolve[T](
    ctx: Context, convert: Callable[[Raw], T], value: Raw, line: int | None, name: str
) -> T:
    try:
        return convert(value)
    except ValueError as error:
        raise SeedError(ctx.path, line, f"{name}: {error}") from error


def cited(ctx: Context, citation: Raw, line: int | None) -> models.Model:
    try:
        return decision(citation)
    except ValueError as error:
        raise SeedError(ctx.path, line, str(error)) from error


def set_related(
    ctx: Context, obj: models.Model, name: str, wanted: AbstractSet[models.Model]
) -> None:
    """Make a many-to-many field hold exactly `wanted`, counting a change once."""
    manager = getattr(obj, name)
    if wanted != set(manager.all()):
        manager.set(wanted)
        ctx.tally.updated += 1


def refs[M: models.Model](
    ctx: Context, model: type[M], key: str, values: Raw, line: int | None
) -> set[M]:
    """The rows a list of keys names (none for no list)."""
    name = model._meta.model_name or ""
    if values is not None and not isinstance(values, list):
        raise SeedError(ctx.path, line, f"{name}: expected a list")
    return {resolve(ctx, ref(model, key), v, line, name) for v in values or []}
