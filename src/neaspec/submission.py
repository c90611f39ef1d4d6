"""One way for a view to hand a form to a service: validate, call, and put the service's
refusal (a ValidationError) on the form so the page can show it beside the fields; and, for a
button with no form, to show the refusal as a message on the page.

A refusal is answered 422, or 409 when the record changed meanwhile (a ConflictError): the
page shows why either way (neaspec/htmx.py)."""

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest

from neaspec.conflicts import ConflictError


def refusal_status(error: ValidationError) -> int:
    """The status of the answer that shows a refusal: 409 when someone changed the record
    first (a ConflictError), 422 otherwise."""
    return 409 if isinstance(error, ConflictError) else 422


def refuse(form: forms.BaseForm, error: ValidationError) -> int:
    """Put a service's refusal on `form`: a reason keyed by one of the form's fields beside
    it, any other (unkeyed, or keyed by a field the form does not show, such as a model's
    `status_reason`) at the form's top. Returns the status of the answer (`refusal_status`)."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)
    return refusal_status(error)


def submit(form: forms.BaseForm, service: Callable[..., Any], **context: Any) -> Any | None:
    """`service(**context, **form.cleaned_data)` if the form is valid and the service accepts
    it; None otherwise, with the reasons on the form (`refuse`)."""
    if not form.is_valid():
        return None
    try:
        return service(**context, **form.cleaned_data)
    except ValidationError as error:
        refuse(form, error)
        return None


def attempt(request: HttpRequest, service: Callable[..., Any], **context: Any) -> Any | None:
    """`service(actor=request.user, **context)` for a button with no form; its refusal (a
    ValidationError) is shown as a message on the page, and None comes back."""
    try:
        return service(actor=request.user, **context)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return None
