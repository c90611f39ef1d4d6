"""Parameter types stricter than pydantic's lax parsing (which reads the date 1970-01-01 from
'0'): dates must be written YYYY-MM-DD."""

import datetime
import re
from typing import Annotated, Any

from django.db import models
from pydantic import AfterValidator, BeforeValidator, Field

from neaspec.validators import has_line_break

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_only(value: Any) -> Any:
    if isinstance(value, str | int | float) and not ISO_DATE.fullmatch(str(value)):
        raise ValueError("expected a date written YYYY-MM-DD")
    return value


IsoDate = Annotated[datetime.date, BeforeValidator(_iso_only)]


def _wall_clock(value: datetime.time) -> datetime.time:
    if value.tzinfo is not None:
        raise ValueError("expected a wall-clock time (HH:MM); the meeting's time zone places it")
    return value


# A time of day where the meeting is held, without an offset (its time_zone says where).
LocalTime = Annotated[datetime.time, AfterValidator(_wall_clock)]
WALL_CLOCK = r"^([01]\d|2[0-3]):[0-5]\d$"


def _hours_minutes(value: datetime.time | None) -> str | None:
    return None if value is None else value.strftime("%H:%M")


# The same time as an answer gives it: "09:30", a string of its own pattern, because JSON
# Schema's "time" format requires an offset that a wall-clock time has not got.
WallClockOut = Annotated[
    str,
    BeforeValidator(lambda v: _hours_minutes(v) if isinstance(v, datetime.time) else v),
    Field(
        pattern=WALL_CLOCK,
        description="HH:MM, the local time where the meeting is held (see time_zone)",
    ),
]


# Free text in query parameters is limited to what keys and codes are made of: besides being
# all that is meaningful, it keeps control characters (which PostgreSQL refuses) out of queries.
SLUG = r"^[A-Za-z0-9_-]*$"
# Free text in request bodies: anything but NUL, which PostgreSQL cannot store.
TEXT = r"^[^\x00]*$"
ADDRESSEE = r"^[A-Za-z_]*(:[a-z0-9-]+)?$"


def one_of(choices: type[models.TextChoices]) -> str:
    """A pattern accepting one of the choices' values, or nothing (no filter)."""
    return "^(" + "|".join(re.escape(v) for v in choices.values) + ")?$"


# Beside translated content: which language each translated field is in.
LANGUAGES_HELP = (
    "The language each translated field is given in: the one asked for (?lang= or "
    "Accept-Language), or en where that field has no translation yet."
)


def _single_line(value: str) -> str:
    if has_line_break(value):
        raise ValueError("must be one line: it is used in the headers of e-mails")
    return value


# A name that goes into e-mail headers (a person's, an organization's, a meeting's title): one
# line, refused with 422 otherwise (`neaspec.validators` holds the rule).
SingleLine = Annotated[str, AfterValidator(_single_line)]
