import rules

from neaspec.accounts.rules import is_secretariat

rules.add_perm("projects.manage", is_secretariat)
