"""Who prepares and runs a meeting, who registers whom, who answers for a State."""

from typing import Any

import rules

from neaspec.accounts.models import Actor, Role
from neaspec.accounts.rules import grants_of, is_focal_point_of, is_secretariat
from neaspec.directory.models import Organization
from neaspec.meetings.models import Officer


@rules.predicate
def organizes(user: Actor, obj: Any) -> bool:
    """A committee's members organize their body's meetings (obj: a meeting or a series)."""
    series = getattr(obj, "series", obj)
    body_id = getattr(series, "body_id", None)
    return body_id is not None and any(
        g.role == Role.COMMITTEE_MEMBER and g.body_id == body_id for g in grants_of(user)
    )


@rules.predicate
def is_rapporteur_of(user: Actor, meeting: Any) -> bool:
    """The person elected the meeting's rapporteur records its proceedings with the
    Secretariat (obj: the meeting)."""
    person_id = getattr(user, "person_id", None)
    if not person_id:
        return False
    rapporteur = Officer.objects.filter(meeting=meeting, role=Officer.Role.RAPPORTEUR)
    return rapporteur.filter(person_id=person_id).exists()


@rules.predicate
def speaks_for(user: Actor, delegation: Any) -> bool:
    """A focal point for their own State; a partner for their own organization."""
    if isinstance(delegation, Organization):
        return any(
            g.role == Role.PARTNER and g.organization_id == delegation.pk for g in grants_of(user)
        )
    return bool(is_focal_point_of(user, delegation))


# Meetings are prepared by the Secretariat, and by a committee's members for their body's.
rules.add_perm("meetings.organize", is_secretariat | organizes)
# What happens in the room (officers elected, statements, the agenda adopted) is recorded by
# the organizers and by the meeting's rapporteur (obj: the meeting).
rules.add_perm("meetings.record_proceedings", is_secretariat | organizes | is_rapporteur_of)
# A delegation is registered by the Secretariat or by whoever speaks for it (obj: the State or
# the organization).
rules.add_perm("meetings.register", is_secretariat | speaks_for)
# A member State answers the circulated draft report through its focal point (obj: the State).
rules.add_perm("meetings.answer_report", is_secretariat | is_focal_point_of)
