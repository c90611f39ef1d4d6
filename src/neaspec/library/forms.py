from typing import Any, cast

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from neaspec.directory.forms import DateInput
from neaspec.library.models import Document, MeetingDocument
from neaspec.meetings.models import AgendaItem, Meeting
from neaspec.programme.models import ProgrammeArea


class UploadForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=400)
    type = forms.ChoiceField(label=_("Type"), choices=Document.Type.choices)
    date = forms.DateField(label=_("Date"), widget=DateInput, required=False)
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    meeting = forms.ModelChoiceField(
        label=_("Meeting"),
        queryset=Meeting.objects.select_related("series"),
        required=False,
        to_field_name="key",
    )
    area = forms.ModelChoiceField(
        label=_("Programme area"),
        queryset=ProgrammeArea.objects.all(),
        required=False,
        to_field_name="code",
    )
    visibility = forms.ChoiceField(label=_("Who may see it"), choices=Document.Visibility.choices)
    file = forms.FileField(label=_("File (PDF, DOCX, HTML or text)"))


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=200, required=False)
    type = forms.ChoiceField(
        label=_("Type"), choices=[("", _("All types")), *Document.Type.choices], required=False
    )
    area = forms.ModelChoiceField(
        label=_("Programme area"),
        queryset=ProgrammeArea.objects.all(),
        required=False,
        to_field_name="code",
        empty_label=_("All areas"),
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("All languages")), *settings.LANGUAGES],
        required=False,
    )
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1990, max_value=2100)

    def filters(self) -> dict[str, Any]:
        data = self.cleaned_data if self.is_valid() else {}
        area = data.get("area")
        return {
            "query": data.get("q", ""),
            "type": data.get("type", ""),
            "area": area.code if area else "",
            "language": data.get("language", ""),
            "year": data.get("year"),
        }


class MeetingDocumentForm(forms.Form):
    """One language version of a meeting document (meeting_documents.meeting_document_upload)."""

    # Several forms share the preparation page: their fields' ids must differ.
    prefix = "document"

    symbol = forms.CharField(
        label=_("Symbol"), max_length=60, help_text=_("e.g. NEASPEC/SOM(29)/1")
    )
    title = forms.CharField(
        label=_("Title"),
        max_length=400,
        required=False,
        help_text=_("Needed for a new symbol; a further language keeps the first title."),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=MeetingDocument.Kind.choices)
    agenda_item = forms.ModelChoiceField(
        label=_("Agenda item"), queryset=AgendaItem.objects.none(), required=False
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    visibility = forms.ChoiceField(
        label=_("Who may see it"),
        choices=Document.Visibility.choices,
        initial=Document.Visibility.MEMBER_STATES,
    )
    circulated_on = forms.DateField(label=_("Circulated on"), widget=DateInput, required=False)
    file = forms.FileField(label=_("File (PDF, DOCX, HTML or text)"))

    def __init__(self, *args: Any, meeting: Meeting, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(
            forms.ModelChoiceField, self.fields["agenda_item"]
        ).queryset = meeting.agenda_items.all()
