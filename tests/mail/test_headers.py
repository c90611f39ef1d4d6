"""Names and titles that reach an e-mail header are one line wherever they are entered: the
API answers 422 with the reason, a form shows it, and nothing is kept."""

from typing import Any

import pytest
from django.urls import reverse

from neaspec.consultations.models import Consultation
from neaspec.directory.models import MemberState
from neaspec.meetings.models import Meeting, MeetingSeries

pytestmark = pytest.mark.django_db
BROKEN = "Twenty-ninth SOM\r\nBcc: everyone@example.org"


def _json(client: Any, method: str, url: str, body: dict[str, Any]) -> Any:
    return getattr(client, method)(url, body, content_type="application/json")


def test_a_meeting_title_with_a_line_break_is_refused_by_the_api(client_for: Any) -> None:
    secretariat = client_for("secretariat")
    som29 = {"series": "SOM", "number": 29, "start": "2027-09-20", "host": "MN"}
    refused = _json(secretariat, "post", "/api/meetings", {**som29, "title": BROKEN})
    assert refused.status_code == 422
    assert "one line" in refused.content.decode()
    assert not Meeting.objects.filter(number=29, series__code="SOM").exists()
    made = _json(secretariat, "post", "/api/meetings", som29)
    assert made.status_code == 201
    changed = _json(secretariat, "patch", "/api/meetings/som-29", {"title": BROKEN})
    assert changed.status_code == 422
    assert Meeting.objects.get(key="som-29").title == ""


def test_a_meeting_title_with_a_line_break_is_refused_on_its_page(
    client_for: Any, users: dict[str, Any]
) -> None:
    from neaspec.meetings import services

    meeting = services.meeting_create(
        actor=users["secretariat"],
        series=MeetingSeries.objects.get(code="SOM"),
        number=29,
        host=MemberState.objects.get(code="MN"),
    )
    page = client_for("secretariat").get(reverse("meetings:edit", args=[meeting.key]))
    form = page.context["form"]
    data = {name: form[name].value() or "" for name in form.fields} | {"title": BROKEN}
    answer = client_for("secretariat").post(reverse("meetings:edit", args=[meeting.key]), data)
    said = answer.content.decode()
    assert "Write this on one line: it is used in the headers of e-mails." in said
    meeting.refresh_from_db()
    assert meeting.title == ""


def test_a_consultation_title_with_a_line_break_is_refused(client_for: Any) -> None:
    draft = {
        "title": BROKEN,
        "paragraphs": ["The review covers the Strategic Plan 2021-2025."],
        "opens": "2026-12-01",
        "closes": "2026-12-31",
        "audience": "focal_points",
    }
    before = Consultation.objects.count()
    refused = _json(client_for("secretariat"), "post", "/api/consultations", draft)
    assert refused.status_code == 422
    assert "one line" in refused.content.decode()
    assert Consultation.objects.count() == before
