"""Who sees a consultation, who speaks in it, who answers a survey and sees its results."""

from typing import Any

import rules

from neaspec.accounts.models import Actor, Role
from neaspec.accounts.rules import grants_of, is_focal_point_of, is_secretariat, is_signed_in


@rules.predicate
def in_audience(user: Actor, obj: Any) -> bool:
    """The consultation (or survey) is addressed to the user: its audience includes them."""
    audience = obj.audience
    if audience == "public":
        return True
    grants = grants_of(user)
    if audience in ("focal_points", "member_states"):
        return any(g.role == Role.FOCAL_POINT for g in grants)
    if audience == "body":
        return any(g.role == Role.COMMITTEE_MEMBER and g.body_id == obj.body_id for g in grants)
    if audience == "partners":
        return any(g.role == Role.PARTNER for g in grants)
    return False  # stakeholders answer through their own link


@rules.predicate
def sees_each_other(user: Actor, consultation: Any) -> bool:
    """In an open consultation the participants read each other's comments."""
    return bool(consultation.open)


rules.add_perm("consultations.manage", is_secretariat)
rules.add_perm("consultations.view", is_secretariat | in_audience)
# Taking part needs an account, even in a public consultation: a comment has an author.
rules.add_perm("consultations.take_part", is_secretariat | (is_signed_in & in_audience))
rules.add_perm("consultations.read_comments", is_secretariat | (in_audience & sees_each_other))
# A focal point comments for their own State; the Secretariat records what a State sent it.
rules.add_perm("consultations.comment_for_state", is_secretariat | is_focal_point_of)
# A survey's counts are shown to its audience; the free-text answers only to the Secretariat.
rules.add_perm("surveys.results", is_secretariat | in_audience)
rules.add_perm("surveys.answer_for_state", is_secretariat | is_focal_point_of)
