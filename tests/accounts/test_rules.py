import pytest
from django.contrib.auth.models import AnonymousUser

from neaspec.accounts.rules import is_committee_member_of, is_focal_point_of, is_secretariat
from neaspec.directory.models import Body


def test_focal_point_scope_is_one_state(users, mongolia, china, mongolia_focal_point):
    mn = users["focal_point_mn"]
    assert is_focal_point_of(mn, mongolia)
    assert is_focal_point_of(mn, mongolia_focal_point)  # via the object's state
    assert not is_focal_point_of(mn, china)
    assert not is_focal_point_of(AnonymousUser(), mongolia)


def test_committee_member_scope_is_one_body(users):
    spc = Body.objects.get(key="neacap-spc")
    sc = Body.objects.get(key="neampan-sc")
    assert is_committee_member_of(users["committee_member"], spc)
    assert not is_committee_member_of(users["committee_member"], sc)


def test_an_inactive_account_holds_no_role(users):
    officer = users["secretariat"]
    assert is_secretariat(officer)
    officer.is_active = False
    officer.save()
    officer.refresh_from_db()
    assert not is_secretariat(officer)


@pytest.mark.parametrize("role", ["focal_point_mn", "committee_member", "partner"])
def test_only_secretariat_may_manage_grants_and_see_history(users, role):
    assert users["secretariat"].has_perm("accounts.manage_grants")
    assert not users[role].has_perm("accounts.manage_grants")
    assert not users[role].has_perm("accounts.view_history")


def test_grants_are_read_once_per_user_object(users, django_assert_num_queries, mongolia):
    user = users["focal_point_mn"]
    user.refresh_from_db()
    with django_assert_num_queries(1):
        for _ in range(5):
            user.has_perm("directory.add_focalpoint", mongolia)
