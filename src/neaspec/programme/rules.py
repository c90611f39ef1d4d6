import rules

from neaspec.accounts.models import Role
from neaspec.accounts.rules import grants_of, is_secretariat


@rules.predicate
def is_member_state_official(user: object) -> bool:
    """Focal points and committee members see drafts circulated to member States."""
    return any(g.role in {Role.FOCAL_POINT, Role.COMMITTEE_MEMBER} for g in grants_of(user))


rules.add_perm("programme.view_draft_plan", is_secretariat | is_member_state_official)
