from collections.abc import Mapping

from django import forms
from django.utils.translation import gettext_lazy as _

from neaspec.directory.models import FocalPoint, Membership, MemberState, Organization, Person
from neaspec.validators import single_line


class DateInput(forms.DateInput):
    input_type = "date"


class PeriodForm(forms.Form):
    """A form with `start` and `end` dates, where the end may not come first."""

    def clean(self) -> None:
        data = self.cleaned_data
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The end date must not be before the start date."))


class FocalPointForm(PeriodForm):
    person = forms.ModelChoiceField(
        label=_("One of the State's contacts"),
        queryset=Person.objects.none(),
        required=False,
        empty_label=_("Someone new (name below)"),
    )
    name = forms.CharField(
        label=_("Name"), max_length=200, required=False, validators=[single_line]
    )
    position = forms.CharField(label=_("Position"), max_length=300, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Telephone"), max_length=40, required=False)
    institution = forms.ModelChoiceField(
        label=_("Institution"), queryset=Organization.objects.all(), required=False
    )
    rank = forms.ChoiceField(label=_("Rank"), choices=FocalPoint.Rank.choices)
    start = forms.DateField(label=_("From"), widget=DateInput)
    end = forms.DateField(label=_("Until"), widget=DateInput, required=False)
    # The version the editor started from (selectors.focal_point_version).
    seen = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(
        self,
        data: Mapping[str, object] | None = None,
        *,
        initial: Mapping[str, object] | None = None,
        naming: bool = True,
        state: MemberState | None = None,
    ) -> None:
        super().__init__(data, initial=dict(initial or {}))
        if naming:
            del self.fields["seen"]
            people = Person.objects.filter(state=state) if state else Person.objects.none()
            self.fields["person"].queryset = people.order_by("name")  # type: ignore[attr-defined]
        else:
            # The person behind an existing nomination is fixed; a new person is a new nomination.
            del self.fields["name"], self.fields["person"]

    def clean(self) -> None:
        super().clean()
        data = self.cleaned_data
        if "name" in self.fields and not data.get("person") and not data.get("name"):
            self.add_error("name", _("Choose one of the State's contacts or name a new person."))
        if data.get("person") and data.get("name"):
            self.add_error("name", _("Choose a contact or name a new person, not both."))


class ContactForm(forms.Form):
    """A contact person of a member State: an alternate, a member of its delegation."""

    honorific = forms.CharField(
        label=_("Honorific"), max_length=20, required=False, validators=[single_line]
    )
    name = forms.CharField(label=_("Name"), max_length=200, validators=[single_line])
    position = forms.CharField(label=_("Position"), max_length=300, required=False)
    organization = forms.ModelChoiceField(
        label=_("Organization"), queryset=Organization.objects.all(), required=False
    )
    new_organization = forms.CharField(
        label=_("Or a national institution not listed"),
        max_length=300,
        required=False,
        validators=[single_line],
    )
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Telephone"), max_length=40, required=False)
    # The version the editor started from (selectors.contact_version); absent on a new contact.
    seen = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(
        self,
        data: Mapping[str, object] | None = None,
        *,
        initial: Mapping[str, object] | None = None,
        editing: bool = False,
    ) -> None:
        super().__init__(data, initial=dict(initial or {}))
        if not editing:
            del self.fields["seen"]

    def clean(self) -> None:
        data = self.cleaned_data
        if data.get("organization") and data.get("new_organization"):
            self.add_error(
                "new_organization", _("Choose an organization or name a new one, not both.")
            )


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
