import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from neaspec.decisions import selectors, services
from neaspec.decisions.models import Decision, FollowUp, Position
from neaspec.directory.models import MemberState
from neaspec.meetings.models import Meeting
from tests.factories import draft_decision

D = datetime.date
TODAY = D(2026, 11, 22)


@pytest.fixture
def draft(reference) -> Decision:
    """A draft decision of SOM-25, whose attending States were CN, JP, MN, KR and RU."""
    return draft_decision("Expand the network.")


def state(code: str) -> MemberState:
    return MemberState.objects.get(code=code)


def test_som_25_japan_suspended_then_supported_so_consensus_stands(reference):
    """Seed 004 para. 48: Japan asked to suspend the decision on expanding NEAMPAN sites,
    then confirmed its support."""
    decision = Decision.objects.get(meeting__key="som-25", paragraph="7", sentence=2)
    stances = [p.stance for p in decision.positions.filter(state__code="JP").order_by("id")]
    assert stances == ["suspension_requested", "support"]
    consensus = selectors.decision_consensus(decision=decision)
    assert consensus.stands
    assert consensus.latest["JP"].stance == "support"


def test_recording_a_position_changes_consensus(users, draft):
    assert selectors.decision_consensus(decision=draft).stands
    services.position_record(
        actor=users["focal_point_mn"],
        decision=draft,
        state=state("MN"),
        stance=Position.Stance.OBJECTION,
        date=D(2026, 11, 20),
        note="Needs consultation.",
    )
    blocked = selectors.decision_consensus(decision=draft)
    assert not blocked.stands
    assert [s.code for s in blocked.blocking] == ["MN"]
    services.position_record(
        actor=users["focal_point_mn"],
        decision=draft,
        state=state("MN"),
        stance=Position.Stance.RESERVATION,
        date=D(2026, 11, 21),
    )
    assert selectors.decision_consensus(decision=draft).stands  # a reservation lets it stand


def test_a_non_attending_state_does_not_block(users, draft):
    services.position_record(
        actor=users["secretariat"],
        decision=draft,
        state=state("KP"),
        stance=Position.Stance.OBJECTION,
        date=None,
    )
    assert selectors.decision_consensus(decision=draft).stands  # the DPRK did not attend SOM-25


def test_a_focal_point_speaks_only_for_their_state(users, draft):
    with pytest.raises(PermissionDenied):
        services.position_record(
            actor=users["focal_point_cn"],
            decision=draft,
            state=state("MN"),
            stance=Position.Stance.OBJECTION,
            date=None,
        )
    assert not draft.positions.exists()


def test_positions_are_taken_on_drafts(users, reference):
    adopted = Decision.objects.get(meeting__key="som-25", paragraph="3", sentence=4)
    with pytest.raises(ValidationError, match="adopted"):
        services.position_record(
            actor=users["focal_point_mn"],
            decision=adopted,
            state=state("MN"),
            stance=Position.Stance.OBJECTION,
            date=None,
        )


def test_closing_a_follow_up_sets_it_done_and_leaves_a_dated_note(users, reference):
    follow_up = _nomination("MN")
    assert follow_up.status == "open"
    note = services.follow_up_progress_record(
        actor=users["focal_point_mn"],
        follow_up=follow_up,
        date=D(2022, 10, 28),
        text="Experts nominated.",
        progress=40,
        status=FollowUp.Status.DONE,
    )
    follow_up.refresh_from_db()
    assert follow_up.status == "done"
    assert follow_up.progress == 100
    assert (follow_up.outcome, follow_up.closed_on) == ("Experts nominated.", D(2022, 10, 28))
    assert note.author == users["focal_point_mn"]
    assert not selectors.track([follow_up], today=TODAY)[0].overdue
    assert follow_up.history.first().history_user == users["focal_point_mn"]


def test_another_states_action_cannot_be_updated(users, reference):
    follow_up = _nomination("MN")
    with pytest.raises(PermissionDenied):
        services.follow_up_progress_record(
            actor=users["focal_point_cn"],
            follow_up=follow_up,
            date=TODAY,
            text="x",
            progress=100,
            status="done",
        )
    follow_up.refresh_from_db()
    assert follow_up.status == "open"
    assert not follow_up.notes.exists()


def test_replacing_a_decision_supersedes_it(users, reference):
    old = Decision.objects.get(meeting__key="som-22", paragraph="9", sentence=4)
    new = Decision.objects.get(meeting__key="som-25", paragraph="11", sentence=2)
    services.decision_link(actor=users["secretariat"], source=new, kind="replaces", target=old)
    old.refresh_from_db()
    assert old.status == Decision.Status.SUPERSEDED
    members, _ = selectors.decision_thread(decision=old, actor=users["secretariat"])
    assert new in members


def test_only_the_secretariat_links_decisions(users, reference):
    a = Decision.objects.get(meeting__key="som-22", paragraph="9", sentence=4)
    b = Decision.objects.get(meeting__key="som-25", paragraph="11", sentence=2)
    with pytest.raises(PermissionDenied):
        services.decision_link(actor=users["focal_point_mn"], source=b, kind="recalls", target=a)
    with pytest.raises(ValidationError):
        services.decision_link(actor=users["secretariat"], source=a, kind="recalls", target=a)


def _nomination(code: str) -> FollowUp:
    """SOM-25 para. 3.5 asked each member State to nominate national experts."""
    return FollowUp.objects.get(decision__meeting__key="som-25", decision__paragraph="3",
                                decision__sentence=5, state__code=code)  # fmt: skip


def test_a_focal_point_closes_its_own_states_action_on_evidence(users, reference):
    action = _nomination("MN")
    spc5 = Meeting.objects.get(key="spc-5")
    services.follow_up_close(
        actor=users["focal_point_mn"],
        follow_up=action,
        status="done",
        outcome="Mongolia nominated two national experts.",
        closed_on=D(2023, 9, 8),
        evidence_meeting=spc5,
    )
    action.refresh_from_db()
    assert (action.status, action.progress, action.evidence_meeting) == ("done", 100, spc5)
    assert action.notes.get().text == "Mongolia nominated two national experts."
    assert action.history.first().history_change_reason == "closed as done on evidence"
    assert action.history.first().history_user == users["focal_point_mn"]


def test_closing_another_states_action_is_refused(users, reference):
    action = _nomination("CN")
    with pytest.raises(PermissionDenied):
        services.follow_up_close(
            actor=users["focal_point_mn"],
            follow_up=action,
            status="done",
            outcome="Done.",
            closed_on=D(2023, 1, 1),
            evidence_source="https://example.org/report",
        )
    action.refresh_from_db()
    assert action.status == "open"
    assert not action.notes.exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"evidence_source": ""}, "evidence_decision"),  # nothing shows the work done
        ({"outcome": "  "}, "outcome"),
        ({"closed_on": D(2021, 1, 1)}, "closed_on"),  # before SOM-25 asked
        ({"status": "open"}, "status"),
    ],
)
def test_closing_without_evidence_or_outcome_changes_nothing(users, reference, changes, field):
    action = _nomination("JP")
    values = {
        "status": "done",
        "outcome": "Japan nominated its experts.",
        "closed_on": D(2023, 1, 1),
        "evidence_source": "https://example.org/report",
        **changes,
    }
    with pytest.raises(ValidationError) as refused:
        services.follow_up_close(actor=users["secretariat"], follow_up=action, **values)
    assert field in refused.value.message_dict
    action.refresh_from_db()
    assert action.status == "open"
    assert not action.outcome
    assert not action.notes.exists()


def test_the_asking_decision_cannot_be_its_own_evidence(users, reference):
    action = _nomination("RU")
    with pytest.raises(ValidationError):
        services.follow_up_close(
            actor=users["secretariat"],
            follow_up=action,
            status="done",
            outcome="Done.",
            closed_on=D(2023, 1, 1),
            evidence_decision=action.decision,
        )
