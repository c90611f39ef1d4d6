"""The directory's names and descriptions, in six languages (neaspec.multilingual)."""

from modeltranslation.translator import register

from neaspec.directory.models import Body, MemberState, Organization
from neaspec.translations.options import Content


@register(MemberState)
class MemberStateContent(Content):
    fields = ("name", "short_name")


@register(Body)
class BodyContent(Content):
    fields = ("name", "description")


@register(Organization)
class OrganizationContent(Content):
    fields = ("name",)
