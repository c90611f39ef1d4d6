from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from neaspec.directory.models import FocalPoint, Membership, MemberState, Organization, Person


class DateInput(forms.DateInput):
    input_type = "date"


class PeriodForm(forms.Form):
    """A form with `start` and `end` dates, where the end may not come first."""

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The end date must not be before the start date."))
        return data


class FocalPointForm(PeriodForm):
    name = forms.CharField(label=_("Name"), max_length=200)
    position = forms.CharField(label=_("Position"), max_length=300, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Telephone"), max_length=40, required=False)
    institution = forms.ModelChoiceField(
        label=_("Institution"), queryset=Organization.objects.all(), required=False
    )
    rank = forms.ChoiceField(label=_("Rank"), choices=FocalPoint.Rank.choices)
    start = forms.DateField(label=_("From"), widget=DateInput)
    end = forms.DateField(label=_("Until"), widget=DateInput, required=False)

    def __init__(self, *args: Any, naming: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not naming:
            # The person behind an existing nomination is fixed; a new person is a new nomination.
            del self.fields["name"]


class MembershipForm(PeriodForm):
    person = forms.ModelChoiceField(label=_("Person"), queryset=Person.objects.all())
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices)
    state = forms.ModelChoiceField(
        label=_("Member State"), queryset=MemberState.objects.all(), required=False
    )
    start = forms.DateField(label=_("Term start"), widget=DateInput)
    end = forms.DateField(label=_("Term end"), widget=DateInput, required=False)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)


class PeopleFilterForm(forms.Form):
    q = forms.CharField(label=_("Name, position or organization"), required=False, max_length=100)
    state = forms.ModelChoiceField(
        label=_("Member State"),
        queryset=MemberState.objects.all(),
        required=False,
        to_field_name="code",
        empty_label=_("All States"),
    )


class OnDateForm(forms.Form):
    on = forms.DateField(label=_("On date"), required=False, widget=DateInput)
