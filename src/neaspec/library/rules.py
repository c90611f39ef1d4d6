import rules

from neaspec.accounts.rules import is_secretariat
from neaspec.programme.rules import is_member_state_official

# The Secretariat and focal points add documents; a focal point's are visible to member States
# or the public, and the Secretariat publishes.
rules.add_perm("library.add_document", is_secretariat | is_member_state_official)
rules.add_perm("library.view_member_states_documents", is_secretariat | is_member_state_official)
rules.add_perm("library.view_secretariat_documents", is_secretariat)
rules.add_perm("library.publish_document", is_secretariat)
rules.add_perm("library.delete_document", is_secretariat)
