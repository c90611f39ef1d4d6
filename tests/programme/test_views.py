"""The results pages' inline forms answer htmx with the part they change: an indicator's values
(a value submitted or reviewed), the queue of values waiting for approval, and a plan area's
framework (an activity's status). Refused, the part alone with the reasons (422, or 409 when
someone reviewed the value first) and nothing saved; saved, the part as it now stands. Without
htmx, the whole page with the reasons, or a redirect (neaspec/htmx.py)."""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from neaspec.directory.models import MemberState
from neaspec.programme import services
from neaspec.programme.models import Indicator, IndicatorValue, PlannedActivity

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}
PM25 = "pm25-annual-mean"


def _part(response: Any, section: str) -> str:
    """The section alone, not a page."""
    html = response.content.decode()
    assert f'<section id="{section}"' in html
    assert "<html" not in html
    return html


def _page(response: Any) -> str:
    html = response.content.decode()
    assert "<html" in html
    return html


def _undone(post: Callable[[], Any]) -> Any:
    """`post()`'s answer, with what it saved rolled back, so the same save can be sent again."""
    with transaction.atomic():
        response = post()
        transaction.set_rollback(True)
    return response


def _submitted(users: dict[str, Any]) -> IndicatorValue:
    return services.indicator_value_submit(
        actor=users["focal_point_mn"],
        indicator=Indicator.objects.get(code=PM25),
        state=MemberState.objects.get(code="MN"),
        first_year=2024,
        value=Decimal(38),
        source="National report",
    )


def test_a_value_refused_or_submitted_answers_htmx_with_the_values(
    client_for: Callable[[str], Client], users: dict[str, Any]
) -> None:
    client = client_for("focal_point_mn")
    url = reverse("programme:value_submit", args=[PM25])
    bad = {"state": "MN", "first_year": 2023, "value": "41", "source": ""}
    refused = client.post(url, bad, headers=HTMX)
    assert refused.status_code == 422
    assert "This field is required." in _part(refused, "values")
    assert not IndicatorValue.objects.filter(indicator__code=PM25, first_year=2023).exists()
    whole = client.post(url, bad)
    assert whole.status_code == 422
    assert "This field is required." in _page(whole)

    good = {**bad, "source": "Report A"}
    saved = _undone(lambda: client.post(url, good, headers=HTMX))
    assert saved.status_code == 200
    assert "HX-Request" in saved["Vary"]
    assert "Report A" in _part(saved, "values")
    redirected = client.post(url, good)
    assert redirected.status_code == 302
    assert redirected["Location"] == reverse("programme:indicator", args=[PM25])


def test_a_review_refused_or_done_answers_htmx_with_the_values_or_the_queue(
    client_for: Callable[[str], Client], users: dict[str, Any]
) -> None:
    value = _submitted(users)
    officer = client_for("secretariat")
    url = reverse("programme:value_review", args=[value.pk])
    no_reason = {"action": "return", "reason": ""}
    refused = officer.post(url, no_reason, headers=HTMX)
    assert refused.status_code == 422
    assert "Say why the value is returned." in _part(refused, "values")
    from_queue = officer.post(url, {**no_reason, "next": "queue"}, headers=HTMX)
    assert from_queue.status_code == 422
    assert "Say why the value is returned." in _part(from_queue, "queue")
    assert f'action="{url}"' in from_queue.content.decode()  # still waiting, its form shown
    value.refresh_from_db()
    assert value.status == "submitted"
    whole = officer.post(url, no_reason)
    assert whole.status_code == 422
    assert "Say why the value is returned." in _page(whole)

    approved = _undone(lambda: officer.post(url, {"action": "approve"}, headers=HTMX))
    assert approved.status_code == 200
    assert "HX-Request" in approved["Vary"]
    assert f'id="value-{value.pk}"' in _part(approved, "values")
    queued = _undone(
        lambda: officer.post(url, {"action": "approve", "next": "queue"}, headers=HTMX)
    )
    assert queued.status_code == 200
    assert f'action="{url}"' not in _part(queued, "queue")  # approved: no longer waiting
    redirected = officer.post(url, {"action": "approve", "next": "queue"})
    assert redirected.status_code == 302
    assert redirected["Location"] == reverse("programme:review_queue")

    # Approved by someone else first: 409, and the section says so.
    again = officer.post(url, {"action": "approve"}, headers=HTMX)
    assert again.status_code == 409
    assert "Only a submitted value can be approved." in _part(again, "values")


def test_an_activity_status_refused_or_saved_answers_htmx_with_its_plan_area(
    client_for: Callable[[str], Client],
) -> None:
    workshop = PlannedActivity.objects.get(
        code="B.2", activity_plan__plan_area__area__code="biodiversity"
    )
    framing = f"framing-{workshop.activity_plan.plan_area_id}"
    officer = client_for("secretariat")
    url = reverse("programme:activity_status", args=[workshop.pk])
    delayed = {"status": "delayed", "progress": "30", "reason": ""}
    refused = officer.post(url, delayed, headers=HTMX)
    assert refused.status_code == 422
    html = _part(refused, framing)
    assert f'id="activity-errors-{workshop.pk}"' in html
    assert "Say why the activity is delayed." in html
    assert 'value="30"' in html  # what was typed stays
    before = (workshop.status, workshop.progress)
    workshop.refresh_from_db()
    assert (workshop.status, workshop.progress) == before
    whole = officer.post(url, delayed)
    assert whole.status_code == 422
    assert "Say why the activity is delayed." in _page(whole)

    done = {"status": "done", "progress": "", "reason": ""}
    saved = _undone(lambda: officer.post(url, done, headers=HTMX))
    assert saved.status_code == 200
    assert "HX-Request" in saved["Vary"]
    assert "Done (100 %)" in _part(saved, framing)
    redirected = officer.post(url, done)
    assert redirected.status_code == 302
    assert redirected["Location"] == reverse("programme:area", args=["biodiversity"])
    workshop.refresh_from_db()
    assert workshop.status == "done"
