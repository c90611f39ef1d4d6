from typing import TypedDict

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from neaspec.accounts.models import Role
from neaspec.directory.models import Body, MemberState, Organization
from neaspec.validators import single_line


class ScopeFields(forms.Form):
    """A role and its one scope: a member State, a body, an organization or a language."""

    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    state = forms.ModelChoiceField(
        label=_("Member State (focal point)"),
        queryset=MemberState.objects.order_by("name"),
        required=False,
    )
    body = forms.ModelChoiceField(
        label=_("Body (committee member)"), queryset=Body.objects.order_by("name"), required=False
    )
    organization = forms.ModelChoiceField(
        label=_("Organization (partner)"),
        queryset=Organization.objects.order_by("name"),
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Language (translator)"),
        choices=[("", "—"), *[(c, n) for c, n in settings.LANGUAGES if c != "en"]],
        required=False,
    )


class InviteForm(ScopeFields):
    # No role is chosen for the Secretariat by default: the widest one must be meant.
    role = forms.ChoiceField(label=_("Role"), choices=[("", "—"), *Role.choices])
    name = forms.CharField(label=_("Name"), max_length=150, validators=[single_line])
    email = forms.EmailField(label=_("E-mail"))
    field_order = ["name", "email", "role", "state", "body", "organization", "language"]


class GrantForm(ScopeFields):
    prefix = "grant"
    role = forms.ChoiceField(label=_("Role"), choices=[("", "—"), *Role.choices])


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=300)


class PeopleFilters(TypedDict, total=False):
    """`people.selectors.people_list`'s arguments; none when the filters are not valid."""

    text: str
    state_code: str
    body_key: str
    role: str


class PeopleFilterForm(forms.Form):
    q = forms.CharField(label=_("Name or e-mail"), required=False)
    state = forms.ModelChoiceField(
        label=_("Member State"),
        queryset=MemberState.objects.order_by("name"),
        required=False,
        empty_label=_("Any"),
    )
    body = forms.ModelChoiceField(
        label=_("Body"),
        queryset=Body.objects.order_by("name"),
        required=False,
        to_field_name="key",
        empty_label=_("Any"),
    )
    role = forms.ChoiceField(
        label=_("Role"), choices=[("", _("Any")), *Role.choices], required=False
    )

    def filters(self) -> PeopleFilters:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return PeopleFilters(
            text=data["q"].strip(),
            state_code=data["state"].code if data["state"] else "",
            body_key=data["body"].key if data["body"] else "",
            role=data["role"],
        )
