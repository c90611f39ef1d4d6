"""The audit trail: every change to a domain object records who, when and what.

django-simple-history keeps a historical row per save; services save through `save_audited`
so the actor and the reason are recorded even outside a web request (CLI, tasks, seeding).
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import models


def save_audited(obj: models.Model, *, actor: Any, reason: str) -> None:
    """Validate and save `obj`, recording `actor` and `reason` in its history."""
    obj.full_clean()
    obj._history_user = actor if getattr(actor, "is_authenticated", False) else None  # type: ignore[attr-defined]
    obj._change_reason = reason  # type: ignore[attr-defined]
    obj.save()


def delete_audited(obj: models.Model, *, actor: Any, reason: str) -> None:
    obj._history_user = actor if getattr(actor, "is_authenticated", False) else None  # type: ignore[attr-defined]
    obj._change_reason = reason  # type: ignore[attr-defined]
    obj.delete()


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    who: str
    kind: str
    reason: str
    changes: list[Change]


def history_for(*, actor: Any, obj: models.Model) -> list[HistoryEntry] | None:
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


def _changes(record: Any, older: Any) -> list[Change]:
    if older is None:
        return []
    return [Change(c.field, c.old, c.new) for c in record.diff_against(older).changes]
