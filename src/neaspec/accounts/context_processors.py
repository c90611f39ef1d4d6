from typing import Any

from django.http import HttpRequest

from neaspec.accounts.rules import is_secretariat


def roles(request: HttpRequest) -> dict[str, Any]:
    """Lets the layout show Secretariat-only links without a query per check."""
    user = getattr(request, "user", None)
    return {"user_is_secretariat": bool(user and is_secretariat(user))}
