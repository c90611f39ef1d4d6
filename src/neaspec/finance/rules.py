import rules

from neaspec.accounts.rules import is_focal_point_of, is_secretariat

# The Secretariat keeps the books; a focal point confirms their own State's contributions.
rules.add_perm("finance.manage", is_secretariat)
rules.add_perm("finance.view_unpublished", is_secretariat)
rules.add_perm("finance.confirm_contribution", is_focal_point_of)
