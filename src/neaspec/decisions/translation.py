"""What decisions say and what their follow-up asks, in six languages; and who may read them to
translate them (a draft decision only those who may read it)."""

from typing import Any

from django.db.models import QuerySet
from modeltranslation.translator import register

from neaspec.accounts.models import Actor
from neaspec.decisions.models import Decision, FollowUp
from neaspec.translations.options import Content
from neaspec.translations.selectors import read_through


@register(Decision)
class DecisionContent(Content):
    fields = ("summary",)


@register(FollowUp)
class FollowUpContent(Content):
    fields = ("action", "outcome")


def _decisions(actor: Actor) -> QuerySet[Any]:
    from neaspec.decisions.selectors import decisions_visible

    return decisions_visible(actor=actor)


def _follow_ups(actor: Actor) -> QuerySet[Any]:
    from neaspec.decisions.selectors import follow_ups_visible

    return follow_ups_visible(actor=actor)


read_through(Decision, _decisions)
read_through(FollowUp, _follow_ups)
