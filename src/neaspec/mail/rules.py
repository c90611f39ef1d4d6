import rules

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import is_secretariat


@rules.predicate
def is_self(user: Actor, other: object) -> bool:
    return other is not None and getattr(user, "pk", None) == getattr(other, "pk", -1)


# The outbox names people and addresses: the Secretariat's to read and to retry.
rules.add_perm("mail.view_outbox", is_secretariat)
rules.add_perm("mail.retry", is_secretariat)
# Each person chooses their own digest.
rules.add_perm("mail.choose_messages", is_self | is_secretariat)
