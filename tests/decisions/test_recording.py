"""Decisions as a meeting's report records them (decisions.services): whom they ask and the
follow-up each addressee owes, recorded once whatever the number of readings."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from neaspec.decisions import services
from neaspec.decisions.addressees import AddresseeCode, from_extracted
from neaspec.decisions.models import Decision, FollowUp
from neaspec.meetings.models import Meeting


def _request(actor, **fields):
    return services.decision_create(
        actor=actor,
        meeting=Meeting.objects.get(key="som-25"),
        paragraph="99",
        sentence=1,
        summary="Requested the Secretariat to report on the new work.",
        verbs=["requested"],
        kind=Decision.Kind.OPERATIVE,
        concern=Decision.Concern.GENERAL,
        **fields,
    )


def test_only_the_secretariat_records_what_a_meeting_decided(users):
    with pytest.raises(PermissionDenied):
        _request(users["focal_point_mn"])
    assert not Decision.objects.filter(meeting__key="som-25", paragraph="99").exists()


def test_each_addressee_is_asked_once_and_owes_one_follow_up(users):
    actor = users["secretariat"]
    decision = _request(actor)
    secretariat = AddresseeCode.parse("secretariat")
    assert services.addressee_add(actor=actor, decision=decision, code=secretariat) is not None
    assert services.addressee_add(actor=actor, decision=decision, code=secretariat) is None
    asked = services.follow_up_ask(actor=actor, decision=decision, code=secretariat)
    assert asked is not None
    # No date in the decision: due before the next session of the series (SOM-26).
    assert (asked.owner, asked.due_by) == ("secretariat", datetime.date(2023, 11, 23))
    assert services.follow_up_ask(actor=actor, decision=decision, code=secretariat) is None
    partners = AddresseeCode.parse("partners")
    assert services.follow_up_ask(actor=actor, decision=decision, code=partners) is None
    committee = from_extracted("committee:NEAMPAN-SC")
    owed = services.follow_up_ask(actor=actor, decision=decision, code=committee)
    assert (owed.owner, owed.body.key) == ("body", "neampan-sc")
    assert decision.follow_ups.count() == 2


def test_a_request_to_the_member_states_followed_up_state_by_state_is_not_doubled(users):
    actor = users["secretariat"]
    decision = _request(actor, due_date=datetime.date(2030, 1, 31))
    mongolia = AddresseeCode.parse("MN")
    by_state = services.follow_up_ask(actor=actor, decision=decision, code=mongolia)
    assert (by_state.state.code, by_state.due_by) == ("MN", datetime.date(2030, 1, 31))
    together = AddresseeCode.parse("member_states")
    assert services.follow_up_ask(actor=actor, decision=decision, code=together) is None
    assert list(decision.follow_ups.values_list("owner", flat=True)) == ["state"]


def test_an_unknown_state_is_refused_and_nothing_is_written(users):
    actor = users["secretariat"]
    decision = _request(actor)
    with pytest.raises(ValidationError):
        services.addressee_add(actor=actor, decision=decision, code=AddresseeCode.parse("TH"))
    assert not decision.addressees.exists()
    assert not FollowUp.objects.filter(decision=decision).exists()


def test_informational_decisions_ask_for_no_follow_up(users):
    actor = users["secretariat"]
    decision = _request(actor)
    services.decision_classify(
        actor=actor,
        decision=decision,
        verbs=["noted"],
        kind=Decision.Kind.INFORMATIONAL,
        concern=Decision.Concern.GENERAL,
        area=None,
        due_date=None,
    )
    decision.refresh_from_db()
    assert decision.verbs == ["noted"]
    code = AddresseeCode.parse("secretariat")
    assert services.follow_up_ask(actor=actor, decision=decision, code=code) is None
