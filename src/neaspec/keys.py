"""Keys that name records in URLs ("big-cats", "strategic-plan-2026-2030"), made from a name."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import IntegrityError, models, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from neaspec.conflicts import ConflictError


@contextmanager
def claimed(key: str) -> Iterator[None]:
    """Save a row under a key `free_key` chose: if another writer took the same key a moment
    ago, say so (409) instead of failing on the unique constraint."""
    try:
        with transaction.atomic():  # a savepoint: the other writer may win the race
            yield
    except IntegrityError:
        raise ConflictError(
            _("“%s” was created by someone else a moment ago; try again.") % key
        ) from None


def free_key(model: type[models.Model], name: str, *, fallback: str, field: str = "key") -> str:
    """The slug of `name`, with "-2", "-3"… when a row of `model` already has it. A race between
    two writers ends at the unique constraint, not here."""
    base = slugify(name)[:70] or fallback
    key, n = base, 2
    while model._default_manager.filter(**{field: key}).exists():
        key, n = f"{base}-{n}", n + 1
    return key
