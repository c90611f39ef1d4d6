import rules

from neaspec.accounts.rules import is_focal_point_of, is_secretariat

# A focal point nominates sites of their State and submits their sheets (the object is the
# member State); the Secretariat validates sheets and records the Steering Committee's review
# and the SOM's decision.
rules.add_perm("networks.nominate_site", is_secretariat | is_focal_point_of)
rules.add_perm("networks.submit_sheet", is_secretariat | is_focal_point_of)
rules.add_perm("networks.validate_sheet", is_secretariat)
rules.add_perm("networks.record_nomination_step", is_secretariat)
rules.add_perm("networks.manage", is_secretariat)
rules.add_perm("networks.report_nomination", is_secretariat | is_focal_point_of)
