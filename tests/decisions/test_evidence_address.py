"""Closing an action on evidence given by its address: a page of the Hub (a library document, a
meeting, a decision) is recorded as that record and shown by its title; another site's address
stays a source; the Hub's address of something the reader may not see is refused."""

from typing import Any

import pytest
from django.urls import reverse

from neaspec.decisions.models import Decision, FollowUp
from neaspec.meetings.models import Meeting
from tests.factories import library_document

pytestmark = pytest.mark.django_db


def _nomination(code: str) -> FollowUp:
    """SOM-25 para. 3.5 asked each member State to nominate national experts."""
    return FollowUp.objects.get(
        decision__meeting__key="som-25", decision__paragraph="3", decision__sentence=5,
        state__code=code,
    )  # fmt: skip


def _close(client: Any, action: FollowUp, source: str, **more: str) -> Any:
    body = {
        "status": "done",
        "outcome": "Mongolia nominated two national experts.",
        "closed_on": "2023-09-08",
        "evidence_source": source,
        **more,
    }
    return client.post(reverse("decisions:follow_up_close", args=[action.pk]), body)


def test_a_library_address_is_recorded_as_the_document_and_shown_by_its_title(
    client_for: Any, reference: None
) -> None:
    document = library_document("Nomination letter of Mongolia", "Two experts are nominated.")
    action = _nomination("MN")
    address = "http://testserver" + reverse("library:document", args=[document.pk])
    answer = _close(client_for("focal_point_mn"), action, address)
    assert answer.status_code == 302
    action.refresh_from_db()
    assert (action.evidence_document, action.evidence_source) == (document, "")
    page = client_for("public").get(reverse("decisions:follow_up", args=[action.pk]))
    shown = page.content.decode().split("Shown by")[1].split("</small>")[0]
    link = reverse("library:document", args=[document.pk])
    assert f'<a href="{link}">Nomination letter of Mongolia</a>' in shown
    assert "testserver" not in shown


@pytest.mark.parametrize(
    ("path", "field", "record"),
    [
        ("/meetings/spc-5/", "evidence_meeting", lambda: Meeting.objects.get(key="spc-5")),
        (
            "/decisions/{pk}/",
            "evidence_decision",
            lambda: (
                Decision.objects.filter(meeting__key="som-25", adopted=True)
                .exclude(paragraph="3")
                .order_by("pk")
                .first()
            ),
        ),
    ],
    ids=["a meeting", "a decision"],
)
def test_a_meeting_or_decision_address_is_recorded_as_that_record(
    client_for: Any, reference: None, path: str, field: str, record: Any
) -> None:
    action, expected = _nomination("MN"), record()
    answer = _close(client_for("focal_point_mn"), action, path.format(pk=expected.pk))
    assert answer.status_code == 302
    action.refresh_from_db()
    assert (getattr(action, field), action.evidence_source) == (expected, "")


def test_another_sites_address_stays_a_source(client_for: Any, reference: None) -> None:
    action = _nomination("MN")
    address = "https://example.org/library/1/"  # the same path on another site
    assert _close(client_for("focal_point_mn"), action, address).status_code == 302
    action.refresh_from_db()
    assert (action.evidence_source, action.evidence_document) == (address, None)


def test_the_hubs_address_of_a_document_the_reader_may_not_see_is_refused(
    client_for: Any, reference: None
) -> None:
    hidden = library_document("Internal note", "Not for States.", visibility="secretariat")
    action = _nomination("MN")
    answer = _close(client_for("focal_point_mn"), action, f"/library/{hidden.pk}/")
    assert answer.status_code == 422
    assert "No record of the Hub you may see is there." in answer.content.decode()
    action.refresh_from_db()
    assert (action.status, action.evidence_document) == ("open", None)
    assert not action.notes.exists()
