"""`{{ value.source|cite }}`: a source as its title and passage, linked where it is public.
The sources are English documents, cited as they name themselves: marked lang="en", so a
page in another language says which of its words are a citation in English."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from neaspec.sourcing import Citation
from neaspec.sourcing import cite as citations

register = template.Library()


def _one(citation: Citation) -> SafeString:
    if citation.url:
        link = format_html('<a href="{}" rel="external">{}</a>', citation.url, citation.title)
    else:
        link = format_html("<cite>{}</cite>", citation.title)
    return format_html("{}, {}", link, citation.passage) if citation.passage else link


@register.filter
def cite(source: str | None) -> SafeString:
    if not source:
        return SafeString("")
    found = format_html_join("; ", "{}", ((_one(c),) for c in citations(source)))
    return format_html('<span class="citation" lang="en">{}</span>', found)
