from django.contrib import admin

from neaspec.admin import ReadOnlyInAdmin, SecretariatAdmin
from neaspec.consultations.models import (
    Answer,
    Comment,
    Consultation,
    Invitee,
    Paragraph,
    Question,
    Reminder,
    Survey,
    SurveyResponse,
    Version,
)

# Every row here is written by consultations.services and consultations.surveys (opening,
# versions, comments and responses, reminders; surveys, invitees and answers).


@admin.register(Consultation)
class ConsultationAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ("title", "audience", "opens", "closes", "open")
    search_fields = ("title", "key")


@admin.register(Comment)
class CommentAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ("consultation", "paragraph", "state", "organization", "outcome")
    list_filter = ("outcome", "state")
    raw_id_fields = ("position", "closed_follow_up", "version")


@admin.register(Survey)
class SurveyAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ("title", "audience", "opens", "closes", "participants_recorded")


@admin.register(Version, Paragraph, Reminder, Question, Invitee, SurveyResponse, Answer)
class ConsultationPartAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    pass
