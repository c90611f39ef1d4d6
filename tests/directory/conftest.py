from collections.abc import Callable
from typing import Any

import pytest

from neaspec.directory import services
from neaspec.directory.models import Person

CONTACT_FIELDS = ("name", "honorific", "position", "organization", "email", "phone")


@pytest.fixture
def change_contact() -> Callable[..., Person]:
    """`contact_update` with the person's other details as they are."""

    def change(actor: Any, person: Person, **changes: Any) -> Person:
        fields = {name: getattr(person, name) for name in CONTACT_FIELDS}
        return services.contact_update(actor=actor, person=person, **{**fields, **changes})

    return change
