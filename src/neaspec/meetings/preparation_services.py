"""Changes to a meeting's preparation that take more than one service: each all or nothing."""

import datetime
from typing import Any

from django.db import transaction

from neaspec.accounts.models import Actor
from neaspec.meetings import delegations, services
from neaspec.meetings.models import Meeting, Registration


def meeting_change(
    *,
    actor: Actor,
    meeting: Meeting,
    changes: dict[str, Any],
    status: str | None = None,
    replies_due: datetime.date | None = None,
) -> Meeting:
    """Change a meeting's fields (`services.meeting_update`) and move its status forward
    (`services.meeting_status_set`, with the date the States' replies to a circulated report
    are due): both, or nothing when either is refused."""
    with transaction.atomic():
        if changes:
            meeting = services.meeting_update(actor=actor, meeting=meeting, **changes)
        if status:
            meeting = services.meeting_status_set(
                actor=actor, meeting=meeting, status=status, replies_due=replies_due
            )
    return meeting


def registration_change(
    *,
    actor: Actor,
    registration: Registration,
    changes: dict[str, Any],
    status: str | None = None,
    attended: bool | None = None,
) -> Registration:
    """Change a registration's fields (its delegation), withdraw it (its delegation) or accept
    it (the organizers), and confirm its attendance (the organizers), in that order: all, or
    nothing when one is refused."""
    with transaction.atomic():
        if changes:
            registration = delegations.registration_update(
                actor=actor, registration=registration, **changes
            )
        if status == "withdrawn":
            registration = delegations.registration_withdraw(actor=actor, registration=registration)
        elif status == "accepted":
            registration = delegations.registration_accept(actor=actor, registration=registration)
        if attended is not None:
            registration = delegations.attendance_confirm(
                actor=actor, registration=registration, attended=attended
            )
    return registration
