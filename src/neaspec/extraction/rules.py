import rules

from neaspec.accounts.rules import is_secretariat

# Only the Secretariat confirms what a report says into the record (DESIGN: confirm extracted
# decisions).
rules.add_perm("extraction.review", is_secretariat)
