"""The preparation pages, as the Secretariat and as focal points see them."""

from collections.abc import Callable
from typing import Any

from django.test import Client
from django.urls import reverse

from neaspec.directory.models import MemberState
from neaspec.meetings.models import Meeting
from tests.factories import focal_point_user


def test_the_secretariat_creates_a_meeting_on_a_page(client_for: Callable[[str], Client]) -> None:
    client = client_for("secretariat")
    form = client.get(reverse("meetings:create")).content.decode()
    assert 'name="series"' in form
    assert 'type="time"' in form
    response = client.post(
        reverse("meetings:create"),
        {
            "series": "SOM",
            "number": "29",
            "start": "2027-09-20",
            "end": "2027-09-19",
            "city": "Ulaanbaatar",
        },
    )
    assert response.status_code == 422
    assert "cannot end before it starts" in response.content.decode()
    assert not Meeting.objects.filter(key="som-29").exists()
    response = client.post(
        reverse("meetings:create"),
        {"series": "SOM", "number": "29", "start": "2027-09-20", "end": "2027-09-21", "host": "MN"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("meetings:prepare", args=["som-29"])


def test_the_preparation_page_shows_the_checklist(
    som29: Meeting, client_for: Callable[[str], Client], django_assert_max_num_queries: Any
) -> None:
    client = client_for("secretariat")
    with django_assert_max_num_queries(40):
        html = client.get(reverse("meetings:prepare", args=[som29.key])).content.decode()
    checklist = html.split('id="checklist-heading"')[1].split("</section>")[0]
    assert "✓ Date and venue set" in checklist
    assert "○ Provisional agenda circulated" in checklist
    assert "1 item, not circulated" in checklist
    assert "None yet; registration closes on" in checklist
    client.post(reverse("meetings:agenda_change", args=[som29.key]), {"action": "circulate"})
    html = client.get(reverse("meetings:prepare", args=[som29.key])).content.decode()
    assert "6 weeks before the meeting" in html


def test_agenda_built_on_the_page(som29: Meeting, client_for: Callable[[str], Client]) -> None:
    client = client_for("secretariat")
    url = reverse("meetings:agenda_add", args=[som29.key])
    client.post(url, {"item-number": "5", "item-title": "Programme planning"})
    five = som29.agenda_items.get(number="5")
    client.post(url, {"item-number": "5(a)", "item-title": "Air pollution", "item-parent": five.pk})
    refused = client.post(url, {"item-number": "5", "item-title": "Again"})
    assert refused.status_code == 422
    assert "already has an item 5" in refused.content.decode()
    client.post(
        reverse("meetings:agenda_change", args=[som29.key]), {"action": "up", "item": five.pk}
    )
    numbers = list(som29.agenda_items.order_by("order").values_list("number", flat=True))
    assert numbers == ["5", "5(a)", "1"]  # the sub-item moves with its item


def test_a_focal_point_registers_its_own_delegation_only(
    som29: Meeting, client_for: Callable[[str], Client]
) -> None:
    url = reverse("meetings:registration", args=[som29.key])
    mongolia = client_for("focal_point_mn")
    form = mongolia.get(url).content.decode()
    assert '<option value="state:MN">Mongolia</option>' in form
    assert "state:JP" not in form
    response = mongolia.post(
        url,
        {
            "delegation": "state:MN",
            "name": "Batbayar Enkhtuya",
            "role": "head_of_delegation",
            "email": "enkhtuya@example.mn",
            "attendance": "online",
        },
    )
    assert response.status_code == 302
    japan = Client()
    japan.force_login(focal_point_user("JP"))
    forged = japan.post(
        url, {"delegation": "state:MN", "name": "X", "role": "delegate", "email": "x@example.jp"}
    )
    assert forged.status_code == 422  # Mongolia is not among Japan's choices
    assert "Batbayar" not in japan.get(url).content.decode()
    assert som29.registrations.count() == 1
    # The online link is for the registered and the organizers.
    detail = reverse("meetings:detail", args=[som29.key])
    assert "meet.example/som29" in mongolia.get(detail).content.decode()
    assert "meet.example/som29" not in japan.get(detail).content.decode()
    assert "meet.example/som29" not in client_for("public").get(detail).content.decode()


def test_meeting_documents_listed_by_agenda_item(
    som29: Meeting, client_for: Callable[[str], Client], django_capture_on_commit_callbacks: Any
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = client_for("secretariat")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("library:meeting_document_add", args=[som29.key]),
            {
                "document-symbol": "NEASPEC/SOM(29)/1",
                "document-title": "Provisional agenda",
                "document-kind": "working",
                "document-agenda_item": som29.agenda_items.get(number="1").pk,
                "document-language": "en",
                "document-visibility": "member_states",
                "document-file": SimpleUploadedFile("agenda.txt", b"Provisional agenda."),
            },
        )
    assert response.status_code == 302
    html = client_for("focal_point_cn").get(reverse("meetings:detail", args=[som29.key]))
    documents = html.content.decode().split('id="documents-heading"')[1].split("</section>")[0]
    assert "<h3>1. Opening</h3>" in documents
    assert "NEASPEC/SOM(29)/1" in documents
    assert "English" in documents
    public = client_for("public").get(reverse("meetings:detail", args=[som29.key]))
    assert "NEASPEC/SOM(29)/1" not in public.content.decode()


def test_all_states_invites_those_not_invited_yet(
    som29: Meeting, client_for: Callable[[str], Client], users: dict[str, Any]
) -> None:
    from neaspec.directory.models import Organization
    from neaspec.meetings import delegations

    actor = users["secretariat"]
    delegations.invitation_send(
        actor=actor, meeting=som29, state=MemberState.objects.get(code="MN")
    )
    # An organization invited first never keeps a State of the same id out.
    organization = Organization.objects.order_by("pk").first()
    delegations.invitation_send(actor=actor, meeting=som29, organization=organization)
    response = client_for("secretariat").post(
        reverse("meetings:invite", args=[som29.key]), {"invite-all_states": "on"}, follow=True
    )
    page = response.content.decode()
    assert "5 invitations recorded." in page
    # No focal point of the reference data has an address: each is named, nothing is sent.
    assert "Nothing was sent to China, " in page
    assert page.count('class="tag mail-no_address"') >= 5
    assert som29.invitations.filter(state__isnull=False).count() == 6
