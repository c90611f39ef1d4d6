from collections.abc import Mapping

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from neaspec import limits
from neaspec.decisions.models import Decision
from neaspec.directory.forms import DateInput
from neaspec.directory.models import MemberState
from neaspec.meetings.models import Meeting
from neaspec.networks.models import Inscription, Site


class SiteFilterForm(forms.Form):
    state = forms.ModelChoiceField(
        label=_("Member State"),
        queryset=MemberState.objects.filter(coastal=True),
        to_field_name="code",
        required=False,
        empty_label=_("All States"),
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any status")), *Site.Status.choices], required=False
    )
    inscription = forms.ChoiceField(
        label=_("Inscription"),
        choices=[("", _("Any")), *Inscription.Kind.choices],
        required=False,
    )


class NominationForm(forms.Form):
    state = forms.ModelChoiceField(
        label=_("Member State"), queryset=MemberState.objects.none(), to_field_name="code"
    )
    name = forms.CharField(label=_("Name of the site"), max_length=200)
    designation = forms.CharField(label=_("Designation type"), max_length=200, required=False)
    area_km2 = forms.DecimalField(
        label=_("Area (km²)"), max_digits=12, decimal_places=2, min_value=0, required=False
    )
    latitude = forms.DecimalField(
        label=_("Latitude"),
        max_digits=8,
        decimal_places=5,
        min_value=-90,
        max_value=90,
        required=False,
    )
    longitude = forms.DecimalField(
        label=_("Longitude"),
        max_digits=8,
        decimal_places=5,
        min_value=-180,
        max_value=180,
        required=False,
    )
    managing_authority = forms.CharField(
        label=_("Managing authority"), max_length=300, required=False
    )
    date = forms.DateField(
        label=_("Date of nomination"), widget=DateInput, initial=timezone.localdate
    )
    source = forms.CharField(
        label=_("Source"), max_length=500, help_text=_("E.g. the nomination letter.")
    )

    def __init__(
        self, data: Mapping[str, object] | None = None, *, states: QuerySet[MemberState]
    ) -> None:
        super().__init__(data)
        field = self.fields["state"]
        field.queryset = states  # type: ignore[attr-defined]
        if len(states) == 1:
            field.empty_label = None  # type: ignore[attr-defined]

    def clean(self) -> None:
        data = self.cleaned_data
        if (data.get("latitude") is None) != (data.get("longitude") is None):
            self.add_error("longitude", _("Give both latitude and longitude, or neither."))


class SheetForm(forms.Form):
    values = forms.CharField(
        label=_("Values"),
        max_length=limits.SHEET_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    ecological_character = forms.CharField(
        label=_("Ecological character"),
        max_length=limits.SHEET_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    threats = forms.CharField(
        label=_("Threats"),
        max_length=limits.SHEET_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    management_measures = forms.CharField(
        label=_("Management measures"),
        max_length=limits.SHEET_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    source = forms.CharField(label=_("Source"), max_length=500, required=False)

    def clean(self) -> None:
        if not any(
            self.cleaned_data.get(n, "").strip()
            for n in ("values", "ecological_character", "threats", "management_measures")
        ):
            raise forms.ValidationError(_("A sheet needs at least one section filled in."))


class SheetReviewForm(forms.Form):
    action = forms.ChoiceField(choices=[("validate", _("Validate")), ("return", _("Return"))])
    reason = forms.CharField(label=_("Reason for returning"), max_length=500, required=False)


class SiteReviewForm(forms.Form):
    meeting = forms.ModelChoiceField(
        label=_("Steering Committee meeting"),
        queryset=Meeting.objects.filter(series__code="NEAMPAN-SC").order_by("-start"),
        to_field_name="key",
    )
    endorsed = forms.BooleanField(label=_("Endorsed"), required=False)
    outcome = forms.CharField(label=_("Outcome"), max_length=500)


class InclusionForm(forms.Form):
    decision = forms.ModelChoiceField(
        label=_("SOM decision"),
        queryset=Decision.objects.filter(
            meeting__series__code="SOM", area__code="mpa", adopted=True
        )
        .select_related("meeting__series")
        .order_by("-meeting__start", "paragraph", "sentence"),
    )
