from typing import Any

import rules

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import is_focal_point_of, is_secretariat
from neaspec.directory import selectors


@rules.predicate
def sees_contacts_of(user: Actor, person: Any) -> bool:
    """The person themself, the Secretariat, the focal points of the person's State and their
    fellow committee members (`selectors.ContactScope`); asked without a person, nobody."""
    return person is not None and selectors.may_see_contacts(actor=user, person=person)


# A person's e-mail and telephone (obj: the Person). Pages that list many people ask
# `selectors.contact_ids` once for the page instead.
rules.add_perm("directory.view_contacts", sees_contacts_of)
# A focal point keeps their own State's list of focal points current; never another State's.
rules.add_perm("directory.add_focalpoint", is_secretariat | is_focal_point_of)
rules.add_perm("directory.change_focalpoint", is_secretariat | is_focal_point_of)
# A focal point keeps their own State's contacts (alternates, delegation members): obj is the
# State for a new contact, the Person (by its State) for a change.
rules.add_perm("directory.add_person", is_secretariat | is_focal_point_of)
rules.add_perm("directory.change_person", is_secretariat | is_focal_point_of)
rules.add_perm("directory.add_membership", is_secretariat)
rules.add_perm("directory.change_membership", is_secretariat)
