"""What decisions say and what their follow-up asks, in six languages."""

from modeltranslation.translator import register

from neaspec.decisions.models import Decision, FollowUp
from neaspec.translations.options import Content


@register(Decision)
class DecisionContent(Content):
    fields = ("summary",)


@register(FollowUp)
class FollowUpContent(Content):
    fields = ("action", "outcome")
