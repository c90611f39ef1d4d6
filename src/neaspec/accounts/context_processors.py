from typing import Any

from django.http import HttpRequest

from neaspec.accounts.models import Role
from neaspec.accounts.rules import grants_of, is_secretariat


def roles(request: HttpRequest) -> dict[str, Any]:
    """Lets the layout show Secretariat-only and translators' links without a query per check
    (asking `perms` would also ask Django's model permissions, two queries)."""
    user = getattr(request, "user", None)
    secretariat = bool(user and is_secretariat(user))
    translator = bool(user and any(g.role == Role.TRANSLATOR for g in grants_of(user)))
    return {"user_is_secretariat": secretariat, "user_translates": secretariat or translator}
