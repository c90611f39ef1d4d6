from django.contrib import admin

from neaspec.admin import SecretariatAdmin
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


@admin.register(Consultation)
class ConsultationAdmin(SecretariatAdmin):
    list_display = ("title", "audience", "opens", "closes", "open")
    search_fields = ("title", "key")


@admin.register(Comment)
class CommentAdmin(SecretariatAdmin):
    list_display = ("consultation", "paragraph", "state", "organization", "outcome")
    list_filter = ("outcome", "state")
    raw_id_fields = ("position", "closed_follow_up", "version")


@admin.register(Survey)
class SurveyAdmin(SecretariatAdmin):
    list_display = ("title", "audience", "opens", "closes", "participants_recorded")


for model in (Version, Paragraph, Reminder, Question, Invitee, SurveyResponse, Answer):
    admin.site.register(model, SecretariatAdmin)
