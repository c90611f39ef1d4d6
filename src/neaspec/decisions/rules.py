import rules

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import (
    is_committee_member_of,
    is_focal_point_of,
    is_secretariat,
)
from neaspec.programme.rules import is_member_state_official


@rules.predicate
def owns_follow_up(user: Actor, follow_up: object) -> bool:
    """A State's focal point owns that State's actions; a committee member their body's."""
    owner = getattr(follow_up, "owner", None)
    if owner == "state":
        return bool(is_focal_point_of(user, follow_up))
    if owner == "body":
        return bool(is_committee_member_of(user, follow_up))
    return False


# Drafts are circulated to member States; the public sees adopted decisions only.
rules.add_perm("decisions.view_draft", is_secretariat | is_member_state_official)
# A focal point states their own State's position (the object is the member State).
rules.add_perm("decisions.record_position", is_secretariat | is_focal_point_of)
rules.add_perm("decisions.update_followup", is_secretariat | owns_follow_up)
rules.add_perm("decisions.link_decisions", is_secretariat)
# What a meeting decided, whom it asked and what follows, recorded from its report.
rules.add_perm("decisions.record_decision", is_secretariat)
# Closing an action on evidence (a later decision, a meeting, a document): its owner or the
# Secretariat, as for progress.
rules.add_perm("decisions.close_followup", is_secretariat | owns_follow_up)
