"""Sections that later parts of the system add to a member State's profile page.

The directory knows nothing of meetings or decisions; those apps register a section here when
they load (in their AppConfig.ready), and the State page shows whatever is registered.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string

from neaspec.directory.models import MemberState


@dataclass(frozen=True)
class Section:
    template: str
    context: dict[str, Any]


Contributor = Callable[[HttpRequest, MemberState], Section]
CONTRIBUTORS: list[Contributor] = []


def contributes(contributor: Contributor) -> Contributor:
    CONTRIBUTORS.append(contributor)
    return contributor


def sections(request: HttpRequest, state: MemberState) -> list[str]:
    """Each registered section, rendered with its own template."""
    rendered: list[str] = []
    for contributor in CONTRIBUTORS:
        section = contributor(request, state)
        rendered.append(render_to_string(section.template, section.context, request=request))
    return rendered
