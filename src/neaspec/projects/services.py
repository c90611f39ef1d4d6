"""Writes to projects: the delays the SOM hears of."""

import datetime
from typing import Any

from django.db import transaction

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import require
from neaspec.audit import save_audited
from neaspec.projects.models import Delay, Project


@transaction.atomic
def project_delay_record(
    *,
    actor: Actor,
    project: Project,
    what: str,
    reason: str,
    date: datetime.date | None = None,
    reported_at: Any = None,
    source: str = "",
) -> Delay:
    """Record that part of a project is late and why (as the Secretariat reported it)."""
    require(actor, "projects.manage")
    delay = Delay(
        project=project, what=what, reason=reason, date=date, reported_at=reported_at, source=source
    )
    save_audited(delay, actor=actor, reason="delay recorded")
    return delay
