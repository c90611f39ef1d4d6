"""`{% report_links "meeting" meeting %}`: on a lower app's page, the reports that concern its
object, with their download addresses. The page loads the tag; its app imports nothing of
`reports`."""

from typing import TypedDict

from django import template
from django.db import models
from django.utils.functional import Promise

from neaspec.reports.catalogue import reports_concerning
from neaspec.reports.selectors import report_url

register = template.Library()


class Link(TypedDict):
    title: Promise
    formats: list[tuple[str, str]]  # (the format's name, its download address)


@register.inclusion_tag("reports/_links.html", takes_context=True)
def report_links(
    context: template.Context, what: str, obj: models.Model | None = None
) -> dict[str, list[Link]]:
    user = context.get("user")
    links = []
    for report in reports_concerning(what):
        if user is None or not report.may_read(user):
            continue
        params = report.concerns[what](obj)
        formats = [
            (label, report_url(report, fmt, params)) for fmt, label in report.format_labels()
        ]
        links.append(Link(title=report.title, formats=formats))
    return {"links": links}
