from django.contrib import admin

from neaspec.admin import ReadOnlyInAdmin, SecretariatAdmin
from neaspec.meetings.models import (
    AgendaItem,
    Attendance,
    Invitation,
    Meeting,
    MeetingSeries,
    Officer,
    ProgrammeSession,
    Registration,
    ReportComment,
    ReportReply,
    Statement,
)

# Every row here is written by meetings.services (meetings, agenda, programme), by
# meetings.delegations (invitations, registrations, attendance, replies to the draft report) or
# by the confirmed review of a meeting's report (extraction.services: series, officers,
# attendance, statements), which keep the statuses and deadlines that follow from them.


@admin.register(MeetingSeries)
class MeetingSeriesAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["code", "name", "body", "numbered"]
    search_fields = ["code", "name"]


class AgendaItemInline(ReadOnlyInAdmin, admin.TabularInline):
    model = AgendaItem
    extra = 0
    fields = ["number", "title", "parent", "order"]


class OfficerInline(ReadOnlyInAdmin, admin.TabularInline):
    model = Officer
    extra = 0
    autocomplete_fields = ["person", "state"]


class AttendanceInline(ReadOnlyInAdmin, admin.TabularInline):
    model = Attendance
    extra = 0


class ProgrammeSessionInline(ReadOnlyInAdmin, admin.TabularInline):
    model = ProgrammeSession
    extra = 0
    fields = ["day", "starts", "ends", "kind", "title", "speakers"]


@admin.register(ProgrammeSession)
class ProgrammeSessionAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["meeting", "day", "starts", "ends", "title"]
    search_fields = ["title", "meeting__key"]


@admin.register(Meeting)
class MeetingAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["__str__", "series", "start", "host", "city", "modality", "status"]
    list_filter = ["series", "status", "modality", "host"]
    search_fields = ["key", "title", "city", "summary"]
    autocomplete_fields = ["host", "organizer"]
    inlines = [OfficerInline, AttendanceInline, AgendaItemInline, ProgrammeSessionInline]


@admin.register(AgendaItem)
class AgendaItemAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["meeting", "number", "title"]
    list_filter = ["meeting__series"]
    search_fields = ["title", "meeting__key"]


@admin.register(Officer)
class OfficerAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["meeting", "role", "person", "state"]
    list_filter = ["role", "state"]
    search_fields = ["person__name", "meeting__key"]


@admin.register(Attendance)
class AttendanceAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["meeting", "state", "organization"]
    list_filter = ["state", "meeting__series"]
    search_fields = ["meeting__key", "organization__name"]


@admin.register(Statement)
class StatementAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["meeting", "paragraph", "speaker", "state", "organization", "agenda_item"]
    list_filter = ["meeting__series", "speaker", "state"]
    search_fields = ["summary", "meeting__key"]


@admin.register(Invitation)
class InvitationAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["meeting", "__str__", "sent_at", "reminders", "reply"]
    list_filter = ["meeting__series", "reply"]
    search_fields = ["meeting__key"]
    raw_id_fields = ["meeting"]


@admin.register(Registration)
class RegistrationAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["meeting", "name", "state", "organization", "role", "status", "attended"]
    list_filter = ["meeting__series", "status", "role", "state"]
    search_fields = ["name", "email", "meeting__key"]
    raw_id_fields = ["meeting"]


@admin.register(ReportReply)
class ReportReplyAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["meeting", "state", "answer", "answered_at"]
    list_filter = ["answer", "state"]
    raw_id_fields = ["meeting"]


@admin.register(ReportComment)
class ReportCommentAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    """A State's comment on a paragraph of the draft report and the Secretariat's answer
    (meetings.delegations)."""

    list_display = ["reply", "paragraph", "answered_at"]
    search_fields = ["text", "answer"]
    raw_id_fields = ["reply"]
