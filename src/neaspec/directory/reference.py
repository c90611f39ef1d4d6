"""The directory's reference data: member States, organizations, bodies, technical centres,
people, memberships and focal points."""

from collections.abc import Callable
from typing import Any

from neaspec.data.loader import (
    DIRECTORY,
    Kind,
    day,
    flag,
    number,
    optional,
    ref,
    register,
    text,
)
from neaspec.directory.models import Body, FocalPoint, Membership, MemberState, Organization, Person

ORGANIZATION_FIELDS: dict[str, Callable[[Any], Any]] = {
    "key": text,
    "name": text,
    "acronym": text,
    "kind": text,
    "website": text,
    "state": optional(ref(MemberState, "code")),
}


register(
    "states",
    stage=DIRECTORY,
    kind=Kind(
        MemberState,
        ("code",),
        {"code": text, "name": text, "short_name": text, "coastal": flag},
        frozenset({"code", "name", "source"}),
    ),
)

register(
    "organizations",
    stage=DIRECTORY,
    kind=Kind(
        Organization,
        ("key",),
        ORGANIZATION_FIELDS,
        frozenset({"key", "name", "kind", "source"}),
    ),
)

register(
    "bodies",
    stage=DIRECTORY,
    kind=Kind(
        Body,
        ("key",),
        {
            "key": text,
            "name": text,
            "acronym": text,
            "kind": text,
            "description": text,
            "established_year": optional(number),
            "established_note": text,
            "parent": optional(ref(Body, "key")),
        },
        frozenset({"key", "name", "kind", "source"}),
    ),
)

register(
    "technical_centres",
    stage=DIRECTORY,
    kind=Kind(
        Organization,
        ("key",),
        {**ORGANIZATION_FIELDS, "serves": optional(ref(Body, "key"))},
        frozenset({"key", "name", "kind", "serves", "source"}),
    ),
)

register(
    "people",
    stage=DIRECTORY,
    kind=Kind(
        Person,
        ("key",),
        {
            "key": text,
            "honorific": text,
            "name": text,
            "position": text,
            "organization": optional(ref(Organization, "key")),
            "state": optional(ref(MemberState, "code")),
        },
        frozenset({"key", "name", "source"}),
    ),
)

register(
    "memberships",
    stage=DIRECTORY,
    kind=Kind(
        Membership,
        ("person", "body", "role", "start"),
        {
            "person": ref(Person, "key"),
            "body": ref(Body, "key"),
            "role": text,
            "state": optional(ref(MemberState, "code")),
            "start": day,
            "end": optional(day),
            "note": text,
        },
        frozenset({"person", "body", "role", "start", "source"}),
    ),
)

# A State's national focal points as the sources name them. Contact details are never part of
# the reference data: the State's focal point or the Secretariat enters them, and a later load
# does not touch them (a person's e-mail is no field of this kind or of `people`). A source that
# names a focal point without the date of the nomination gives the date of the source document
# as `start` (the loader cannot leave it empty): the entry is true from then at the latest.
register(
    "focal_points",
    stage=DIRECTORY,
    kind=Kind(
        FocalPoint,
        ("state", "person", "rank", "start"),
        {
            "state": ref(MemberState, "code"),
            "person": ref(Person, "key"),
            "rank": text,
            "institution": optional(ref(Organization, "key")),
            "start": day,
            "end": optional(day),
        },
        frozenset({"state", "person", "rank", "start", "source"}),
    ),
)
