import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from neaspec.directory import services
from neaspec.directory.models import Body, FocalPoint, Membership, Person
from tests.factories import MembershipFactory, PersonFactory

D = datetime.date


def test_focal_point_updates_own_state_and_leaves_an_audit_record(users, mongolia_focal_point):
    actor = users["focal_point_mn"]
    services.focal_point_update(
        actor=actor,
        focal_point=mongolia_focal_point,
        position="Director",
        email="new@mn.example",
        phone="+976 1",
        institution=None,
        rank="primary",
        start=D(2024, 1, 1),
        end=None,
    )
    person = Person.objects.get(pk=mongolia_focal_point.person_id)
    assert person.email == "new@mn.example"
    last = person.history.latest("history_date")
    assert last.history_user == actor
    assert last.history_change_reason == "focal point details updated"


def test_focal_point_of_one_state_cannot_touch_another(users, china_focal_point):
    with pytest.raises(PermissionDenied):
        services.focal_point_update(
            actor=users["focal_point_mn"],
            focal_point=china_focal_point,
            position="x",
            email="hijack@example.org",
            phone="",
            institution=None,
            rank="primary",
            start=D(2024, 1, 1),
            end=None,
        )
    assert Person.objects.get(pk=china_focal_point.person_id).email != "hijack@example.org"
    assert FocalPoint.history.filter(id=china_focal_point.pk).count() == 1


@pytest.mark.parametrize("role", ["committee_member", "partner", "focal_point_cn"])
def test_only_secretariat_and_own_focal_point_nominate(users, mongolia, role):
    with pytest.raises(PermissionDenied):
        services.focal_point_create(
            actor=users[role], state=mongolia, name="Someone", start=D(2025, 1, 1)
        )
    assert not mongolia.focal_points.exists()


def test_nomination_creates_person_and_focal_point(users, mongolia):
    fp = services.focal_point_create(
        actor=users["secretariat"],
        state=mongolia,
        name="Oyun Bold",
        email="oyun@mn.example",
        rank="alternate",
        start=D(2025, 3, 1),
    )
    assert fp.person.state == mongolia
    assert fp.get_rank_display() == "Alternate"
    assert fp.history.get().history_user == users["secretariat"]


def test_bad_period_is_refused_and_nothing_is_written(users, mongolia):
    people_before = Person.objects.count()
    with pytest.raises(ValidationError):
        services.focal_point_create(
            actor=users["secretariat"],
            state=mongolia,
            name="Backwards",
            start=D(2025, 3, 1),
            end=D(2025, 1, 1),
        )
    assert Person.objects.count() == people_before  # the person row rolled back with it


def test_chair_terms_may_not_overlap(users, reference):
    spc = Body.objects.get(key="neacap-spc")
    MembershipFactory(body=spc, role="chair", start=D(2023, 1, 1), end=D(2024, 12, 31))
    with pytest.raises(ValidationError, match="already chairs"):
        services.membership_create(
            actor=users["secretariat"],
            body=spc,
            person=PersonFactory(),
            role="chair",
            state=None,
            start=D(2024, 6, 1),
        )
    nxt = services.membership_create(
        actor=users["secretariat"],
        body=spc,
        person=PersonFactory(),
        role="chair",
        state=None,
        start=D(2025, 1, 1),
    )
    assert nxt.pk


def test_committee_member_cannot_seat_people(users, reference):
    spc = Body.objects.get(key="neacap-spc")
    with pytest.raises(PermissionDenied):
        services.membership_create(
            actor=users["committee_member"],
            body=spc,
            person=PersonFactory(),
            role="member",
            state=None,
            start=D(2025, 1, 1),
        )
    assert not Membership.objects.filter(body=spc).exists()
