"""The consultations' reference data: consultations and surveys the sources describe."""

from neaspec.consultations.models import Consultation, Survey
from neaspec.data.loader import (
    LATER,
    Kind,
    day,
    decision,
    flag,
    number,
    optional,
    ref,
    register,
    text,
)
from neaspec.directory.models import Body
from neaspec.meetings.models import Meeting

register(
    "consultations",
    stage=LATER,
    kind=Kind(
        Consultation,
        ("key",),
        {
            "key": text,
            "title": text,
            "subject": text,
            "summary": text,
            "audience": text,
            "body": optional(ref(Body, "key")),
            "opens": day,
            "closes": optional(day),
            "open": flag,
            "meeting": optional(ref(Meeting, "key")),
            "request": optional(decision),
        },
        frozenset({"key", "title", "audience", "opens", "source"}),
    ),
)
register(
    "surveys",
    stage=LATER,
    kind=Kind(
        Survey,
        ("key",),
        {
            "key": text,
            "title": text,
            "description": text,
            "audience": text,
            "opens": optional(day),
            "closes": optional(day),
            "consultation": optional(ref(Consultation, "key")),
            "participants_recorded": number,
            "period": text,
        },
        frozenset({"key", "title", "audience", "source"}),
    ),
)
