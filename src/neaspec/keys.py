"""Keys that name records in URLs ("big-cats", "strategic-plan-2026-2030"), made from a name."""

from django.db import models
from django.utils.text import slugify


def free_key(model: type[models.Model], name: str, *, fallback: str, field: str = "key") -> str:
    """The slug of `name`, with "-2", "-3"… when a row of `model` already has it. A race between
    two writers ends at the unique constraint, not here."""
    base = slugify(name)[:70] or fallback
    key, n = base, 2
    while model._default_manager.filter(**{field: key}).exists():
        key, n = f"{base}-{n}", n + 1
    return key
