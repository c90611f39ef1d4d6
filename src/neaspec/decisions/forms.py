from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from neaspec import limits
from neaspec.decisions.models import Addressee, Decision, FollowUp, Position
from neaspec.decisions.selectors import decision_by_citation
from neaspec.directory.forms import DateInput
from neaspec.directory.models import Body, MemberState
from neaspec.meetings.models import Meeting
from neaspec.meetings.selectors import meeting_find
from neaspec.programme.models import ProgrammeArea

StrOrPromise = str | Promise


class MeetingField(forms.CharField):
    """A meeting as people write it ("SOM-25", "som-25", a title); cleans to the Meeting."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", _("Meeting"))
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 100)
        super().__init__(**kwargs)
        self.widget.attrs.update({"list": "meeting-labels", "placeholder": "SOM-25"})

    def clean(self, value: Any) -> Meeting | None:
        value = super().clean(value)
        if not value:
            return None
        meeting = meeting_find(value)
        if meeting is None:
            raise ValidationError(_("No meeting is called “%(name)s”."), params={"name": value})
        return meeting


def owner_choices(empty_label: StrOrPromise) -> list[tuple[str, StrOrPromise]]:
    """Whom a meeting can ask, by name: the Secretariat, member States, each State, each body."""
    return [
        ("", empty_label),
        (FollowUp.Owner.SECRETARIAT.value, FollowUp.Owner.SECRETARIAT.label),
        (FollowUp.Owner.MEMBER_STATES.value, FollowUp.Owner.MEMBER_STATES.label),
        *((s.code, s.localized_name) for s in MemberState.objects.order_by("name")),
        *((f"body:{b.key}", b.name) for b in Body.objects.order_by("name")),
    ]


class YesNoField(forms.TypedChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        choices = [("", _("Either")), ("yes", _("Yes")), ("no", _("No"))]
        super().__init__(
            choices=choices, coerce=lambda v: v == "yes", empty_value=None, required=False, **kwargs
        )


class AreaField(forms.ModelChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            label=_("Programme area"),
            queryset=ProgrammeArea.objects.all(),
            to_field_name="code",
            required=False,
            empty_label=_("All areas"),
            **kwargs,
        )


class DecisionFilterForm(forms.Form):
    meeting = MeetingField()
    area = AreaField()
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All kinds")), *Decision.Kind.choices], required=False
    )
    addressee = forms.ChoiceField(label=_("Addressed to"), required=False)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any status")), *Decision.Status.choices], required=False
    )
    overdue = YesNoField(label=_("Overdue"))
    due_before = forms.DateField(label=_("Due before"), widget=DateInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = owner_choices(_("Anyone"))
        # Decisions may also address partners and the focal points as such.
        choices[3:3] = [
            (k.value, k.label) for k in (Addressee.Kind.PARTNERS, Addressee.Kind.FOCAL_POINTS)
        ]
        self.fields["addressee"].choices = choices  # type: ignore[attr-defined]

    def filters(self) -> dict[str, Any]:
        """The selector's keyword arguments; a form that does not validate filters nothing."""
        data = self.cleaned_data if self.is_valid() else {}
        area, meeting = data.get("area"), data.get("meeting")
        return {
            "meeting": meeting.key if meeting else "",
            "area": area.code if area else "",
            "kind": data.get("kind", ""),
            "addressee": data.get("addressee", ""),
            "status": data.get("status", ""),
            "overdue": data.get("overdue"),
            "due_before": data.get("due_before"),
        }


class FollowUpFilterForm(forms.Form):
    STATUSES = [
        ("open", _("Open")),
        ("done", _("Done")),
        ("dropped", _("Dropped")),
        ("all", _("All")),
    ]
    status = forms.ChoiceField(label=_("Status"), choices=STATUSES, required=False)
    meeting = MeetingField()
    owner = forms.ChoiceField(label=_("Asked of"), required=False)
    area = AreaField()
    overdue = YesNoField(label=_("Overdue"))
    due_before = forms.DateField(label=_("Due before"), widget=DateInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].choices = owner_choices(_("Anyone"))  # type: ignore[attr-defined]

    def filters(self) -> dict[str, Any]:
        """The selector's keyword arguments; a form that does not validate filters nothing
        but the default (open actions)."""
        data = self.cleaned_data if self.is_valid() else {}
        area = data.get("area")
        return {
            "status": data.get("status") or "open",
            "meeting": data.get("meeting"),
            "owner": data.get("owner", ""),
            "area": area.code if area else "",
            "overdue": data.get("overdue"),
            "due_before": data.get("due_before"),
        }


class ProgressForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=DateInput, initial=timezone.localdate)
    text = forms.CharField(
        label=_("Progress note"), max_length=limits.NOTE, widget=forms.Textarea(attrs={"rows": 3})
    )
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


class CloseForm(forms.Form):
    """Close an action on evidence: what came of it and what shows it."""

    status = forms.ChoiceField(
        label=_("Closed as"),
        choices=[
            (FollowUp.Status.DONE.value, _("Done")),
            (FollowUp.Status.DROPPED.value, _("Dropped")),
        ],
    )
    outcome = forms.CharField(
        label=_("Outcome"), max_length=limits.NOTE, widget=forms.Textarea(attrs={"rows": 3})
    )
    closed_on = forms.DateField(label=_("Closed on"), widget=DateInput, initial=timezone.localdate)
    evidence_meeting = MeetingField(label=_("Shown by the meeting"))
    evidence_decision = forms.CharField(
        label=_("Shown by the decision"),
        required=False,
        max_length=40,
        help_text=_("Its citation, e.g. SOM-26, para. 5"),
    )
    evidence_source = forms.CharField(
        label=_("Shown by a source (a public address)"), required=False, max_length=limits.SHORT
    )

    def clean_evidence_decision(self) -> Decision | None:
        citation = self.cleaned_data.get("evidence_decision", "")
        if not citation:
            return None
        decision = decision_by_citation(citation)
        if decision is None:
            raise ValidationError(_("No decision is cited so."))
        return decision
