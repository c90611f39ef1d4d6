"""Who may have the data page's files built again at once (anyone may download them)."""

import rules

from neaspec.accounts.rules import is_secretariat

rules.add_perm("reports.refresh_datasets", is_secretariat)
