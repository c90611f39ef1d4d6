"""A service's refusal on the form that sent it (neaspec/submission.py): each reason beside the
field it names, on the form's top when the form has no such field, and the status of the answer
that shows it."""

from typing import Any

import pytest
from django import forms
from django.core.exceptions import ValidationError

from neaspec.conflicts import ConflictError
from neaspec.submission import refuse, submit


class StatusForm(forms.Form):
    status = forms.CharField()


def _refusing(error: ValidationError) -> Any:
    def service(**fields: Any) -> None:
        raise error

    return service


def test_a_reason_for_a_field_the_form_lacks_goes_to_the_forms_top() -> None:
    # As programme's activity status does: the model names the reason status_reason.
    form = StatusForm({"status": "delayed"})
    refusal = ValidationError({"status_reason": "Say why it is delayed.", "status": "Not now."})
    assert submit(form, _refusing(refusal)) is None
    assert form.non_field_errors() == ["Say why it is delayed."]
    assert form.errors["status"] == ["Not now."]


def test_an_unkeyed_reason_goes_to_the_forms_top() -> None:
    form = StatusForm({"status": "done"})
    assert submit(form, _refusing(ValidationError("The plan is closed."))) is None
    assert form.non_field_errors() == ["The plan is closed."]


def test_the_service_gets_the_form_and_its_context() -> None:
    seen: dict[str, Any] = {}
    assert submit(StatusForm({"status": "done"}), lambda **kw: seen.update(kw) or "saved", by=1)
    assert seen == {"by": 1, "status": "done"}


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (ConflictError("Someone reviewed it first."), 409),
        (ConflictError({"status_reason": "Changed meanwhile."}), 409),
        (ValidationError({"status": "Not now."}), 422),
    ],
)
def test_a_conflict_is_answered_409_and_any_other_refusal_422(
    error: ValidationError, status: int
) -> None:
    form = StatusForm({"status": "done"})
    assert form.is_valid()
    assert refuse(form, error) == status
    assert form.errors
