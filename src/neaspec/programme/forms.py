from collections.abc import Mapping

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from neaspec.directory.models import MemberState
from neaspec.programme.models import IndicatorThreshold, PlannedActivity


class IndicatorValueForm(forms.Form):
    state = forms.ModelChoiceField(
        label=_("Member State"),
        queryset=MemberState.objects.none(),
        to_field_name="code",
        required=False,
    )
    first_year = forms.IntegerField(label=_("Year (or first year)"), min_value=1900, max_value=2100)
    last_year = forms.IntegerField(
        label=_("Last year"),
        required=False,
        help_text=_("For a period; empty for one year."),
        min_value=1900,
        max_value=2100,
    )
    breakdown = forms.CharField(
        label=_("Breakdown"),
        max_length=80,
        required=False,
        help_text=_("E.g. a city or a species group; empty for the headline value."),
    )
    value = forms.DecimalField(label=_("Value"), max_digits=14, decimal_places=3)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)
    source = forms.CharField(
        label=_("Source"), max_length=500, help_text=_("The publication or URL the value is from.")
    )

    def __init__(
        self,
        data: Mapping[str, object] | None = None,
        *,
        states: QuerySet[MemberState],
        by_state: bool,
    ) -> None:
        super().__init__(data)
        field = self.fields["state"]
        field.queryset = states  # type: ignore[attr-defined]
        field.required = by_state
        if by_state and len(states) == 1:
            field.empty_label = None  # type: ignore[attr-defined]  # a focal point reports for one State

    def clean(self) -> None:
        first, last = self.cleaned_data.get("first_year"), self.cleaned_data.get("last_year")
        if first and last and last < first:
            self.add_error("last_year", _("The last year must not be before the first year."))


class ReviewForm(forms.Form):
    action = forms.ChoiceField(choices=[("approve", _("Approve")), ("return", _("Return"))])
    reason = forms.CharField(label=_("Reason for returning"), max_length=500, required=False)

    def clean(self) -> None:
        data = self.cleaned_data
        if data.get("action") == "return" and not data.get("reason", "").strip():
            self.add_error("reason", _("Say why the value is returned."))


class ActivityStatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), choices=PlannedActivity.Status.choices, required=False
    )
    reason = forms.CharField(label=_("Reason"), max_length=500, required=False)
    progress = forms.IntegerField(
        label=_("Progress (%)"), min_value=0, max_value=100, required=False
    )


class ImportForm(forms.Form):
    what = forms.ChoiceField(
        label=_("What the file holds"),
        choices=[("values", _("Indicator values")), ("activities", _("Activity status"))],
    )
    file = forms.FileField(label=_("CSV or Excel file"))


# --- what values are read against ------------------------------------------------------------


class BaselineForm(forms.Form):
    value = forms.DecimalField(label=_("Baseline"), max_digits=14, decimal_places=3)
    year = forms.IntegerField(
        label=_("Year it stands for"), required=False, min_value=1990, max_value=2100
    )
    source = forms.CharField(label=_("Source"), max_length=500)


class TargetForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=1990, max_value=2100)
    state = forms.ModelChoiceField(
        label=_("Member State"),
        queryset=MemberState.objects.order_by("name"),
        required=False,
        to_field_name="code",
        empty_label=_("All member States (programme-wide)"),
    )
    value = forms.DecimalField(label=_("Target"), max_digits=14, decimal_places=3)
    source = forms.CharField(label=_("Source"), max_length=500)


class ThresholdForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=IndicatorThreshold.Kind.choices)
    issuer = forms.CharField(
        label=_("Issued by"), max_length=60, help_text=_("Who sets it, e.g. WHO or a ministry.")
    )
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1990, max_value=2100)
    state = forms.ModelChoiceField(
        label=_("Member State"),
        queryset=MemberState.objects.order_by("name"),
        required=False,
        to_field_name="code",
        help_text=_("For a national standard."),
    )
    value = forms.DecimalField(label=_("Value"), max_digits=14, decimal_places=3)
    source = forms.CharField(label=_("Source"), max_length=500)
