from typing import Any, cast

from django import forms
from django.conf import settings
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from neaspec import limits
from neaspec.directory.forms import DateInput
from neaspec.directory.models import Body, MemberState, Organization
from neaspec.meetings.models import (
    AgendaItem,
    Meeting,
    MeetingSeries,
    ProgrammeSession,
    Registration,
    ReportReply,
)
from neaspec.meetings.selectors import meeting_named
from neaspec.meetings.services import EDITABLE
from neaspec.multilingual import in_source_language


class MeetingField(forms.CharField):
    """A meeting as people write it ("SOM-25", "som-25", a title); cleans to the Meeting, or
    None when left empty. The page lists the newest labels (meetings/_meeting_labels.html)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", _("Meeting"))
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 100)
        super().__init__(**kwargs)
        self.widget.attrs.update({"list": "meeting-labels", "placeholder": "SOM-25"})

    def clean(self, value: str | None) -> Meeting | None:
        value = super().clean(value)
        return meeting_named(value) if value else None


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


class TimeInput(forms.TimeInput):
    input_type = "time"


# What a meeting's page may change: the fields meeting_update accepts.
MEETING_FIELDS = list(EDITABLE)


class MeetingForm(forms.ModelForm):
    """A meeting's date, time, place and modality (services.meeting_update)."""

    class Meta:
        model = Meeting
        fields = MEETING_FIELDS
        widgets = {
            "start": DateInput,
            "end": DateInput,
            "registration_deadline": DateInput,
            "start_time": TimeInput,
            "end_time": TimeInput,
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        in_source_language(self)
        cast(forms.ModelChoiceField, self.fields["host"]).to_field_name = "code"
        self.fields["time_zone"].help_text = _(
            "An IANA name, e.g. Asia/Ulaanbaatar; left empty, the host capital's."
        )


class MeetingCreateForm(MeetingForm):
    series = forms.ModelChoiceField(
        label=_("Series"), queryset=MeetingSeries.objects.all(), to_field_name="code"
    )
    number = forms.IntegerField(label=_("Number"), required=False, min_value=1, max_value=999)

    class Meta(MeetingForm.Meta):
        fields = ["series", "number", *MEETING_FIELDS]

    def __init__(
        self, *args: Any, series: QuerySet[MeetingSeries] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        if series is not None:
            cast(forms.ModelChoiceField, self.fields["series"]).queryset = series
        self.order_fields(["series", "number"])

    def _post_clean(self) -> None:
        # The service builds and validates the meeting (its key, its number in the series).
        pass


class AgendaItemForm(forms.Form):
    # Several forms share the preparation page: their fields' ids must differ.
    prefix = "item"

    number = forms.CharField(label=_("Number"), max_length=10, help_text=_("e.g. 5 or 5(a)"))
    title = forms.CharField(label=_("Title"), max_length=400)
    parent = forms.ModelChoiceField(
        label=_("Under item"), queryset=AgendaItem.objects.none(), required=False
    )
    annotation = forms.CharField(label=_("Annotation"), widget=forms.Textarea, required=False)

    def __init__(self, *args: Any, meeting: Meeting, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["parent"]).queryset = meeting.agenda_items.filter(
            parent=None
        )


class SessionForm(forms.ModelForm):
    # Several forms share the preparation page: their fields' ids must differ.
    prefix = "session"

    class Meta:
        model = ProgrammeSession
        fields = ["day", "starts", "ends", "kind", "title", "speakers", "description"]
        widgets = {
            "day": DateInput,
            "starts": TimeInput,
            "ends": TimeInput,
            "speakers": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 2}),
        }

    def _post_clean(self) -> None:
        pass  # services.session_add checks it against the meeting's days and other sessions

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        in_source_language(self)


class InviteForm(forms.Form):
    # Several forms share the preparation page: their fields' ids must differ.
    prefix = "invite"

    state = forms.ModelChoiceField(
        label=_("Member State"), queryset=MemberState.objects.all(), required=False
    )
    organization = forms.ModelChoiceField(
        label=_("Organization"), queryset=Organization.objects.all(), required=False
    )
    body = forms.ModelChoiceField(label=_("Body"), queryset=Body.objects.all(), required=False)
    all_states = forms.BooleanField(label=_("All member States"), required=False)


class RegistrationForm(forms.ModelForm):
    delegation = forms.ChoiceField(label=_("Delegation"))

    class Meta:
        model = Registration
        fields = ["name", "title", "affiliation", "role", "email", "attendance"]

    def __init__(
        self, *args: Any, delegations: list[MemberState | Organization], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.delegations = {_delegation_key(d): d for d in delegations}
        cast(forms.ChoiceField, self.fields["delegation"]).choices = [
            (k, str(d)) for k, d in self.delegations.items()
        ]
        self.order_fields(["delegation"])
        if self.instance.pk:
            del self.fields["delegation"]

    def clean_delegation(self) -> MemberState | Organization:
        return self.delegations[self.cleaned_data["delegation"]]

    def _post_clean(self) -> None:
        pass  # the service checks the registration against the meeting and the delegation

    def service_fields(self) -> dict[str, Any]:
        fields = {k: v for k, v in self.cleaned_data.items() if k != "delegation"}
        delegation = self.cleaned_data.get("delegation")
        if isinstance(delegation, MemberState):
            fields["state"] = delegation
        elif delegation is not None:
            fields["organization"] = delegation
        return fields


def _delegation_key(delegation: MemberState | Organization) -> str:
    return (
        f"state:{delegation.code}"
        if isinstance(delegation, MemberState)
        else f"org:{delegation.key}"
    )


class ReplyForm(forms.ModelForm):
    class Meta:
        model = ReportReply
        fields = ["answer", "comments"]
        widgets = {"answer": forms.RadioSelect, "comments": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Two buttons, no empty third one: the answer is one or the other.
        cast(forms.ChoiceField, self.fields["answer"]).choices = ReportReply.Answer.choices

    def _post_clean(self) -> None:
        pass


# --- the draft report: comments on its paragraphs, the Secretariat's answers, its revision ---


class ParagraphCommentForm(forms.Form):
    """One row of a State's comments on the draft report: the paragraph and the comment."""

    paragraph = forms.CharField(
        label=_("Paragraph"),
        max_length=10,
        required=False,
        widget=forms.TextInput(attrs={"size": 6, "placeholder": "3"}),
    )
    text = forms.CharField(
        label=_("Comment"),
        max_length=limits.NOTE,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


# Empty rows beyond those already written, for more comments (a page without scripts cannot add
# rows; each answer sent brings three more).
ParagraphCommentFormSet = forms.formset_factory(
    ParagraphCommentForm, extra=3, max_num=200, validate_max=True
)


class CommentAnswerForm(forms.Form):
    """The Secretariat's answer to a comment on a paragraph, with the answer it saw there
    (`previous`, empty when none): a change by someone else meanwhile is not overwritten."""

    # An empty answer is refused by the service, in its words.
    answer = forms.CharField(
        label=_("The Secretariat's answer"), max_length=limits.NOTE, required=False
    )
    previous = forms.CharField(required=False, max_length=limits.NOTE, strip=False)


class ReportRevisionForm(forms.Form):
    """A revised file of the meeting's report in one language (library.meeting_documents
    .meeting_document_revise); `symbols`, the meeting's report documents."""

    prefix = "revision"

    symbol = forms.ChoiceField(label=_("Document"))
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    new_revision = forms.BooleanField(
        label=_("Starts a new version"),
        required=False,
        initial=True,
        help_text=_(
            "Untick for a further language of the version you have just uploaded: the version "
            "number then stays."
        ),
    )
    file = forms.FileField(label=_("File (PDF, DOCX, HTML or text)"))

    def __init__(self, *args: Any, symbols: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["symbol"]).choices = [(s, s) for s in symbols]
