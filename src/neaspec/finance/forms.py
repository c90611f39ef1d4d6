from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from neaspec.directory.forms import DateInput
from neaspec.finance.models import Contribution


class ContributionForm(forms.ModelForm):
    class Meta:
        model = Contribution
        fields = [
            "state",
            "organization",
            "fund",
            "year",
            "kind",
            "currency",
            "amount",
            "description",
            "valuation",
            "announced_at",
            "published",
            "note",
            "source",
        ]


class PledgeForm(forms.Form):
    pledged_on = forms.DateField(
        label=_("Pledged on"), widget=DateInput, initial=timezone.localdate
    )
    amount = forms.DecimalField(
        label=_("Amount"), max_digits=16, decimal_places=2, min_value=0, required=False
    )
    expected_on = forms.DateField(label=_("Expected on"), widget=DateInput, required=False)


class ReceiptForm(forms.Form):
    received_on = forms.DateField(
        label=_("Received on"), widget=DateInput, initial=timezone.localdate
    )
    received_amount = forms.DecimalField(
        label=_("Amount received"), max_digits=16, decimal_places=2, min_value=0
    )
    source = forms.CharField(
        label=_("Source"), max_length=500, required=False, help_text=_("E.g. the bank advice.")
    )


class NotReceivedForm(forms.Form):
    on = forms.DateField(
        label=_("Not yet received on"),
        widget=DateInput,
        initial=timezone.localdate,
        help_text=_("The day on which the money was known not to have arrived (in full)."),
    )


class StatusDateForm(forms.Form):
    date = forms.DateField(label=_("Status on"), widget=DateInput, required=False)


class FinanceImportForm(forms.Form):
    what = forms.ChoiceField(
        label=_("What the file holds"),
        choices=[("contributions", _("Contributions")), ("expenditure", _("Expenditure"))],
    )
    file = forms.FileField(label=_("CSV or Excel file"))
