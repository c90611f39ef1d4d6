"""A list's query parameters read by the same form as its page: the parameters are declared on
a `FormFilters` schema (their names, types and patterns, for the OpenAPI schema), then handed to
the page's filter form, which reads them into what they name (a meeting's label into the
Meeting, an addressee into its code) and refuses a value in the words the page uses. A refusal
is a 422 located at `query.<name>`."""

import datetime
from typing import Any, ClassVar, Protocol

from django.forms.utils import ErrorDict
from ninja import Schema
from ninja.errors import ValidationError


class FilterForm(Protocol):
    """A page's filter form: it validates the query and gives its selector's arguments."""

    @property
    def errors(self) -> ErrorDict: ...

    def is_valid(self) -> bool: ...

    def filters(self) -> dict[str, Any]: ...


class FilterFormClass(Protocol):
    """A page's filter form class, made from the query's texts by name."""

    def __call__(self, data: dict[str, str]) -> FilterForm: ...


def _as_sent(value: str | bool | datetime.date | None) -> str:
    """A parameter as the page's form receives it: a yes/no question as "yes" or "no"
    (decisions.forms.YesNoField), a date as YYYY-MM-DD, nothing as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


class FormFilters(Schema):
    form: ClassVar[FilterFormClass]

    def selected(self) -> dict[str, Any]:
        """The selector's keyword arguments, as the page's form reads them; a ValidationError
        (422) with the form's messages when it refuses a value."""
        form = self.form({name: _as_sent(value) for name, value in self})
        if not form.is_valid():
            raise ValidationError(
                [
                    {"loc": ("query", name), "msg": " ".join(str(m) for m in messages)}
                    for name, messages in form.errors.items()
                ]
            )
        return form.filters()
