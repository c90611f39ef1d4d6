"""The preparation page's forms and buttons answer htmx with their section of the page: a refused
change comes back alone in its section with the reason, status 422 (409 when the record changed
meanwhile), and nothing changes; a change made comes back as the section now stands, saying
what was done. Without htmx the same posts answer the whole page with the reason, or a redirect
to the section (neaspec/htmx.py, meetings/preparation_views.py)."""

from collections.abc import Callable
from typing import Any

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from neaspec.directory.models import MemberState
from neaspec.meetings import delegations, services
from neaspec.meetings.models import Invitation, Meeting, MeetingSeries, Registration

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


def _part(response: Any, section: str) -> str:
    """The section alone, not a page."""
    html = response.content.decode()
    assert html.lstrip().startswith(f'<section aria-labelledby="{section}-heading" id="{section}"')
    assert "<html" not in html
    return html


def _page(response: Any) -> str:
    html = response.content.decode()
    assert "<html" in html
    return html


def _undone(post: Callable[[], Any]) -> Any:
    """`post()`'s answer, with what it saved rolled back: the same change can then be sent
    again, with htmx and without, from the same start."""
    with transaction.atomic():
        response = post()
        transaction.set_rollback(True)
    return response


def _changed(response: Any, section: str, changed: str = "") -> str:
    """The section as it now stands, telling the page what changed ("<section>-changed")."""
    assert response.status_code == 200
    assert "HX-Request" in response["Vary"]
    assert response["HX-Trigger"] == (changed or f"{section}-changed")
    return _part(response, section)


def _redirected(response: Any, meeting: Meeting, section: str) -> None:
    assert response.status_code == 302
    assert response["Location"] == reverse("meetings:prepare", args=[meeting.key]) + f"#{section}"
    assert "HX-Request" in response["Vary"]


@pytest.fixture
def officer(client_for: Callable[[str], Client]) -> Client:
    return client_for("secretariat")


@pytest.fixture
def som30(users: dict[str, Any], som29: Meeting) -> Meeting:
    """SOM-30, planned: dated and placed, so it may be announced."""
    return services.meeting_create(
        actor=users["secretariat"],
        series=MeetingSeries.objects.get(code="SOM"),
        number=30,
        start=som29.start,
        end=som29.end,
        city="Seoul",
    )


def test_the_page_loads_htmx_and_every_form_posts_with_it(officer: Client, som29: Meeting) -> None:
    html = officer.get(reverse("meetings:prepare", args=[som29.key])).content.decode()
    assert "vendor/htmx/htmx-2.0.11" in html
    for section in ("checklist", "agenda", "programme", "documents", "invitations"):
        assert f'hx-target="#{section}"' in html
    main = html.split("<main")[1]
    assert main.count("<form") == main.count("hx-post=")


def test_the_sections_that_show_what_another_changed_read_themselves_again(
    officer: Client, som29: Meeting
) -> None:
    """An item added: the agenda says "agenda-changed", and the documents section (its form's
    agenda items) and the checklist read themselves again from the page's address."""
    added = officer.post(
        reverse("meetings:agenda_add", args=[som29.key]),
        {"item-number": "2", "item-title": "Adoption of the agenda"},
        headers=HTMX,
    )
    assert added["HX-Trigger"] == "agenda-changed"
    page = reverse("meetings:prepare", args=[som29.key])
    html = officer.get(page).content.decode()
    assert 'hx-trigger="agenda-changed from:body"' in html  # the documents section
    documents = officer.get(page, {"part": "documents"}, headers=HTMX)
    assert "2. Adoption of the agenda" in _part(documents, "documents")
    assert "HX-Request" in documents["Vary"]
    checklist = officer.get(page, {"part": "checklist"}, headers=HTMX)
    assert "2 items, not circulated" in _part(checklist, "checklist")
    # Without htmx, or asking for no known section: the page.
    _page(officer.get(page, {"part": "documents"}))
    _page(officer.get(page, {"part": "nothing"}, headers=HTMX))


def test_a_status_refused_or_changed_answers_htmx_with_the_checklist(
    officer: Client, som29: Meeting, som30: Meeting
) -> None:
    url = reverse("meetings:status", args=[som29.key])
    back = {"status": "announced"}
    refused = officer.post(url, back, headers=HTMX)
    assert refused.status_code == 409  # the status does not go back
    assert "HX-Trigger" not in refused  # nothing changed
    html = _part(refused, "checklist")
    assert "its status does not go back" in html
    assert '<option value="held">' in html
    som29.refresh_from_db()
    assert som29.status == "registration_open"
    whole = officer.post(url, back)
    assert whole.status_code == 409
    assert "its status does not go back" in _page(whole)

    too_early = officer.post(url, {"status": "held"}, headers=HTMX)
    assert too_early.status_code == 422
    assert "A meeting cannot be held before its first day." in _part(too_early, "checklist")
    assert '<option value="held" selected>' in too_early.content.decode()  # as asked
    bad_date = officer.post(
        url, {"status": "report_circulated", "replies_due": "31/12/2027"}, headers=HTMX
    )
    assert bad_date.status_code == 422
    assert "Write the date as YYYY-MM-DD." in _part(bad_date, "checklist")
    assert 'value="31/12/2027"' in bad_date.content.decode()

    url = reverse("meetings:status", args=[som30.key])
    announce = {"status": "announced"}
    changed = _undone(lambda: officer.post(url, announce, headers=HTMX))
    html = _changed(changed, "checklist")
    assert "The meeting is now “Announced”." in html
    assert "<strong>Announced</strong>" in html
    _redirected(officer.post(url, announce), som30, "checklist")
    som30.refresh_from_db()
    assert som30.status == "announced"


def test_an_agenda_item_refused_or_added_answers_htmx_with_the_agenda(
    officer: Client, som29: Meeting
) -> None:
    url = reverse("meetings:agenda_add", args=[som29.key])
    again = {"item-number": "1", "item-title": "Opening again"}
    refused = officer.post(url, again, headers=HTMX)
    assert refused.status_code == 422
    html = _part(refused, "agenda")
    assert "The agenda already has an item 1." in html
    assert "<details open>" in html  # the form stays open, with what was typed
    assert 'value="Opening again"' in html
    assert som29.agenda_items.count() == 1
    whole = officer.post(url, again)
    assert whole.status_code == 422
    assert "The agenda already has an item 1." in _page(whole)

    new = {"item-number": "2", "item-title": "Adoption of the agenda"}
    added = _undone(lambda: officer.post(url, new, headers=HTMX))
    assert "Adoption of the agenda" in _changed(added, "agenda")
    _redirected(officer.post(url, new), som29, "agenda")
    assert som29.agenda_items.count() == 2


def test_the_agenda_buttons_answer_htmx_with_the_agenda(
    officer: Client, som29: Meeting, users: dict[str, Any]
) -> None:
    one = som29.agenda_items.get(number="1")
    services.agenda_item_add(
        actor=users["secretariat"], meeting=som29, number="1(a)", title="Welcome", parent=one
    )
    url = reverse("meetings:agenda_change", args=[som29.key])
    remove = {"action": "delete", "item": one.pk}
    refused = officer.post(url, remove, headers=HTMX)
    assert refused.status_code == 422
    assert "Remove its sub-items first." in _part(refused, "agenda")
    assert som29.agenda_items.count() == 2
    whole = officer.post(url, remove)
    assert whole.status_code == 422
    assert "Remove its sub-items first." in _page(whole)

    circulated = _undone(lambda: officer.post(url, {"action": "circulate"}, headers=HTMX))
    # Its stage, not its items: the checklist reads itself again, the documents need not.
    html = _changed(circulated, "agenda", "agenda-stage-changed")
    assert "The provisional agenda is circulated." in html
    _redirected(officer.post(url, {"action": "circulate"}), som29, "agenda")
    som29.refresh_from_db()
    assert som29.agenda_status == "provisional"

    adopted = officer.post(url, {"action": "adopt"}, headers=HTMX)
    assert "The agenda is adopted." in _changed(adopted, "agenda", "agenda-stage-changed")
    closed = officer.post(url, {"action": "up", "item": one.pk}, headers=HTMX)
    assert closed.status_code == 422
    assert "The agenda is adopted; it no longer changes." in _part(closed, "agenda")


def test_a_session_refused_added_or_removed_answers_htmx_with_the_programme(
    officer: Client, som29: Meeting
) -> None:
    url = reverse("meetings:session_add", args=[som29.key])
    session = {
        "session-day": som29.start.isoformat(),
        "session-starts": "09:00",
        "session-ends": "10:00",
        "session-kind": "session",
        "session-title": "Opening session",
    }
    wrong_day = session | {"session-day": "2020-01-01"}
    refused = officer.post(url, wrong_day, headers=HTMX)
    assert refused.status_code == 422
    assert "The day is not one of the meeting&#x27;s days." in _part(refused, "programme")
    assert not som29.sessions.exists()
    whole = officer.post(url, wrong_day)
    assert whole.status_code == 422
    assert "The day is not one of the meeting&#x27;s days." in _page(whole)

    added = _undone(lambda: officer.post(url, session, headers=HTMX))
    assert "Opening session" in _changed(added, "programme")
    _redirected(officer.post(url, session), som29, "programme")
    [kept] = som29.sessions.all()

    url = reverse("meetings:session_delete", args=[som29.key, kept.pk])
    removed = _undone(lambda: officer.post(url, headers=HTMX))
    assert "No sessions yet." in _changed(removed, "programme")
    _redirected(officer.post(url), som29, "programme")
    assert not som29.sessions.exists()


def test_invitations_refused_or_recorded_answer_htmx_with_the_invitations(
    officer: Client, som29: Meeting, users: dict[str, Any]
) -> None:
    url = reverse("meetings:invite", args=[som29.key])
    nobody = officer.post(url, {}, headers=HTMX)
    assert nobody.status_code == 422
    assert "Choose whom to invite." in _part(nobody, "invitations")
    whole = officer.post(url, {})
    assert whole.status_code == 422
    assert "Choose whom to invite." in _page(whole)

    mongolia = MemberState.objects.get(code="MN")
    delegations.invitation_send(actor=users["secretariat"], meeting=som29, state=mongolia)
    twice = officer.post(url, {"invite-state": mongolia.pk}, headers=HTMX)
    assert twice.status_code == 422
    assert "Mongolia is already invited." in _part(twice, "invitations")
    assert som29.invitations.count() == 1

    china = {"invite-state": MemberState.objects.get(code="CN").pk}
    invited = _undone(lambda: officer.post(url, china, headers=HTMX))
    html = _changed(invited, "invitations")
    assert "1 invitation recorded." in html
    assert "Nothing was sent to China: no e-mail address is recorded." in html
    _redirected(officer.post(url, china), som29, "invitations")
    assert som29.invitations.count() == 2

    # Mongolia declined: no reminder; China is reminded.
    invitation = som29.invitations.get(state=mongolia)
    delegations.invitation_reply(
        actor=users["secretariat"], invitation=invitation, reply=Invitation.Reply.DECLINED
    )
    remind = reverse("meetings:remind", args=[som29.key, invitation.pk])
    declined = officer.post(remind, headers=HTMX)
    assert declined.status_code == 422
    assert "declined the invitation." in _part(declined, "invitations")
    assert officer.post(remind).status_code == 422
    china_invitation = som29.invitations.get(state__code="CN")
    remind = reverse("meetings:remind", args=[som29.key, china_invitation.pk])
    reminded = _undone(lambda: officer.post(remind, headers=HTMX))
    assert "Nothing was sent to China" in _changed(reminded, "invitations")
    _redirected(officer.post(remind), som29, "invitations")


def test_a_registration_accepted_or_refused_answers_htmx_with_the_registrations(
    officer: Client, som29: Meeting, users: dict[str, Any]
) -> None:
    registration = delegations.registration_submit(
        actor=users["secretariat"],
        meeting=som29,
        state=MemberState.objects.get(code="MN"),
        name="Batbayar Enkhtuya",
        role="head_of_delegation",
        email="enkhtuya@example.mn",
    )
    url = reverse("meetings:registration_review", args=[som29.key, registration.pk])
    accepted = _undone(lambda: officer.post(url, {"action": "accept"}, headers=HTMX))
    html = _changed(accepted, "registrations")
    assert f'id="registration-{registration.pk}"' in html
    assert '<button name="action" value="attended">' in html
    _redirected(officer.post(url, {"action": "accept"}), som29, "registrations")
    registration.refresh_from_db()
    assert registration.status == "accepted"

    early = officer.post(url, {"action": "attended"}, headers=HTMX)
    assert early.status_code == 422
    assert "Attendance is confirmed from the meeting&#x27;s first day." in _part(
        early, "registrations"
    )
    whole = officer.post(url, {"action": "attended"})
    assert whole.status_code == 422
    assert "Attendance is confirmed from the meeting&#x27;s first day." in _page(whole)
    registration.refresh_from_db()
    assert registration.attended is None

    # Withdrawn by its delegation meanwhile: 409, said in the section.
    delegations.registration_withdraw(actor=users["secretariat"], registration=registration)
    withdrawn = officer.post(url, {"action": "accept"}, headers=HTMX)
    assert withdrawn.status_code == 409
    assert "This registration was withdrawn." in _part(withdrawn, "registrations")
    assert officer.post(url, {"action": "accept"}).status_code == 409
    assert Registration.objects.get(pk=registration.pk).status == "withdrawn"
