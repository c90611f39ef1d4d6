from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from neaspec.decisions.models import Decision, FollowUp, Position
from neaspec.directory.forms import DateInput
from neaspec.directory.models import MemberState
from neaspec.programme.models import ProgrammeArea


class DecisionFilterForm(forms.Form):
    meeting = forms.CharField(label=_("Meeting (e.g. som-25)"), required=False, max_length=60)
    area = forms.ModelChoiceField(
        label=_("Programme area"),
        queryset=ProgrammeArea.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("All areas"),
    )
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All kinds")), *Decision.Kind.choices], required=False
    )
    addressee = forms.CharField(
        label=_("Addressed to (secretariat, member_states or a State code)"),
        required=False,
        max_length=40,
    )


class ProgressForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=DateInput, initial=timezone.localdate)
    text = forms.CharField(label=_("Progress note"), widget=forms.Textarea(attrs={"rows": 3}))
    progress = forms.IntegerField(label=_("Progress (%)"), min_value=0, max_value=100)
    status = forms.ChoiceField(label=_("Status"), choices=FollowUp.Status.choices)


class PositionForm(forms.Form):
    state = forms.ModelChoiceField(
        label=_("Member State"), queryset=MemberState.objects.none(), to_field_name="code"
    )
    stance = forms.ChoiceField(label=_("Position"), choices=Position.Stance.choices)
    date = forms.DateField(label=_("Date"), widget=DateInput, initial=timezone.localdate)
    note = forms.CharField(label=_("Note"), max_length=500, required=False)

    def __init__(self, *args: Any, states: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["state"]
        field.queryset = states  # type: ignore[attr-defined]
        if len(states) == 1:
            field.empty_label = None  # type: ignore[attr-defined]  # a focal point speaks for one State
