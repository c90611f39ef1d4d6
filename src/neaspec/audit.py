"""The audit trail: every change to a domain object records who, when and what.

django-simple-history keeps a historical row per save; services save through `save_audited`
so the actor and the reason are recorded even outside a web request (CLI, tasks, seeding).
"""

import json
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import TypedDict

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.text import capfirst
from simple_history.models import HistoricalChanges

from neaspec.accounts.models import Actor


class JournalEntry(TypedDict):
    """An undo note: the row's model and key, and the row as it was before, as JSON (None
    when the row was created)."""

    model: str
    pk: int
    before: str | None


# While a journal is open, every audited save notes what it created or what the row was before,
# so work written in several transactions (a long import) can be undone as a whole.
_journal: ContextVar[list[JournalEntry] | None] = ContextVar("journal", default=None)


@contextmanager
def journaled() -> Iterator[list[JournalEntry]]:
    """Collect the undo notes of the audited saves made inside the block (JSON-ready)."""
    entries: list[JournalEntry] = []
    token = _journal.set(entries)
    try:
        yield entries
    finally:
        _journal.reset(token)


def journal_open() -> list[JournalEntry] | None:
    """The open journal, for a service that writes in bulk and notes its own undo."""
    return _journal.get()


def snapshot(obj: models.Model) -> JournalEntry:
    """The undo note for a row about to change: `obj` as it was read, before any change."""
    row = {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}
    return {"model": obj._meta.label_lower, "pk": obj.pk, "before": DjangoJSONEncoder().encode(row)}


def created(obj: models.Model) -> JournalEntry:
    """The undo note for a row just created."""
    return {"model": obj._meta.label_lower, "pk": obj.pk, "before": None}


def _before(obj: models.Model) -> str | None:
    """The row as stored, as JSON (None when `obj` is new)."""
    if obj._state.adding:
        return None
    fields = [f.attname for f in obj._meta.concrete_fields]
    stored = type(obj)._default_manager.filter(pk=obj.pk).values(*fields).first()
    return None if stored is None else DjangoJSONEncoder().encode(stored)


def undo_journal(entries: list[JournalEntry], *, actor: Actor | None, reason: str) -> None:
    """Undo what a journal noted, newest first: delete what was created, put back the rest."""
    for entry in reversed(entries):
        model = apps.get_model(entry["model"])
        obj = model._default_manager.filter(pk=entry["pk"]).first()
        if obj is None:
            continue
        if entry["before"] is None:
            delete_audited(obj, actor=actor, reason=reason)
            continue
        for name, value in json.loads(entry["before"]).items():
            field = next(f for f in obj._meta.concrete_fields if f.attname == name)
            setattr(obj, name, field.to_python(value))
        obj._history_user = actor if getattr(actor, "is_authenticated", False) else None
        obj._change_reason = _reason(reason)
        obj.save()  # the row as it was, which was valid then


def save_audited(obj: models.Model, *, actor: Actor | None, reason: str) -> None:
    """Validate and save `obj`, recording `actor` and `reason` in its history."""
    obj.full_clean()
    entries = _journal.get()
    before = _before(obj) if entries is not None else None
    obj._history_user = actor if getattr(actor, "is_authenticated", False) else None  # type: ignore[attr-defined]
    obj._change_reason = _reason(reason)  # type: ignore[attr-defined]
    obj.save()
    if entries is not None:
        entries.append({"model": obj._meta.label_lower, "pk": obj.pk, "before": before})


def delete_audited(obj: models.Model, *, actor: Actor | None, reason: str) -> None:
    if _journal.get() is not None:
        raise RuntimeError("a journaled write cannot be undone if it deletes")
    obj._history_user = actor if getattr(actor, "is_authenticated", False) else None  # type: ignore[attr-defined]
    obj._change_reason = _reason(reason)  # type: ignore[attr-defined]
    obj.delete()


# The history's column for the reason (django-simple-history's history_change_reason).
REASON_LENGTH = 100


def _reason(reason: str) -> str:
    """`reason` as the history keeps it: a reason with a person's own words in it ("role
    revoked: …") may run longer than the column, which PostgreSQL would refuse."""
    reason = " ".join(reason.split())
    return reason if len(reason) <= REASON_LENGTH else reason[: REASON_LENGTH - 1] + "…"


@dataclass(frozen=True)
class Change:
    field: str
    label: str  # the field's name in words, in the reader's language ("Received amount")
    # Whatever the field held before and after (a text, a date, a row's key, a choice's label):
    # only shown.
    old: object
    new: object


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    who: str
    kind: str
    reason: str
    changes: list[Change]


def history_for(*, actor: Actor, obj: models.Model) -> list[HistoryEntry] | None:
    """The object's history if `actor` may see it (the Secretariat), else None."""
    return history_of(obj) if actor.has_perm("accounts.view_history") else None


def history_of(obj: models.Model, *, limit: int = 50) -> list[HistoryEntry]:
    """The object's changes, newest first, each with the fields it changed."""
    manager = obj.history  # type: ignore[attr-defined]
    # One record more than shown, so the oldest shown entry can be diffed against its predecessor.
    records = list(manager.select_related("history_user").order_by("-history_date")[: limit + 1])
    older_records = [*records[1:], None]
    return [
        HistoryEntry(
            when=record.history_date,
            who=str(record.history_user) if record.history_user else "system",
            kind=record.get_history_type_display(),
            reason=record.history_change_reason or "",
            changes=_changes(record, older),
        )
        for record, older in zip(records[:limit], older_records, strict=False)
    ]


def _changes(record: HistoricalChanges, older: HistoricalChanges | None) -> list[Change]:
    """What `record` changed since `older`, each field named in words and a choice by its
    label ("Pledged → Received"), as the pages show everything else."""
    if older is None:
        return []
    meta = record.instance_type._meta
    changes = []
    for change in record.diff_against(older).changes:
        try:
            field = meta.get_field(change.field)
        except FieldDoesNotExist:
            changes.append(Change(change.field, change.field, change.old, change.new))
            continue
        labels = dict(getattr(field, "flatchoices", None) or ())
        changes.append(
            Change(
                change.field,
                capfirst(str(getattr(field, "verbose_name", change.field))),
                _shown(labels, change.old),
                _shown(labels, change.new),
            )
        )
    return changes


def _shown(labels: dict[object, object], value: object) -> object:
    """A choice's label; any other value (a list of a JSON field too) as it is."""
    return labels.get(value, value) if labels and isinstance(value, Hashable) else value
