"""One way for a view to hand a form to a service: validate, call, and put the service's
refusal (a ValidationError) on the form so the page can show it beside the fields; and, for a
button with no form, to show the refusal as a message on the page."""

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest


def submit(form: forms.BaseForm, service: Callable[..., Any], **context: Any) -> Any | None:
    """`service(**context, **form.cleaned_data)` if the form is valid and the service accepts
    it; None otherwise, with the reasons on the form."""
    if not form.is_valid():
        return None
    try:
        return service(**context, **form.cleaned_data)
    except ValidationError as error:
        form.add_error(None, error)
        return None


def attempt(request: HttpRequest, service: Callable[..., Any], **context: Any) -> Any | None:
    """`service(actor=request.user, **context)` for a button with no form; its refusal (a
    ValidationError) is shown as a message on the page, and None comes back."""
    try:
        return service(actor=request.user, **context)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return None
