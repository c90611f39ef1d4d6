from django import forms
from django.utils.translation import gettext_lazy as _

from neaspec.directory.models import MemberState
from neaspec.meetings.models import MeetingSeries


class MeetingFilterForm(forms.Form):
    series = forms.ModelChoiceField(
        label=_("Series"),
        queryset=MeetingSeries.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("All series"),
    )
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1993, max_value=2100)
    host = forms.ModelChoiceField(
        label=_("Host State"),
        queryset=MemberState.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("All States"),
    )
