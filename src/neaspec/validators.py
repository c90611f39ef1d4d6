"""Checks on text that leaves the Hub in e-mail headers.

A person's or an organization's name is written into the To: and Subject: lines of the
messages the Hub sends; a line break there would end the header and start another (header
injection), so such names are one line. Forms, models, services and the API (through
`neaspec.api.params.SingleLine`) all ask `has_line_break`, so the rule lives once.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Everything Python's str.splitlines() breaks a line at: CR, LF, the vertical tab, the form
# feed, the file, group and record separators, NEL and the Unicode line and paragraph
# separators. A mail client may read any of them as the end of a header line.
LINE_BREAK = re.compile("[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

ONE_LINE = _("Write this on one line: it is used in the headers of e-mails.")


def has_line_break(value: str) -> bool:
    return bool(LINE_BREAK.search(value or ""))


def single_line(value: str) -> None:
    """A Django validator: refuse text that holds a line break."""
    if has_line_break(value):
        raise ValidationError(ONE_LINE, code="line_break")


def refuse_line_breaks(**fields: str) -> None:
    """Refuse, keyed by field, each of `fields` that holds a line break (for services)."""
    broken = {name: ONE_LINE for name, value in fields.items() if has_line_break(value)}
    if broken:
        raise ValidationError(broken, code="line_break")
