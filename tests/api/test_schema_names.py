"""Each choice the API takes is published under its own name with its own values: two classes
of one name (`Registration.Role`, `Officer.Role`) once merged into one component, and the
schema offered a delegate's registration the chair's roles."""

import enum
import typing
from collections.abc import Iterator
from typing import Any

from ninja import Schema

from neaspec.api.root import api


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _choices(annotation: Any) -> Iterator[type[enum.Enum]]:
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        yield annotation
    for argument in typing.get_args(annotation):
        yield from _choices(argument)


def test_every_choice_is_published_with_its_own_values() -> None:
    components = api.get_openapi_schema()["components"]["schemas"]
    published = {tuple(c["enum"]): name for name, c in components.items() if "enum" in c}
    wrong, checked = [], 0
    for schema in _subclasses(Schema):
        if not schema.__module__.startswith("neaspec."):
            continue
        for field, info in schema.model_fields.items():
            for choice in _choices(info.annotation):
                checked += 1
                values = tuple(member.value for member in choice)
                if values not in published:
                    wrong.append(f"{schema.__name__}.{field}: {choice.__qualname__}")
    assert wrong == []
    assert checked >= 15
    assert {"RegistrationRole", "OfficerRole"} <= set(components)
