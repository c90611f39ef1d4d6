"""The home page's programme panels: which strategic plan is in force and what is in
preparation, headline indicator values with their source, and the review work of each role."""

import datetime

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from neaspec.accounts.rules import focal_point_state_ids, is_secretariat
from neaspec.programme.models import IndicatorValue, ProgrammeArea, StrategicPlan
from neaspec.programme.selectors import headline_values, plan_list, review_queue
from neaspec.templatetags.figures import figure
from neaspec.workspace import Panel, Row, contributes, listing


@contributes
def areas(request: HttpRequest, today: datetime.date) -> Panel | None:
    """The programme areas, by name in the reader's language, each with its platform."""
    found = ProgrammeArea.objects.select_related("platform").order_by("order")
    rows = [
        Row(a.name, reverse("programme:area", args=[a.code]), a.platform.name if a.platform else "")
        for a in found
    ]
    return listing(
        "areas",
        _("Programme areas"),
        rows,
        more_url=reverse("programme:areas"),
        more_label=_("All programme areas"),
        order=14,
    )


@contributes
def plans(request: HttpRequest, today: datetime.date) -> Panel | None:
    """Says truthfully what is in force: an adopted plan whose years cover today, or that the
    last adopted plan has ended and the next one's adoption is not recorded."""
    rows, lead = [], ""
    adopted = StrategicPlan.objects.exclude(status=StrategicPlan.Status.DRAFT)
    in_force = adopted.filter(start_year__lte=today.year, end_year__gte=today.year).first()
    last = adopted.order_by("-end_year").first()
    if in_force is not None:
        lead = _("In force: %(plan)s.") % {"plan": in_force.title}
        rows.append(Row(in_force.title, reverse("programme:plan", args=[in_force.code])))
    elif last is not None:
        lead = _("%(plan)s ran until %(year)s; no later plan is recorded as adopted.") % {
            "plan": last.title,
            "year": last.end_year,
        }
        rows.append(Row(last.title, reverse("programme:plan", args=[last.code])))
    readable = set(plan_list(actor=request.user).values_list("pk", flat=True))
    for draft in StrategicPlan.objects.filter(status=StrategicPlan.Status.DRAFT):
        # The public knows a draft is in preparation (the concept note says so) but its page
        # is for member States until it is adopted.
        url = reverse("programme:plan", args=[draft.code]) if draft.pk in readable else ""
        rows.append(
            Row(f"{draft.title} ({draft.get_status_display()})", url, draft.summary, draft.source)
        )
    return listing("plans", _("Strategic plan"), rows, lead=lead, order=15)


@contributes
def headline_indicators(request: HttpRequest, today: datetime.date) -> Panel | None:
    """The headline value of the first three comparable indicators (programme.selectors)."""
    rows: list[Row] = []
    for v in headline_values(actor=request.user, count=3):
        place = v.breakdown or (v.state.localized_name if v.state else "")
        rows.append(
            Row(
                f"{v.indicator.name}: {figure(v.value)} {v.indicator.unit}",
                reverse("programme:indicator", args=[v.indicator.code]),
                f"{place}, {v.period}",
                v.source,
            )
        )
    return listing(
        "indicators",
        _("Headline indicators"),
        rows,
        more_url=reverse("programme:indicators"),
        more_label=_("All indicators"),
        order=40,
    )


@contributes
def values_to_review(request: HttpRequest, today: datetime.date) -> Panel | None:
    if not is_secretariat(request.user):
        return None
    queue = review_queue(actor=request.user)
    rows = [
        Row(f"{v.indicator.name}: {v.state or ''} {v.period}", reverse("programme:review_queue"))
        for v in queue[:5]
    ]
    return listing(
        "values-review",
        _("Indicator values to approve: %(count)d") % {"count": queue.count()},
        rows,
        empty=_("Nothing waits for approval."),
        more_url=reverse("programme:review_queue"),
        more_label=_("The review queue"),
        mine=True,
        order=20,
    )


@contributes
def my_submissions(request: HttpRequest, today: datetime.date) -> Panel | None:
    """A focal point's values waiting for approval or returned to them, returned first."""
    state_ids = focal_point_state_ids(request.user)
    if not state_ids or is_secretariat(request.user):
        return None
    waiting = (
        IndicatorValue.objects.filter(
            state_id__in=state_ids,
            status__in=[IndicatorValue.Status.SUBMITTED, IndicatorValue.Status.RETURNED],
        )
        .select_related("indicator", "state")
        .order_by("-status", "indicator__code")
    )
    rows = [
        Row(
            f"{v.indicator.name}, {v.period}: {v.get_status_display()}",
            reverse("programme:indicator", args=[v.indicator.code]),
            v.return_reason,
        )
        for v in waiting[:5]
    ]
    return listing(
        "submissions",
        _("Your submissions"),
        rows,
        empty=_("No value of yours waits for approval or was returned."),
        mine=True,
        order=20,
    )
