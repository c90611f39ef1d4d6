from django.contrib import admin

from neaspec.admin import ReadOnlyInAdmin, SecretariatAdmin
from neaspec.decisions.models import (
    Addressee,
    Decision,
    DecisionLink,
    DraftText,
    FollowUp,
    Position,
    ProgressNote,
)

# Decisions, their addressees and follow-ups are recorded from a meeting's report (extraction:
# review), positions and progress on their pages, links by decisions.services: the services keep
# the follow-ups' deadlines and statuses that a form here would leave behind.


class AddresseeInline(ReadOnlyInAdmin, admin.TabularInline):
    model = Addressee
    extra = 0


class PositionInline(ReadOnlyInAdmin, admin.TabularInline):
    model = Position
    extra = 0
    exclude = ["recorded_by"]


@admin.register(Decision)
class DecisionAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["__str__", "kind", "concern", "area", "status", "due_date", "adopted"]
    list_filter = ["meeting__series", "kind", "concern", "area", "status", "adopted"]
    search_fields = ["summary", "meeting__key", "paragraph"]
    raw_id_fields = ["parent", "agenda_item"]
    inlines = [AddresseeInline, PositionInline]


@admin.register(Addressee)
class AddresseeAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["decision", "kind", "state", "body"]
    list_filter = ["kind", "state"]
    search_fields = ["decision__summary"]


@admin.register(DecisionLink)
class DecisionLinkAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["source_decision", "kind", "target"]
    list_filter = ["kind"]
    search_fields = ["note", "source_decision__summary", "target__summary"]
    raw_id_fields = ["source_decision", "target"]


class ProgressNoteInline(ReadOnlyInAdmin, admin.TabularInline):
    model = ProgressNote
    extra = 0
    exclude = ["author"]


@admin.register(FollowUp)
class FollowUpAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["__str__", "owner", "state", "body", "due_date", "status", "progress"]
    list_filter = ["owner", "state", "status", "due_next_meeting"]
    search_fields = ["action", "decision__summary"]
    raw_id_fields = ["decision"]
    inlines = [ProgressNoteInline]


@admin.register(ProgressNote)
class ProgressNoteAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["follow_up", "date", "progress", "author"]
    search_fields = ["text"]
    raw_id_fields = ["follow_up"]


@admin.register(Position)
class PositionAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["decision", "state", "stance", "date"]
    list_filter = ["stance", "state"]
    search_fields = ["note", "decision__summary"]
    raw_id_fields = ["decision"]


@admin.register(DraftText)
class DraftTextAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    """The versions of a text drafted on the screen (decisions.drafting_services)."""

    list_display = ["decision", "number", "written_by", "written_at"]
    search_fields = ["text", "decision__summary"]
    raw_id_fields = ["decision"]
