"""One way for a view to hand a form to a service: validate, call, and put the service's
refusal (a ValidationError) on the form so the page can show it beside the fields."""

from collections.abc import Callable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError


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
