"""SOM-29 recorded as it happens, on its pages: a chair elected from Mongolia's delegation,
Japan's statement under item 5(a), a draft decision on the screen on which Mongolia supports and
Japan enters a reservation, an amendment, both support, adoption, and its follow-up tracked."""

import re
from typing import Any

import pytest
from django.urls import reverse

from neaspec.decisions.models import Decision, FollowUp
from neaspec.meetings.models import Meeting, Officer, Statement

pytestmark = pytest.mark.django_db

DRAFT = (
    "The Meeting requested the Secretariat to circulate the revised terms of reference of "
    "NEACAP to member States by 31 March 2027."
)
AMENDED = (
    "The Meeting requested the Secretariat to circulate the revised terms of reference of "
    "NEACAP, with the comments of member States, by 30 April 2027."
)


def _url(name: str, meeting: Meeting, pk: int | None = None) -> str:
    args = [meeting.key] if pk is None else [meeting.key, pk]
    return reverse(f"proceedings:{name}", args=args)


def _text(response: Any) -> str:
    """The page's words, without its markup."""
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def test_the_meeting_recorded_from_officers_to_an_adopted_decision(
    som29: Meeting, as_role: Any
) -> None:
    secretariat, mongolia, japan = (
        as_role("secretariat"),
        as_role("focal_point_mn"),
        as_role("focal_point_jp"),
    )
    delegate = som29.registrations.get(state__code="MN")
    elected = secretariat.post(
        _url("officer_elect", som29), {"role": "chair", "delegate": delegate.pk}, follow=True
    )
    assert "Chair : Batbayar Enkhtuya (Mongolia)" in _text(elected)

    item = som29.agenda_items.get(number="5(a)")
    said = secretariat.post(
        _url("statement_add", som29),
        {
            "agenda_item": item.pk,
            "delegation": "state:JP",
            "spoken_by": "Sato Hanako",
            "summary": "Supported the revised terms of reference and offered to host a workshop.",
        },
        follow=True,
    )
    page = _text(said)
    assert "5(a) Transboundary air pollution" in page
    assert "Japan (Sato Hanako) : Supported the revised terms of reference" in page

    drafted = secretariat.post(_url("draft_add", som29), {"text": DRAFT}, follow=True)
    assert "Paragraph 1, version 1" in _text(drafted)
    draft = Decision.objects.get(meeting=som29, paragraph="1")
    assert not draft.adopted
    assert draft.due_date.isoformat() == "2027-03-31"

    mongolia.post(
        _url("position_add", som29, draft.pk), {"state": "MN", "stance": "support", "version": 1}
    )
    japan.post(
        _url("position_add", som29, draft.pk),
        {"state": "JP", "stance": "reservation", "note": "Needs more time.", "version": 1},
    )
    page = _text(secretariat.get(_url("session", som29)))
    assert "Mongolia Support" in page
    assert "Japan Reservation Needs more time." in page

    amended = secretariat.post(
        _url("amend", som29, draft.pk), {"text": AMENDED, "version": 1}, follow=True
    )
    page = _text(amended)
    assert "Paragraph 1, version 2" in page
    assert "Support on version 1; not yet on this text" in page
    html = amended.content.decode()
    assert "<del>31 March</del> <ins>30 April</ins>" in html
    assert "<ins>NEACAP, with the comments of</ins>" in html

    stale = japan.post(
        _url("position_add", som29, draft.pk), {"state": "JP", "stance": "support", "version": 1}
    )
    assert stale.status_code == 409
    assert "The text was amended (now version 2)" in _text(stale)

    for client, code in ((mongolia, "MN"), (japan, "JP")):
        client.post(
            _url("position_add", som29, draft.pk),
            {"state": code, "stance": "support", "version": 2},
        )
    adopted = secretariat.post(_url("adopt", som29, draft.pk), {"version": 2}, follow=True)
    assert "Paragraph 1 is adopted. What it asks is in the follow-up tracker." in _text(adopted)

    draft.refresh_from_db()
    assert draft.adopted
    assert draft.summary == AMENDED
    follow_up = FollowUp.objects.get(decision=draft)
    assert (follow_up.owner, follow_up.due_date.isoformat()) == ("secretariat", "2027-04-30")
    tracked = secretariat.get("/api/followups", {"meeting": "som-29"}).json()
    assert [row["action"] for row in tracked["items"]] == [AMENDED]


def test_an_objection_stops_the_adoption_and_says_who_objects(som29: Meeting, as_role: Any) -> None:
    secretariat = as_role("secretariat")
    secretariat.post(_url("draft_add", som29), {"text": DRAFT})
    draft = Decision.objects.get(meeting=som29, paragraph="1")
    as_role("focal_point_jp").post(
        _url("position_add", som29, draft.pk), {"state": "JP", "stance": "objection", "version": 1}
    )
    refused = secretariat.post(_url("adopt", som29, draft.pk), {"version": 1})
    assert refused.status_code == 409
    assert "No consensus: Japan object or ask to suspend it." in _text(refused)
    draft.refresh_from_db()
    assert not draft.adopted
    assert not draft.follow_ups.exists()


def test_a_focal_point_speaks_only_for_their_own_state(som29: Meeting, as_role: Any) -> None:
    as_role("secretariat").post(_url("draft_add", som29), {"text": DRAFT})
    draft = Decision.objects.get(meeting=som29, paragraph="1")
    page = as_role("focal_point_mn").get(_url("session", som29)).content.decode()
    form = page.split("Record the position")[0].split("<form")[-1]
    choice = re.search(r'<select name="state".*?</select>', form, re.S)
    assert choice is not None
    assert re.findall(r'<option value="(\w+)"', choice.group(0)) == ["MN"]
    refused = as_role("focal_point_mn").post(
        _url("position_add", som29, draft.pk), {"state": "JP", "stance": "objection", "version": 1}
    )
    assert refused.status_code == 422
    assert not draft.positions.exists()
    # Nor may a focal point amend or adopt.
    assert as_role("focal_point_mn").post(_url("adopt", som29, draft.pk)).status_code == 403


def test_an_officer_comes_from_the_registered_delegations(som29: Meeting, as_role: Any) -> None:
    api = as_role("secretariat")
    url = f"/api/meetings/{som29.key}/officers"
    unknown = api.post(
        url, {"role": "chair", "name": "Someone Else", "state": "MN"}, "application/json"
    )
    assert unknown.status_code == 422
    assert (
        "No one called Someone Else is registered in the delegation of Mongolia."
        in (unknown.json()["error"]["message"])
    )
    # The name in either order is the registered delegate.
    chair = api.post(
        url, {"role": "chair", "name": "Enkhtuya Batbayar", "state": "MN"}, "application/json"
    )
    assert chair.status_code == 201
    assert chair.json() == {
        "id": chair.json()["id"],
        "role": "chair",
        "person": "Batbayar Enkhtuya",
        "state": "MN",
    }
    for name, code in (("Batbayar Enkhtuya", "MN"), ("Sato Hanako", "JP")):
        made = api.post(
            url, {"role": "vice_chair", "name": name, "state": code}, "application/json"
        )
        assert made.status_code == 201
    again = api.post(
        url, {"role": "vice_chair", "name": "Sato Hanako", "state": "JP"}, "application/json"
    )
    assert again.status_code == 409
    roles = sorted(Officer.objects.filter(meeting=som29).values_list("role", "state__code"))
    assert roles == [("chair", "MN"), ("vice_chair", "JP"), ("vice_chair", "MN")]
    listed = api.get(url).json()
    assert {row["person"] for row in listed} == {"Batbayar Enkhtuya", "Sato Hanako"}


def test_the_api_records_the_meeting_as_it_happens(som29: Meeting, as_role: Any) -> None:
    api, japan = as_role("secretariat"), as_role("focal_point_jp")
    said = api.post(
        f"/api/meetings/{som29.key}/statements",
        {"state": "JP", "agenda_item": "5(a)", "summary": "Offered to host a workshop."},
        "application/json",
    )
    assert said.status_code == 201
    assert (said.json()["speaker"], said.json()["agenda_item"]) == ("JP", "5(a)")
    two = api.post(
        f"/api/meetings/{som29.key}/statements",
        {"speaker": "secretariat", "summary": "Presented the work plan.", "text": "Full text."},
        "application/json",
    )
    assert two.status_code == 201
    listed = api.get(f"/api/meetings/{som29.key}/statements").json()
    assert [(s["speaker"], s["text"]) for s in listed] == [
        ("JP", ""),
        ("secretariat", "Full text."),
    ]

    made = api.post(
        f"/api/meetings/{som29.key}/decisions",
        {"agenda_item": "5(a)", "text": DRAFT, "status": "draft"},
        "application/json",
    )
    assert made.status_code == 201
    draft = made.json()
    assert (draft["paragraph"], draft["version"], draft["adopted"]) == ("1", 1, False)
    assert (draft["kind"], draft["addressees"], draft["due_date"]) == (
        "operative",
        ["The Secretariat"],
        "2027-03-31",
    )
    decision = draft["id"]
    stated = japan.post(
        f"/api/decisions/{decision}/positions",
        {"state": "JP", "position": "reservation", "note": "Time."},
        "application/json",
    )
    assert stated.status_code == 201
    assert (stated.json()["position"], stated.json()["version"]) == ("reservation", 1)
    supported = api.post(
        f"/api/decisions/{decision}/positions",
        {"state": "MN", "position": "support", "note": "Agreed."},
        "application/json",
    )
    assert supported.status_code == 201
    standing = api.get(f"/api/decisions/{decision}/positions").json()
    assert (standing["version"], standing["consensus"], standing["blocking"]) == (1, True, [])
    assert {(r["state"], r["position"], r["current"]) for r in standing["states"]} == {
        ("JP", "reservation", True),
        ("MN", "support", True),
    }
    amended = api.post(
        f"/api/decisions/{decision}/amend", {"text": AMENDED, "version": 1}, "application/json"
    )
    assert amended.json()["version"] == 2
    stale = api.post(
        f"/api/decisions/{decision}/amend", {"text": DRAFT, "version": 1}, "application/json"
    )
    assert stale.status_code == 409
    standing = api.get(f"/api/decisions/{decision}/positions").json()
    assert (standing["version"], standing["consensus"]) == (2, True)
    assert standing["waiting"] == []
    assert {r["current"] for r in standing["states"]} == {False}
    objected = japan.post(
        f"/api/decisions/{decision}/positions",
        {"state": "JP", "position": "objection", "version": 2},
        "application/json",
    )
    assert objected.status_code == 201
    blocked = api.post(f"/api/decisions/{decision}/adopt", {"version": 2}, "application/json")
    assert blocked.status_code == 409
    assert api.get(f"/api/decisions/{decision}/positions").json()["blocking"] == ["JP"]
    japan.post(
        f"/api/decisions/{decision}/positions",
        {"state": "JP", "position": "support", "version": 2},
        "application/json",
    )
    adopted = api.post(f"/api/decisions/{decision}/adopt", {"version": 2}, "application/json")
    assert adopted.status_code == 200
    assert (adopted.json()["adopted"], adopted.json()["follow_ups"]) == (True, 1)
    again = api.post(f"/api/decisions/{decision}/adopt", {}, "application/json")
    assert again.status_code == 409
    # The thread across meetings: it continues SOM-25, para. 4.2, shown from both ends.
    linked = api.post(
        f"/api/decisions/{decision}/links",
        {"to": "SOM-25, para. 4.2", "kind": "continues"},
        "application/json",
    )
    assert linked.status_code == 201
    earlier = linked.json()["target"]["id"]
    out = api.get(f"/api/decisions/{decision}/links").json()["links_out"]
    back = api.get(f"/api/decisions/{earlier}/links").json()["links_in"]
    assert [(x["reads"], x["target"]["citation"]) for x in out] == [
        ("continues", "SOM-25, para. 4.2")
    ]
    assert [(x["reads"], x["source"]["citation"]) for x in back] == [
        ("continued by", "SOM-29, para. 1")
    ]
    assert Statement.objects.filter(meeting=som29).count() == 2


def test_an_htmx_form_answers_with_its_section(som29: Meeting, as_role: Any) -> None:
    secretariat = as_role("secretariat")
    part = secretariat.post(
        _url("statement_add", som29),
        {"delegation": "chair", "summary": "Opened the meeting."},
        HTTP_HX_REQUEST="true",
    )
    assert part.status_code == 200
    html = part.content.decode()
    assert html.lstrip().startswith('<section aria-labelledby="statements-heading"')
    assert "The statement of Chair is recorded." in _text(part)
    empty = secretariat.post(
        _url("statement_add", som29),
        {"delegation": "state:MN", "summary": " "},
        HTTP_HX_REQUEST="true",
    )
    assert empty.status_code == 422
    assert "This field is required." in _text(empty)
    assert Statement.objects.filter(meeting=som29).count() == 1


def test_paragraphs_are_numbered_after_the_last(som29: Meeting, as_role: Any) -> None:
    api = as_role("secretariat")
    url = f"/api/meetings/{som29.key}/decisions"
    first = api.post(url, {"text": DRAFT, "paragraph": "7"}, "application/json").json()
    second = api.post(url, {"text": AMENDED}, "application/json").json()
    taken = api.post(url, {"text": AMENDED, "paragraph": "7"}, "application/json")
    assert (first["paragraph"], second["paragraph"]) == ("7", "8")
    assert taken.status_code == 422
    assert "Paragraph 7 is taken." in taken.json()["error"]["message"]


@pytest.mark.parametrize("role", ["secretariat", "focal_point_mn"])
def test_the_session_page_reads_as_many_queries_with_more_drafts(
    som29: Meeting, as_role: Any, role: str
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    api, reader = as_role("secretariat"), as_role(role)

    def one_more_draft_with_positions(n: int) -> None:
        made = api.post(
            f"/api/meetings/{som29.key}/decisions", {"text": f"{DRAFT} ({n})"}, "application/json"
        ).json()
        api.post(
            f"/api/decisions/{made['id']}/amend", {"text": f"{AMENDED} ({n})"}, "application/json"
        )
        api.post(
            f"/api/meetings/{som29.key}/statements",
            {"speaker": "chair", "summary": "Spoke."},
            "application/json",
        )
        for code, stance in (("MN", "support"), ("JP", "reservation")):
            api.post(
                f"/api/decisions/{made['id']}/positions",
                {"state": code, "stance": stance},
                "application/json",
            )

    counts = []
    for size in (1, 4):
        while Decision.objects.filter(meeting=som29).count() < size:
            one_more_draft_with_positions(Decision.objects.filter(meeting=som29).count())
        with CaptureQueriesContext(connection) as queries:
            page = reader.get(_url("session", som29))
        assert page.status_code == 200
        assert _text(page).count("Japan Reservation") == size
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_the_rapporteur_records_statements_once_elected(
    som29: Meeting, as_role: Any, users: dict[str, Any]
) -> None:
    from neaspec.directory.models import MemberState
    from neaspec.meetings import services

    rapporteur = users["focal_point_mn"]
    said = {"delegation": "chair", "summary": "Summed up the discussion."}
    assert as_role("focal_point_mn").post(_url("statement_add", som29), said).status_code == 403
    officer = services.officer_elect(
        actor=users["secretariat"],
        meeting=som29,
        role="rapporteur",
        name="Batbayar Enkhtuya",
        state=MemberState.objects.get(code="MN"),
    )
    rapporteur.person = officer.person
    rapporteur.save()
    assert as_role("focal_point_mn").post(_url("statement_add", som29), said).status_code == 302
    assert som29.statements.get().summary == "Summed up the discussion."


def test_the_decision_page_keeps_every_version_of_the_text(som29: Meeting, as_role: Any) -> None:
    api = as_role("secretariat")
    made = api.post(f"/api/meetings/{som29.key}/decisions", {"text": DRAFT}, "application/json")
    decision = made.json()["id"]
    api.post(
        f"/api/decisions/{decision}/positions",
        {"state": "MN", "position": "support"},
        "application/json",
    )
    api.post(f"/api/decisions/{decision}/amend", {"text": AMENDED}, "application/json")
    page = as_role("focal_point_mn").get(reverse("decisions:detail", args=[decision]))
    html = page.content.decode()
    assert "Versions of the text" in _text(page)
    assert "<del>31 March</del> <ins>30 April</ins>" in html  # version 2, against version 1
    assert DRAFT in _text(page)  # version 1 as written
    assert _text(page).index("Version 2,") < _text(page).index("Version 1,")
    # Mongolia's support was on version 1: the table says so.
    assert re.search(r"<td>Mongolia</td><td>Support</td>.*?<td>1</td></tr>", html, re.S)
