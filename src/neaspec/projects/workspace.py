"""The partner's home page panel and due rows: the projects of their organization whose
progress is late (not recorded since the last SOM) or due (for a SOM opening soon)."""

import datetime

from django.http import HttpRequest
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from neaspec.accounts.models import Actor
from neaspec.directory.models import Organization
from neaspec.projects.models import Project
from neaspec.projects.selectors import ProgressDue, progress_due, projects_of
from neaspec.workspace import SOON, Panel, Row, contributes, due, listing, organization_ids

SHOWN = 5


def _row(item: ProgressDue) -> Row:
    when = date_format(item.som.start) if item.som.start else item.som.date_note
    som = {"meeting": item.som.label, "date": when}
    recorded = item.project.status_as_of
    if not item.late:
        detail = _("Due for %(meeting)s, which opens on %(date)s") % som
    elif recorded is None:
        detail = _("Late: no progress is recorded; %(meeting)s met on %(date)s") % som
    else:
        detail = _("Late: last recorded on %(recorded)s, before %(meeting)s (%(date)s)") % {
            **som,
            "recorded": date_format(recorded),
        }
    return Row(item.project.title, reverse("projects:detail", args=[item.project.key]), detail)


def _progress(user: Actor, today: datetime.date) -> tuple[list[Project], list[Row]]:
    ids = organization_ids(user)
    projects = list(projects_of(organization_ids=ids)) if ids else []
    found = progress_due(projects=projects, today=today, horizon=today + SOON)
    return projects, [_row(item) for item in found]


@contributes
def progress_to_report(request: HttpRequest, today: datetime.date) -> Panel | None:
    ids = organization_ids(request.user)
    if not ids:
        return None
    names = ", ".join(str(o) for o in Organization.objects.filter(pk__in=ids).order_by("name"))
    projects, rows = _progress(request.user, today)
    if not projects:
        empty = _("%(organization)s takes part in no running project recorded in the Hub.") % {
            "organization": names
        }
    else:
        empty = _("No progress report is due for the projects of %(organization)s.") % {
            "organization": names
        }
    # Partners cannot yet write progress in the Hub: say how it reaches the record.
    lead = (
        _("The Secretariat records each project's progress: send yours to it by e-mail.")
        if rows
        else ""
    )
    return listing(
        "progress",
        _("Project progress to report"),
        rows[:SHOWN],
        lead=lead,
        empty=empty,
        more_url=reverse("projects:list"),
        more_label=_("All projects"),
        mine=True,
        order=10,
    )


@due(gettext_lazy("Project progress to report"))
def progress_due_rows(user: Actor, today: datetime.date) -> list[Row]:
    return _progress(user, today)[1]
