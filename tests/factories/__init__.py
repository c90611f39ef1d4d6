"""Factories for test data; reference rows (States, bodies) come from the real dataset."""

import datetime
from typing import Any

import factory
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django_otp import login as otp_login
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from neaspec.accounts.models import Role, RoleGrant, User
from neaspec.decisions.models import Decision
from neaspec.directory.models import Body, FocalPoint, Membership, MemberState, Organization, Person
from neaspec.meetings.models import Meeting

PASSWORD = "correct horse battery"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password(PASSWORD)


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    key = factory.Sequence(lambda n: f"org-{n}")
    name = factory.Sequence(lambda n: f"Institute {n}")
    kind = Organization.Kind.NATIONAL


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    key = factory.Sequence(lambda n: f"person-{n}")
    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    phone = "+976 11 000000"


class FocalPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FocalPoint

    person = factory.SubFactory(PersonFactory, state=factory.SelfAttribute("..state"))
    rank = FocalPoint.Rank.PRIMARY
    start = datetime.date(2024, 1, 1)


class BodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Body

    key = factory.Sequence(lambda n: f"body-{n}")
    name = factory.Sequence(lambda n: f"Working group {n}")
    kind = Body.Kind.WORKING_GROUP


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    person = factory.SubFactory(PersonFactory)
    body = factory.SubFactory(BodyFactory)
    role = Membership.Role.MEMBER
    start = datetime.date(2024, 1, 1)


def user_with_role(role: str, *, username: str | None = None, **scope: object) -> User:
    user = UserFactory(**({"username": username} if username else {}))
    RoleGrant.objects.create(user=user, role=role, **scope)
    return user


# The secret of every test account's authenticator app (hex, as django-otp keeps it).
APP_KEY = "3132333435363738393031323334353637383930"


def with_app(user: User) -> User:
    """`user` with a confirmed authenticator app (two-factor sign-in on), whose next
    force_login gives a session that has given its code."""
    TOTPDevice.objects.create(user=user, name="Test app", key=APP_KEY, confirmed=True)
    return two_factor_verified(user)


def two_factor_verified(user: User) -> User:
    """`user`, whose next `Client.force_login` marks the session as having given its
    two-factor code, through django-otp's own login() (see `_force_login_with_device`)."""
    user.otp_device = TOTPDevice.objects.filter(user=user, confirmed=True).first()  # type: ignore[attr-defined]
    return user


@receiver(user_logged_in, dispatch_uid="tests.factories.force_login_with_device")
def _force_login_with_device(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    """django-otp persists the device a user object carries as `otp_device` when it signs in,
    but looks for it on `request.user`, which the bare request of the test client's
    force_login lacks (a request through the middleware always has one): here it is given
    one. Real sign-ins are untouched, and a user without `otp_device` gets an unverified
    session, as from any password-only door."""
    device = getattr(user, "otp_device", None)
    if device is not None and not hasattr(request, "user"):
        request.user = user
        otp_login(request, device)


def app_code(at: float | None = None) -> str:
    """The code the test accounts' app shows now (or at the Unix time `at`)."""
    totp = TOTP(bytes.fromhex(APP_KEY))
    if at is not None:
        totp.time = at
    return f"{totp.token():06d}"


def secretariat(username: str = "secretariat-officer") -> User:
    """A Secretariat officer, with the two-factor sign-in the Secretariat must have."""
    return with_app(user_with_role(Role.SECRETARIAT, username=username))


def focal_point_user(code: str, username: str | None = None) -> User:
    state = MemberState.objects.get(code=code)
    return user_with_role(Role.FOCAL_POINT, username=username or f"fp-{code.lower()}", state=state)


def draft_decision(summary: str = "A draft under discussion.", paragraph: str = "99") -> Decision:
    """A draft decision of SOM-25, on which the attending States may take positions."""
    return Decision.objects.create(
        meeting=Meeting.objects.get(key="som-25"),
        paragraph=paragraph,
        summary=summary,
        kind=Decision.Kind.OPERATIVE,
        concern=Decision.Concern.GENERAL,
        adopted=False,
    )


def library_document(
    title: str,
    text: str,
    *,
    language: str = "en",
    visibility: str = "public",
    type: str = "study",
    **extra: object,
) -> Any:
    """A document whose text has been read, as the background worker leaves it."""
    from django.core.files.base import ContentFile

    from neaspec.library.models import Document

    document = Document(
        title=title,
        language=language,
        visibility=visibility,
        type=type,
        status=Document.Status.READY,
        file=ContentFile(text.encode(), name="document.txt"),
        file_type="txt",
        size=len(text.encode()),
        sha256="0" * 64,
        **extra,
    )
    document.set_text(text)
    document.save()
    return document


def future_site_meetings() -> tuple[Meeting, Decision]:
    """A Steering Committee meeting and a later SOM with a decision on marine protected areas,
    dated after today, for a nomination made today to pass through."""
    from django.utils import timezone

    from neaspec.meetings.models import MeetingSeries
    from neaspec.programme.models import ProgrammeArea

    today = timezone.localdate()
    committee = Meeting.objects.create(
        key="neampan-sc-9",
        series=MeetingSeries.objects.get(code="NEAMPAN-SC"),
        number=9,
        start=today + datetime.timedelta(days=30),
        end=today + datetime.timedelta(days=30),
        status="planned",
    )
    som = Meeting.objects.create(
        key="som-39",
        series=MeetingSeries.objects.get(code="SOM"),
        number=39,
        start=today + datetime.timedelta(days=90),
        end=today + datetime.timedelta(days=91),
        status="planned",
    )
    decision = Decision.objects.create(
        meeting=som,
        paragraph="7",
        summary="Included the endorsed sites among NEAMPAN's target sites.",
        kind=Decision.Kind.OPERATIVE,
        concern=Decision.Concern.PROGRAMME,
        area=ProgrammeArea.objects.get(code="mpa"),
        adopted=True,
    )
    return committee, decision


def run_import(actor: User, kind: str, file: Any) -> Any:
    """Send a file as the import page does and run its job to the end, as the worker would
    (the test's transaction never commits, so the queued task would not start)."""
    from neaspec.imports.services import import_job_run, import_start

    job = import_start(actor=actor, kind=kind, file=file)
    import_job_run(job_id=job.pk)
    job.refresh_from_db()
    return job


def import_problems(job: Any) -> dict[int, str]:
    return dict(job.errors)
