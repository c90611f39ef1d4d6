"""The forms of a meeting in session, each saving one row: an officer elected, a statement, a
draft decision, an amendment, a member State's position. Each cleans to what its service takes."""

from collections.abc import Sequence
from typing import Any

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from neaspec.decisions.models import Position
from neaspec.directory.models import MemberState, Organization
from neaspec.meetings.models import AgendaItem, Meeting, Officer, Registration, Statement

TEXTAREA = forms.Textarea(attrs={"rows": 3})


class ItemChoice(forms.ModelChoiceField[AgendaItem]):
    def label_from_instance(self, obj: AgendaItem) -> str:
        return f"{obj.number} {obj.title}"


def _agenda_item(meeting: Meeting) -> ItemChoice:
    return ItemChoice(
        label=_("Agenda item"),
        queryset=meeting.agenda_items.order_by("order", "id"),
        required=False,
        empty_label=_("No item"),
    )


class DelegateChoice(forms.ModelChoiceField[Registration]):
    def label_from_instance(self, obj: Registration) -> str:
        return f"{obj.name} ({obj.state})"


class OfficerForm(forms.Form):
    """Elect an officer: a registered delegate of a member State where the meeting took
    registrations, else a name and a State."""

    role = forms.ChoiceField(label=_("Elected as"), choices=Officer.Role.choices)

    def __init__(self, *args: Any, meeting: Meeting, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "officer_%s")
        super().__init__(*args, **kwargs)
        delegates = (
            meeting.registrations.exclude(status=Registration.Status.WITHDRAWN)
            .filter(state__isnull=False)
            .select_related("state")
            .order_by("state__name", "name")
        )
        if delegates.exists():
            self.fields["delegate"] = DelegateChoice(
                label=_("Delegate"), queryset=delegates, empty_label=None
            )
        else:
            self.fields["name"] = forms.CharField(label=_("Name"), max_length=200)
            self.fields["state"] = forms.ModelChoiceField(
                label=_("Member State"), queryset=MemberState.objects.order_by("name")
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        delegate = data.pop("delegate", None)
        if delegate is not None:
            data["name"], data["state"] = delegate.name, delegate.state
        return data


SECRETARIAT, CHAIR = Statement.Speaker.SECRETARIAT, Statement.Speaker.CHAIR


class StatementForm(forms.Form):
    """A statement: who spoke (a member State, an organization present, the Secretariat, the
    Chair), under which item, summarised; the text as delivered when it is handed over."""

    delegation = forms.ChoiceField(label=_("Delegation"))
    spoken_by = forms.CharField(label=_("Spoken by"), max_length=200, required=False)
    summary = forms.CharField(
        label=_("Summary"),
        widget=TEXTAREA,
        help_text=_("In the meeting's working language, in our own words."),
    )
    text = forms.CharField(label=_("Text as delivered"), widget=TEXTAREA, required=False)

    def __init__(self, *args: Any, meeting: Meeting, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "statement_%s")
        super().__init__(*args, **kwargs)
        self.fields["agenda_item"] = _agenda_item(meeting)
        self.order_fields(["agenda_item", "delegation"])
        present = Q(registration__meeting=meeting) | Q(attendance__meeting=meeting)
        self.organizations: QuerySet[Organization] = (
            Organization.objects.filter(present).distinct().order_by("name")
        )
        delegation = self.fields["delegation"]
        assert isinstance(delegation, forms.ChoiceField)
        delegation.choices = [
            (_("Member States"), [(f"state:{s.code}", s.name) for s in MemberState.objects.all()]),
            (_("Organizations"), [(f"organization:{o.pk}", o.name) for o in self.organizations]),
            (_("The meeting"), [(SECRETARIAT, _("Secretariat")), (CHAIR, _("Chair"))]),
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        delegation = data.pop("delegation", "")
        kind, _sep, value = delegation.partition(":")
        data["state"] = data["organization"] = None
        if kind == "state":
            data["speaker"] = Statement.Speaker.STATE
            data["state"] = MemberState.objects.filter(code=value).first()
        elif kind == "organization":
            data["speaker"] = Statement.Speaker.ORGANIZATION
            data["organization"] = self.organizations.filter(pk=value).first()
        else:
            data["speaker"] = kind
        return data


class DraftForm(forms.Form):
    text = forms.CharField(
        label=_("Text of the draft decision"),
        widget=TEXTAREA,
        help_text=_("As it goes on the screen, e.g. “The Meeting requested the Secretariat to …”."),
    )

    def __init__(self, *args: Any, meeting: Meeting, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "draft_%s")
        super().__init__(*args, **kwargs)
        self.fields["agenda_item"] = _agenda_item(meeting)
        self.order_fields(["agenda_item", "text"])


class AmendForm(forms.Form):
    text = forms.CharField(label=_("Amended text"), widget=TEXTAREA)
    # The version the Secretariat amended: an amendment of a text changed since is refused.
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class AdoptForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class PositionForm(forms.Form):
    """A member State's position on the text on the screen; a focal point speaks for their own
    State only (the choice holds just the States the reader may speak for, read once for all
    the drafts of the page)."""

    state = forms.ChoiceField(label=_("Member State"))
    stance = forms.ChoiceField(
        label=pgettext_lazy("stance", "Position"), choices=Position.Stance.choices
    )
    note = forms.CharField(label=_("Note"), max_length=500, required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args: Any, states: Sequence[MemberState], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.states = {s.code: s for s in states}
        field = self.fields["state"]
        assert isinstance(field, forms.ChoiceField)
        # The Secretariat records for any State: it chooses one, none is chosen for it.
        choose = [("", _("Choose a State"))] if len(states) > 1 else []
        field.choices = choose + [(s.code, s.name) for s in states]

    def clean_state(self) -> MemberState:
        return self.states[self.cleaned_data["state"]]
