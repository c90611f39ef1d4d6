import datetime

from django.contrib.auth.models import AnonymousUser

from neaspec.decisions import selectors
from neaspec.decisions.models import Decision
from neaspec.directory.models import MemberState

TODAY = datetime.date(2026, 11, 22)
PUBLIC = AnonymousUser()


def test_open_requests_to_the_secretariat_are_ordered_and_marked_overdue(reference):
    tracked = selectors.open_requests_to_secretariat(actor=PUBLIC, today=TODAY)
    citations = [t.follow_up.decision.citation for t in tracked]
    assert citations[0] == "SOM-22, para. 8.2"  # due before SOM-23 (October 2019)
    assert "SOM-22, para. 7.5" not in citations  # done: the 2021-2025 plan refocused DLD
    assert all(t.overdue for t in tracked)
    assert [t.due for t in tracked] == sorted(t.due for t in tracked)
    som25 = next(t for t in tracked if t.follow_up.decision.citation == "SOM-25, para. 10.3")
    assert som25.due_label == "before SOM-26"
    assert som25.due == datetime.date(2024, 12, 12)  # SOM-26's date is unknown; SOM-27 bounds it


def test_what_is_asked_of_mongolia(reference):
    mongolia = MemberState.objects.get(code="MN")
    tracked = selectors.asked_of_state(actor=PUBLIC, state=mongolia, today=TODAY)
    actions = {(t.follow_up.decision.citation, t.overdue) for t in tracked}
    assert ("SOM-25, para. 10.4", True) in actions  # comments due 31 October 2022
    assert ("SOM-25, para. 11.3", False) in actions  # asked of all member States, no date
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
    assert {link.kind for link in links} == {"recalls", "follows up"}


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


def test_decisions_filter_by_addressee_area_and_overdue(reference):
    to_mongolia = selectors.decision_list(actor=PUBLIC, today=TODAY, addressee="MN", overdue=True)
    assert [d.citation for d in to_mongolia] == ["SOM-25, para. 10.4"]
    air = selectors.decision_list(actor=PUBLIC, today=TODAY, meeting="som-25", area="air")
    assert {d.paragraph for d in air} == {"3", "4"}
    to_dprk = selectors.decision_list(actor=PUBLIC, today=TODAY, addressee="KP", meeting="som-22")
    assert {d.citation for d in to_dprk} >= {"SOM-22, para. 4.2", "SOM-22, para. 5.4"}


def test_due_before_the_next_som_lists_all_open_actions_while_it_is_unscheduled(reference):
    next_som, tracked = selectors.due_before_next_som(actor=PUBLIC, today=TODAY)
    assert next_som is None  # SOM-29 is not in the reference data
    assert len(tracked) == len([t for t in tracked if not t.follow_up.is_closed])
    assert any(t.follow_up.decision.citation == "SOM-25, para. 10.3" for t in tracked)
