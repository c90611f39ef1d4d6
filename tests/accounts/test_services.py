import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command

from neaspec.accounts.models import Role, RoleGrant, User
from neaspec.accounts.services import role_grant_create, secretariat_account_ensure
from tests.factories import UserFactory


def test_secretariat_account_is_created_once(db):
    user, created = secretariat_account_ensure(username="officer", password="s3cret-pass-word")
    again, created_again = secretariat_account_ensure(username="officer", password="other")
    assert created
    assert not created_again
    assert again == user
    assert user.check_password("s3cret-pass-word")
    assert user.grants.get().role == Role.SECRETARIAT


def test_ensure_secretariat_prints_a_generated_password_once(db, capsys, monkeypatch):
    monkeypatch.delenv("NEASPEC_ADMIN_PASSWORD", raising=False)
    monkeypatch.setenv("NEASPEC_ADMIN_USER", "officer")
    call_command("ensure_secretariat")
    first = capsys.readouterr().out
    password = first.split("password '")[1].split("'")[0]
    assert User.objects.get(username="officer").check_password(password)
    call_command("ensure_secretariat")
    assert password not in capsys.readouterr().out


def test_grants_are_given_by_the_secretariat_only(users, mongolia):
    newcomer = UserFactory()
    with pytest.raises(PermissionDenied):
        role_grant_create(actor=users["focal_point_mn"], user=newcomer, role=Role.SECRETARIAT)
    grant = role_grant_create(
        actor=users["secretariat"], user=newcomer, role=Role.FOCAL_POINT, scope=mongolia
    )
    assert grant.state == mongolia
    assert grant.history.get().history_user == users["secretariat"]


def test_a_focal_point_grant_needs_a_state(users):
    with pytest.raises(ValidationError):
        role_grant_create(actor=users["secretariat"], user=UserFactory(), role=Role.FOCAL_POINT)
    assert not RoleGrant.objects.filter(role=Role.FOCAL_POINT, state=None).exists()
