import datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from neaspec.decisions import selectors
from neaspec.decisions.addressees import AddresseeCode
from neaspec.decisions.models import Decision
from neaspec.directory.models import MemberState
from neaspec.meetings.selectors import meeting_find
from neaspec.programme.models import ProgrammeArea

TODAY = datetime.date(2026, 11, 22)
PUBLIC = AnonymousUser()


@pytest.fixture
def air(reference: None) -> ProgrammeArea:
    return ProgrammeArea.objects.get(code="air")


def test_open_requests_to_the_secretariat_are_ordered_and_marked_overdue(reference):
    tracked = selectors.follow_up_list(
        actor=PUBLIC, today=TODAY, owner=AddresseeCode.parse("secretariat")
    )
    citations = [t.follow_up.decision.citation for t in tracked]
    assert "SOM-22, para. 7.5" not in citations  # done: SOM-25 heard the re-oriented DLD work
    assert "SOM-25, para. 10.3" not in citations  # done: the 2023 Commemorative Statement
    assert all(t.overdue for t in tracked)
    assert [t.due for t in tracked] == sorted(t.due for t in tracked)
    tumen = next(t for t in tracked if t.follow_up.decision.citation == "SOM-25, para. 6.1")
    assert tumen.due_label == "before SOM-26"
    assert tumen.due == datetime.date(2023, 11, 23)  # SOM-26's own date, never SOM-27's


def test_closed_work_stays_visible_with_its_outcome_and_evidence(reference):
    done = selectors.follow_up_list(actor=PUBLIC, today=TODAY, status="done")
    by_citation = {t.follow_up.decision.citation: t.follow_up for t in done}
    commitments = by_citation["SOM-25, para. 10.3"]
    assert "Commemorative Statement" in commitments.outcome
    assert commitments.evidence_meeting.label == "SOM-26"
    assert commitments.closed_on == datetime.date(2023, 11, 23)
    refocus = by_citation["SOM-22, para. 7.5"]
    assert refocus.evidence_decision.citation == "SOM-25, para. 9.1"
    assert all(not t.overdue for t in done)  # closed work is never overdue
    everything = selectors.follow_up_list(actor=PUBLIC, today=TODAY, status="all")
    assert len(everything) == len(done) + len(selectors.follow_up_list(actor=PUBLIC, today=TODAY))


def test_follow_ups_filter_by_meeting_label_area_and_overdue(air):
    som25 = meeting_find("SOM-25")
    tracked = selectors.follow_up_list(actor=PUBLIC, today=TODAY, status="all", meeting=som25)
    assert tracked
    assert all(t.follow_up.decision.meeting == som25 for t in tracked)
    on_air = selectors.follow_up_list(actor=PUBLIC, today=TODAY, status="all", area=air)
    assert {t.follow_up.decision.citation for t in on_air} == {"SOM-25, para. 3.5"}
    late = selectors.follow_up_list(actor=PUBLIC, today=TODAY, overdue=True)
    assert late
    assert all(t.overdue for t in late)


def test_meetings_are_found_as_people_write_them(reference):
    assert meeting_find("SOM-25") == meeting_find("som-25") == meeting_find(" som 25 ")
    assert meeting_find("SOM25").key == "som-25"
    assert meeting_find("NEAMPAN-SC-3").key == "neampan-sc-3"
    assert meeting_find("SOM-99") is None
    assert selectors.decision_by_citation("SOM-25, para. 10.3").summary.startswith("Called for")
    assert selectors.decision_by_citation("som-22/7.5").citation == "SOM-22, para. 7.5"


def test_what_is_asked_of_mongolia(reference):
    mongolia = MemberState.objects.get(code="MN")
    tracked = selectors.asked_of_state(actor=PUBLIC, state=mongolia, today=TODAY, status="all")
    actions = {(t.follow_up.decision.citation, t.follow_up.status) for t in tracked}
    assert ("SOM-25, para. 10.4", "done") in actions  # overtaken by the 2023 statement
    assert ("SOM-25, para. 11.3", "open") in actions  # asked of all member States, no date
    assert not any(t.follow_up.state and t.follow_up.state.code != "MN" for t in tracked)


def test_the_refocused_desertification_work_is_one_thread(reference):
    """SOM-25 para. 57 recalls the SOM-22 request to refocus the DLD work."""
    request = Decision.objects.get(meeting__key="som-22", paragraph="7", sentence=5)
    members, links = selectors.decision_thread(decision=request, actor=PUBLIC)
    assert [d.citation for d in members] == [
        "SOM-22, para. 7.5",
        "SOM-25, para. 9.1",
        "SOM-25, para. 57.1",
    ]
    assert {link.kind for link in links} == {"recalls", "reports on"}
    assert {link.inverse for link in links} == {"recalled by", "reported on by"}


def test_drafts_are_hidden_from_the_public(users, reference):
    draft = Decision.objects.create(
        meeting_id=Decision.objects.first().meeting_id,
        paragraph="98",
        summary="Draft",
        kind="operative",
        concern="general",
        adopted=False,
    )
    assert draft not in selectors.decision_list(actor=PUBLIC, today=TODAY)
    assert draft in selectors.decision_list(actor=users["focal_point_mn"], today=TODAY)
    assert draft not in selectors.decision_list(actor=users["partner"], today=TODAY)


def test_decisions_filter_by_addressee_area_and_overdue(air):
    mongolia = AddresseeCode.parse("MN")
    to_mongolia = selectors.decision_list(
        actor=PUBLIC, today=TODAY, addressee=mongolia, overdue=True
    )
    assert [d.citation for d in to_mongolia] == ["SOM-25, para. 10.4"]
    som25 = meeting_find("som-25")
    on_air = selectors.decision_list(actor=PUBLIC, today=TODAY, meeting=som25, area=air)
    assert {d.paragraph for d in on_air} == {"3", "4"}
    due = selectors.decision_list(actor=PUBLIC, today=TODAY, due_before=datetime.date(2023, 1, 1))
    assert [d.citation for d in due] == ["SOM-25, para. 10.4"]
    dprk, som22 = AddresseeCode.parse("KP"), meeting_find("som-22")
    to_dprk = selectors.decision_list(actor=PUBLIC, today=TODAY, addressee=dprk, meeting=som22)
    assert {d.citation for d in to_dprk} >= {"SOM-22, para. 4.2", "SOM-22, para. 5.4"}
