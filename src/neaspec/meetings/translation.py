"""Meetings' names, titles, outcomes and agenda items, in six languages."""

from modeltranslation.translator import register

from neaspec.meetings.models import (
    AgendaItem,
    Meeting,
    MeetingSeries,
    ProgrammeSession,
    Statement,
)
from neaspec.translations.options import Content


@register(MeetingSeries)
class SeriesContent(Content):
    fields = ("name",)


@register(Meeting)
class MeetingContent(Content):
    fields = ("title", "summary")


@register(AgendaItem)
class AgendaItemContent(Content):
    fields = ("title", "annotation")


@register(ProgrammeSession)
class SessionContent(Content):
    fields = ("title", "description")


@register(Statement)
class StatementContent(Content):
    fields = ("summary",)
