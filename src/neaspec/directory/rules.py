import rules

from neaspec.accounts.rules import is_focal_point_of, is_secretariat, is_signed_in

# Contact details are for people inside the programme, never for the anonymous public.
rules.add_perm("directory.view_contacts", is_signed_in)
# A focal point keeps their own State's list of focal points current; never another State's.
rules.add_perm("directory.add_focalpoint", is_secretariat | is_focal_point_of)
rules.add_perm("directory.change_focalpoint", is_secretariat | is_focal_point_of)
rules.add_perm("directory.add_membership", is_secretariat)
rules.add_perm("directory.change_membership", is_secretariat)
rules.add_perm("directory.change_person", is_secretariat)
