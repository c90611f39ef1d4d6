import rules

from neaspec.accounts.models import Actor, Role
from neaspec.accounts.rules import (
    focal_point_state_ids,
    grants_of,
    is_focal_point_of,
    is_secretariat,
)


@rules.predicate
def is_member_state_official(user: Actor) -> bool:
    """Focal points and committee members see drafts circulated to member States."""
    return any(g.role in {Role.FOCAL_POINT, Role.COMMITTEE_MEMBER} for g in grants_of(user))


rules.add_perm("programme.view_draft_plan", is_secretariat | is_member_state_official)


@rules.predicate
def leads_activity(user: Actor, activity: object) -> bool:
    """The focal point of the State that leads an activity reports on it."""
    state_id = getattr(activity, "lead_state_id", None)
    return state_id is not None and state_id in focal_point_state_ids(user)


@rules.predicate
def is_any_focal_point(user: Actor) -> bool:
    return bool(focal_point_state_ids(user))


# A focal point submits their own State's values (the object is the member State).
rules.add_perm("programme.submit_indicator_value", is_secretariat | is_focal_point_of)
rules.add_perm("programme.review_indicator_value", is_secretariat)
rules.add_perm("programme.set_indicator_references", is_secretariat)
rules.add_perm("programme.update_activity", is_secretariat | leads_activity)
rules.add_perm("programme.revise_activity", is_secretariat)
rules.add_perm("programme.import_results", is_secretariat | is_any_focal_point)
