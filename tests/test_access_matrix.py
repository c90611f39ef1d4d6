"""Every URL and API operation of the app, for every role: allowed or denied as intended.

A URL pattern or API operation that is not described here fails `test_matrix_covers_every_url`,
so a new view cannot ship without deciding who may use it.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from neaspec.decisions.models import Decision, FollowUp
from neaspec.directory.models import FocalPoint, MemberState
from tests.factories import draft_decision, library_document

ROLES = (
    "public",
    "secretariat",
    "focal_point_mn",
    "focal_point_cn",
    "committee_member",
    "partner",
    "translator_ja",
)
SIGNED_IN = ROLES[1:]
LOGIN = "login"  # anonymous users are sent to the sign-in page


def everyone(status: int = 200) -> dict[str, Any]:
    return dict.fromkeys(ROLES, status)


def only(*roles: str) -> dict[str, Any]:
    """Allowed for `roles`; other signed-in users get 403; the public is asked to sign in."""
    return {role: 200 if role in roles else (LOGIN if role == "public" else 403) for role in ROLES}


@dataclass
class Probe:
    expect: dict[str, Any]
    kwargs: Callable[[], dict[str, Any]] = dict
    method: str = "get"
    label: str = ""
    data: dict[str, Any] | Callable[[], dict[str, Any]] = field(default_factory=dict)
    json: bool = True

    def payload(self) -> dict[str, Any]:
        return self.data() if callable(self.data) else self.data


def _translation_form() -> dict[str, Any]:
    from neaspec.programme.models import ProgrammeArea

    air = ProgrammeArea.objects.get(code="air")
    return {
        "t0-id": f"programme.programmearea:{air.pk}:name",
        "t0-text": "大気汚染",
        "t0-status": "working",
        "t0-seen": air.name_ja,
    }


def _draft() -> dict[str, Any]:
    return {"pk": Decision.objects.get(meeting__key="som-25", paragraph="99").pk}


def _mn_follow_up() -> dict[str, Any]:
    follow_up = FollowUp.objects.get(
        decision__meeting__key="som-25",
        state__code="MN",
        decision__paragraph="10",
        decision__sentence=4,
    )
    return {"pk": follow_up.pk}


def _mn_open_follow_up() -> dict[str, Any]:
    """SOM-25 para. 3.5 asked Mongolia to nominate experts; still open in the sources."""
    follow_up = FollowUp.objects.get(
        decision__meeting__key="som-25",
        state__code="MN",
        decision__paragraph="3",
        decision__sentence=5,
    )
    return {"pk": follow_up.pk}


CLOSE = {
    "status": "done",
    "outcome": "Experts nominated.",
    "closed_on": "2023-09-08",
    "evidence_meeting": "SPC-5",
}


UPLOAD = {
    "title": "A report",
    "type": "meeting_report",
    "language": "en",
    "visibility": "member_states",
}


def _report_file() -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("report.txt", b"The Meeting noted the Tumen River work.")


def _report() -> int:
    from neaspec.library.models import Document

    return Document.objects.get(type="meeting_report").pk


def _extraction() -> int:
    from neaspec.extraction.models import Extraction

    return Extraction.objects.get().pk


def _doc(visibility: str) -> int:
    from neaspec.library.models import Document

    return Document.objects.get(visibility=visibility).pk


def _mn_import() -> dict[str, Any]:
    """A file Mongolia's focal point sent: theirs and the Secretariat's to follow."""
    from neaspec.accounts.models import User
    from neaspec.imports.models import ImportJob

    job = ImportJob.objects.create(
        kind="values", actor=User.objects.get(username="fp-mn"), file_name="values.csv"
    )
    return {"pk": job.pk}


def _api(fn: Callable[[], dict[str, Any]], name: str) -> Callable[[], dict[str, Any]]:
    return lambda: {name: fn()["pk"]}


MN_POSITION = {"state": "MN", "stance": "support", "date": "2026-11-20", "note": ""}
PROGRESS = {"date": "2026-11-20", "text": "Comments sent.", "progress": 100, "status": "done"}
# Writes: allowed roles are redirected back (302) or get 201 from the API.
POSITION_PAGE = {
    "public": LOGIN,
    "secretariat": 302,
    "focal_point_mn": 302,
    "focal_point_cn": 403,
    "committee_member": 403,
    "partner": 404,
    "translator_ja": 404,
}
PROGRESS_PAGE = {
    "public": LOGIN,
    "secretariat": 302,
    "focal_point_mn": 302,
    "focal_point_cn": 403,
    "committee_member": 403,
    "partner": 403,
    "translator_ja": 403,
}


# A Mongolian in the reference data (SOM-22's rapporteur): one of Mongolia's contacts.
MN_PERSON = "altangerel-enkhbat"


def _fp(code: str) -> Callable[[], dict[str, Any]]:
    return lambda: {"pk": FocalPoint.objects.get(state__code=code).pk}


INSIDERS = ("secretariat", "focal_point_mn", "focal_point_cn", "committee_member")
SECRETARIAT_WRITES = {**only("secretariat"), "secretariat": 302}
MN_VALUE = {"state": "MN", "first_year": 2023, "value": "41", "source": "National report"}


def _workshop() -> dict[str, Any]:
    from neaspec.programme.models import PlannedActivity

    return {"pk": PlannedActivity.objects.get(code="B.2").pk}


def _contribution(state: str) -> dict[str, Any]:
    """China's published 2018 pledge, or an unpublished Mongolian row only insiders see."""
    from neaspec.finance.models import Contribution, Fund

    if state == "CN":
        return {"pk": Contribution.objects.get(state__code="CN", year=2018).pk}
    row, _ = Contribution.objects.get_or_create(
        state=MemberState.objects.get(code="MN"),
        fund=Fund.objects.get(key="core-fund"),
        year=2026,
        kind="cash",
        defaults={"amount": 1000, "source": "Letter of the Ministry", "published": False},
    )
    return {"pk": row.pk}


def _chinese_site() -> str:
    from neaspec.networks.models import Site

    site, _ = Site.objects.get_or_create(
        key="a-chinese-site",
        defaults={"name": "A Chinese site", "state": MemberState.objects.get(code="CN")},
    )
    return site.key


def _sheet() -> dict[str, Any]:
    """A sheet the Republic of Korea submitted for Gochang, waiting for validation."""
    from neaspec.networks.models import Site, SiteSheet

    sheet, _ = SiteSheet.objects.get_or_create(
        site=Site.objects.get(key="gochang-wetland"),
        version=1,
        defaults={"values": "Tidal flats", "submitted_on": "2026-11-01"},
    )
    return {"pk": sheet.pk}


def _submitted_mn_value() -> dict[str, Any]:
    """A value Mongolia's focal point submitted, waiting for the Secretariat."""
    from neaspec.programme.models import Indicator, IndicatorValue

    value, _ = IndicatorValue.objects.get_or_create(
        indicator=Indicator.objects.get(code="pm25-annual-mean"),
        state=MemberState.objects.get(code="MN"),
        first_year=2022,
        last_year=2022,
        defaults={"value": 60, "status": "submitted", "source": "National report"},
    )
    return {"pk": value.pk}


def _report_build(role: str) -> dict[str, Any]:
    """A finished build of the SOM-25 follow-up table: the public's, or the Secretariat's
    (which only its reader may have again)."""
    from django.contrib.auth.models import AnonymousUser

    from neaspec.accounts.models import User
    from neaspec.meetings.models import Meeting
    from neaspec.reports.services import report_request

    actor = (
        AnonymousUser() if role == "public" else User.objects.get(username="secretariat-officer")
    )
    params = {"meeting": Meeting.objects.get(key="som-25")}
    build = report_request(actor=actor, key="decision-follow-up", fmt="xlsx", params=params)
    return {"pk": build.pk}


def _som29() -> dict[str, Any]:
    """SOM-29 in preparation: registration open, an agenda item, a session, Mongolia invited
    and one Mongolian delegate registered."""
    import datetime

    from django.utils import timezone

    from neaspec.accounts.models import User
    from neaspec.meetings import delegations, services
    from neaspec.meetings.models import Meeting, MeetingSeries

    found = Meeting.objects.filter(key="som-29").first()
    if found is None:
        actor = User.objects.get(username="secretariat-officer")
        start = timezone.localdate() + datetime.timedelta(days=30)
        mongolia = MemberState.objects.get(code="MN")
        found = services.meeting_create(
            actor=actor,
            series=MeetingSeries.objects.get(code="SOM"),
            number=29,
            start=start,
            end=start,
            host=mongolia,
            city="Ulaanbaatar",
        )
        services.agenda_item_add(actor=actor, meeting=found, number="1", title="Opening")
        services.session_add(
            actor=actor,
            meeting=found,
            day=start,
            starts=datetime.time(9),
            ends=datetime.time(10),
            title="Opening session",
        )
        delegations.invitation_send(actor=actor, meeting=found, state=mongolia)
        services.meeting_status_set(actor=actor, meeting=found, status="registration_open")
        delegations.registration_submit(
            actor=actor,
            meeting=found,
            state=mongolia,
            name="Batbayar Enkhtuya",
            role="head_of_delegation",
            email="enkhtuya@example.mn",
        )
    return {"key": found.key}


def _som29_and(name: str, *, api: bool = False) -> Callable[[], dict[str, Any]]:
    """SOM-29 and one of its objects: its session, its invitation, its registration."""

    def kwargs() -> dict[str, Any]:
        from neaspec.meetings.models import Meeting

        key = _som29()["key"]
        meeting = Meeting.objects.get(key=key)
        related = {"session": meeting.sessions, "invitation": meeting.invitations}
        rows = related.get(name, meeting.registrations)
        pk = rows.order_by("pk").first().pk
        return {"key": key, "registration_id": pk} if api else {"key": key, "pk": pk}

    return kwargs


_registrant = iter(range(10_000))


def _delegate() -> dict[str, Any]:
    """A Mongolian delegate with an address nobody registered yet."""
    n = next(_registrant)
    return {"state": "MN", "name": f"Delegate {n}", "role": "delegate", "email": f"d{n}@example.mn"}


def _paper() -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    n = next(_registrant)
    return {
        "symbol": f"NEASPEC/SOM(29)/{n}",
        "title": "Working paper",
        "file": SimpleUploadedFile("paper.txt", b"A working paper."),
    }


def _matrix_consultation() -> Any:
    """A consultation of the focal points open today on a two-paragraph draft."""
    from django.utils import timezone

    from neaspec.accounts.models import User
    from neaspec.consultations import services as consultations
    from neaspec.consultations.models import Consultation

    found = Consultation.objects.filter(key="matrix-draft").first()
    if found is None:
        found = consultations.consultation_open(
            actor=User.objects.get(username="secretariat-officer"),
            title="Matrix draft",
            paragraphs=["First paragraph.", "Second paragraph."],
            opens=timezone.localdate(),
            closes=None,
            audience="focal_points",
        )
    return found


def _consultation(api: bool = False) -> dict[str, Any]:
    found = _matrix_consultation()
    return {"consultation_id": found.pk} if api else {"key": found.key}


def _comment() -> dict[str, Any]:
    """A Mongolian comment not yet answered."""
    from neaspec.accounts.models import User
    from neaspec.consultations import services as consultations

    comment = consultations.comment_add(
        actor=User.objects.get(username="fp-mn"),
        consultation=_matrix_consultation(),
        paragraph=1,
        text="A comment to answer.",
    )
    return {"pk": comment.pk}


def _public_survey() -> Any:
    from neaspec.accounts.models import User
    from neaspec.consultations.models import Survey
    from neaspec.consultations.surveys import survey_create

    found = Survey.objects.filter(key="matrix-survey").first()
    if found is None:
        found = survey_create(
            actor=User.objects.get(username="secretariat-officer"),
            title="Matrix survey",
            audience="public",
            questions=[{"text": "Useful?", "kind": "single", "choices": ["Yes", "No"]}],
        )
    return found


COMMENT_API = {
    "public": 401,
    "secretariat": 201,
    "focal_point_mn": 201,
    "focal_point_cn": 403,  # China's focal point cannot comment as Mongolia
    "committee_member": 404,  # not addressed to them
    "partner": 404,
    "translator_ja": 404,
}
ADDRESSED = {
    **dict.fromkeys(ROLES, 404),
    "secretariat": 200,
    "focal_point_mn": 200,
    "focal_point_cn": 200,
}


ORGANIZER_WRITES = {**only("secretariat"), "secretariat": 302}
ORGANIZER_API = {**only("secretariat"), "public": 401}
SIGNED_IN_API = {**everyone(), "public": 401}
# Those who register a delegation: the Secretariat, the focal points, the partners (for their
# organization's observers). A committee member registers nobody.
REGISTRANTS = {**everyone(), "public": LOGIN, "committee_member": 403, "translator_ja": 403}


# A build made for one signed-in reader is theirs alone; others are told it does not exist.
OWN_BUILD = dict.fromkeys(ROLES, 404) | {"secretariat": 200}


def _partner() -> dict[str, Any]:
    from neaspec.accounts.models import User

    return {"pk": User.objects.get(username="partner").pk}


def _partner_grant() -> dict[str, Any]:
    from neaspec.accounts.models import RoleGrant

    grant = RoleGrant.objects.get(user__username="partner")
    return {"pk": grant.user_id, "grant": grant.pk}


def _newcomer() -> dict[str, Any]:
    """An account made for the probe, so deactivating it leaves the roles' own accounts be."""
    from neaspec.accounts.models import User

    newcomer = User.objects.create_user("newcomer", "newcomer@example.org", "Newcomer 2027!")
    return {"pk": newcomer.pk}


def _failed_message() -> dict[str, Any]:
    from neaspec.mail.models import Message

    message = Message.objects.create(
        purpose="meeting_invitation",
        recipient="Mongolia",
        address="fp@example.mn",
        subject="Invitation",
        body="...",
        batch="probe",
        status="failed",
        reason="refused",
    )
    return {"pk": message.pk}


INVITATION = {"name": "Matrix Person", "email": "matrix@example.org", "role": "translator"}
SECRETARIAT_CREATES = {**only("secretariat"), "public": 401, "secretariat": 201}
SECRETARIAT_READS = {**only("secretariat"), "public": 401}


SIGNED_IN_PAGE = {**everyone(), "public": LOGIN}
SIGNED_IN_WRITE = {**everyone(302), "public": LOGIN}


def _mn_session() -> dict[str, Any]:
    """A session of Mongolia's focal point, signed in elsewhere."""
    from django.utils import timezone

    from neaspec.accounts.models import SignIn, User

    now = timezone.now()
    user = User.objects.get(username="fp-mn")
    sign_in = SignIn.objects.create(user=user, signed_in_at=now, last_seen=now)
    return {"pk": sign_in.pk}


PAGES: dict[str, list[Probe]] = {
    "home": [Probe(everyone())],
    "healthz": [Probe(everyone())],
    "readyz": [Probe(everyone())],
    "login": [Probe(everyone())],
    # Logging out and switching language are POST-only; GET must not change state.
    "logout": [Probe(everyone(405))],
    "set_language": [Probe(everyone(302), method="post")],
    "password_reset": [Probe(everyone())],
    "password_reset_done": [Probe(everyone())],
    # A made-up link: the page says it is used or out of date.
    "password_reset_confirm": [Probe(everyone(), lambda: {"uidb64": "MQ", "token": "x-y"})],
    "password_reset_complete": [Probe(everyone())],
    # The code step after the password: without a password just given, back to the password;
    # a session that needs no code goes on.
    "login_code": [Probe({**everyone(302), "public": LOGIN})],
    # A signed-in person's own account, two-factor sign-in and sessions.
    "account": [Probe(SIGNED_IN_PAGE)],
    "two_factor": [Probe(SIGNED_IN_PAGE)],
    # New recovery codes (the Secretariat has two-factor sign-in; the others are told to turn it
    # on first): the page again, either way.
    "two_factor_recovery_codes": [Probe(SIGNED_IN_WRITE, method="post")],
    # Without a code, the form comes back with its error (the Secretariat's: it must keep it).
    "two_factor_disable": [Probe(SIGNED_IN_PAGE, method="post")],
    "sessions": [Probe(SIGNED_IN_PAGE)],
    # Only its owner signs out a session; to anyone else it does not exist.
    "session_revoke": [
        Probe(
            {**dict.fromkeys(ROLES, 404), "public": LOGIN, "focal_point_mn": 302},
            _mn_session,
            method="post",
        )
    ],
    "sessions_revoke_others": [Probe(SIGNED_IN_WRITE, method="post")],
    # People and access: the Secretariat's; an invited person's link is anyone's to open.
    "people:list": [Probe(only("secretariat"))],
    "people:invite": [
        Probe(only("secretariat")),
        Probe(
            SECRETARIAT_WRITES,
            method="post",
            label="post",
            data={**INVITATION, "language": "mn"},
        ),
    ],
    "people:detail": [Probe(only("secretariat"), _partner)],
    "people:grant_add": [
        Probe(
            SECRETARIAT_WRITES,
            _partner,
            method="post",
            data={"grant-role": "translator", "grant-language": "ko"},
        )
    ],
    "people:grant_revoke": [
        Probe(SECRETARIAT_WRITES, _partner_grant, method="post", data={"reason": "Probe"})
    ],
    "people:active_set": [
        Probe(SECRETARIAT_WRITES, _newcomer, method="post", data={"active": "0", "reason": "x"})
    ],
    "people:invitation_resend": [Probe(SECRETARIAT_WRITES, _newcomer, method="post")],
    "people:join": [Probe(everyone(404), lambda: {"uidb64": "MQ", "token": "x-y"})],
    # The outbox names people and addresses: the Secretariat's. Each person chooses their digest.
    "mail:outbox": [Probe(only("secretariat"))],
    "mail:retry": [Probe(SECRETARIAT_WRITES, _failed_message, method="post")],
    "mail:preferences": [
        Probe(only(*SIGNED_IN)),
        Probe({**only(*SIGNED_IN), **dict.fromkeys(SIGNED_IN, 302)}, method="post", label="post"),
    ],
    "directory:states": [Probe(everyone())],
    "directory:state": [Probe(everyone(), lambda: {"code": "MN"})],
    "directory:focal_point_add": [
        Probe(only("secretariat", "focal_point_mn"), lambda: {"code": "MN"}, label="MN"),
        Probe(only("secretariat", "focal_point_cn"), lambda: {"code": "CN"}, label="CN"),
    ],
    "directory:focal_point_edit": [
        Probe(only("secretariat", "focal_point_mn"), _fp("MN"), label="MN"),
        Probe(only("secretariat", "focal_point_cn"), _fp("CN"), label="CN"),
    ],
    # A focal point keeps their own State's contacts; never another State's.
    "directory:contact_add": [
        Probe(only("secretariat", "focal_point_mn"), lambda: {"code": "MN"}, label="MN"),
        Probe(only("secretariat", "focal_point_cn"), lambda: {"code": "CN"}, label="CN"),
    ],
    "directory:contact_edit": [
        Probe(only("secretariat", "focal_point_mn"), lambda: {"key": MN_PERSON}, label="MN"),
        Probe(only("secretariat", "focal_point_cn"), lambda: {"key": "huang-yiyang"}, label="CN"),
    ],
    "directory:bodies": [Probe(everyone())],
    "directory:body": [Probe(everyone(), lambda: {"key": "neacap-spc"})],
    "directory:membership_add": [Probe(only("secretariat"), lambda: {"key": "neacap-spc"})],
    "directory:people": [Probe(everyone())],
    "directory:person": [Probe(everyone(), lambda: {"key": "huang-yiyang"})],
    "programme:areas": [Probe(everyone())],
    "programme:area": [Probe(everyone(), lambda: {"code": "air"})],
    "programme:plans": [Probe(everyone())],
    "programme:plan": [
        Probe(everyone(), lambda: {"code": "2021-2025"}, label="adopted"),
        Probe(
            {r: 200 if r in INSIDERS else 404 for r in ROLES},
            lambda: {"code": "2026-2030"},
            label="draft",
        ),
    ],
    "programme:indicators": [Probe(everyone())],
    "programme:indicator": [Probe(everyone(), lambda: {"code": "threatened-species"})],
    "programme:indicator_export": [
        Probe(everyone(), lambda: {"code": "threatened-species", "fmt": "csv"})
    ],
    "programme:activities_export": [Probe(everyone(), lambda: {"fmt": "json"})],
    "programme:review_queue": [Probe(only("secretariat"))],
    "programme:import": [Probe(only("secretariat", "focal_point_mn", "focal_point_cn"))],
    "programme:value_submit": [
        Probe(
            {**POSITION_PAGE, "partner": 403, "translator_ja": 403},
            lambda: {"code": "pm25-annual-mean"},
            method="post",
            data=MN_VALUE,
        )
    ],
    # Approved by the Secretariat first, the value is then public: others are refused, not 404.
    "programme:value_review": [
        Probe(SECRETARIAT_WRITES, _submitted_mn_value, method="post", data={"action": "approve"})
    ],
    "programme:activity_status": [
        Probe(
            SECRETARIAT_WRITES,
            _workshop,
            method="post",
            data={"status": "on_track", "progress": 10},
        )
    ],
    "meetings:create": [Probe(only("secretariat", "committee_member"))],
    "meetings:edit": [Probe(only("secretariat"), _som29)],
    "meetings:prepare": [Probe(only("secretariat"), _som29)],
    "meetings:status": [
        Probe(ORGANIZER_WRITES, _som29, method="post", data={"status": "announced"})
    ],
    "meetings:agenda_add": [
        Probe(
            ORGANIZER_WRITES,
            _som29,
            method="post",
            data={"item-number": "2", "item-title": "Agenda"},
        )
    ],
    "meetings:agenda_change": [
        Probe(ORGANIZER_WRITES, _som29, method="post", data={"action": "circulate"})
    ],
    "meetings:session_add": [
        Probe(
            {**ORGANIZER_WRITES, "secretariat": 422},
            _som29,
            method="post",
            data={"session-title": "No time given"},
        )
    ],
    "meetings:session_delete": [Probe(ORGANIZER_WRITES, _som29_and("session"), method="post")],
    "meetings:invite": [
        Probe(ORGANIZER_WRITES, _som29, method="post", data={"invite-all_states": "on"})
    ],
    "meetings:remind": [Probe(ORGANIZER_WRITES, _som29_and("invitation"), method="post")],
    "meetings:registration": [Probe(REGISTRANTS, _som29)],
    "meetings:registration_edit": [
        Probe(
            {**only("secretariat", "focal_point_mn")},
            lambda: {
                k: v for k, v in _som29_and("registration")().items() if k != "registration_id"
            },
        )
    ],
    "meetings:registration_review": [
        Probe(
            ORGANIZER_WRITES,
            lambda: {
                k: v for k, v in _som29_and("registration")().items() if k != "registration_id"
            },
            method="post",
            data={"action": "accept"},
        )
    ],
    # Only the States invited answer the draft report (SOM-29 invited Mongolia alone).
    "meetings:report": [Probe(only("secretariat", "focal_point_mn"), _som29)],
    "library:meeting_document_add": [
        Probe(
            {**ORGANIZER_WRITES, "secretariat": 422},
            _som29,
            method="post",
            data={"document-symbol": "X"},
        )
    ],
    "finance:funds": [Probe(everyone())],
    "finance:fund": [Probe(everyone(), lambda: {"key": "core-fund"})],
    "finance:contributions": [Probe(everyone())],
    "finance:export": [Probe(everyone(), lambda: {"fmt": "xlsx"})],
    "finance:contribution": [
        Probe(everyone(), lambda: _contribution("CN"), label="published"),
        Probe(
            {r: 200 if r in ("secretariat", "focal_point_mn") else 404 for r in ROLES},
            lambda: _contribution("MN"),
            label="unpublished",
        ),
    ],
    "finance:contribution_add": [Probe(only("secretariat"))],
    "finance:import": [Probe(only("secretariat"))],
    "imports:job": [Probe(only("secretariat", "focal_point_mn"), _mn_import)],
    # Reports are for everyone; each reader's file holds what that reader may see
    # (tests/reports/test_access.py tries every report in every format for every role).
    "reports:catalogue": [Probe(everyone())],
    "reports:form": [
        Probe(everyone(302), lambda: {"key": "status-of-contributions"}, data={"format": "pdf"})
    ],
    "reports:file": [
        Probe(
            everyone(),
            lambda: {"key": "decision-follow-up", "fmt": "pdf"},
            data={"meeting": "som-25"},
        )
    ],
    "reports:build": [
        Probe(everyone(), lambda: _report_build("public"), label="the public's"),
        Probe(OWN_BUILD, lambda: _report_build("secretariat"), label="the Secretariat's"),
    ],
    "reports:build_file": [
        Probe(everyone(), lambda: _report_build("public"), label="the public's"),
        Probe(OWN_BUILD, lambda: _report_build("secretariat"), label="the Secretariat's"),
    ],
    "finance:pledge": [
        Probe(
            SECRETARIAT_WRITES,
            lambda: _contribution("CN"),
            method="post",
            data={"pledged_on": "2018-10-25"},
        )
    ],
    "finance:receive": [
        Probe(
            SECRETARIAT_WRITES,
            lambda: _contribution("CN"),
            method="post",
            data={"received_on": "2018-12-01", "received_amount": "50000"},
        )
    ],
    # Only the State confirms its own row; the Secretariat records, it does not confirm.
    "finance:confirm": [
        Probe(
            {**only("focal_point_cn"), "focal_point_cn": 302},
            lambda: _contribution("CN"),
            method="post",
        )
    ],
    "projects:list": [Probe(everyone())],
    "projects:detail": [Probe(everyone(), lambda: {"key": "sti-low-carbon-cities"})],
    # No seeded project has the dates IATI requires: the export says what is missing.
    "projects:iati": [Probe(everyone(422), lambda: {"key": "sti-low-carbon-cities"})],
    "networks:neampan": [Probe(everyone())],
    "networks:neacap": [Probe(everyone())],
    "networks:lccp": [Probe(everyone())],
    "networks:species": [Probe(everyone())],
    "networks:site": [Probe(everyone(), lambda: {"key": "gochang-wetland"})],
    # Mongolia has no coast: its focal point may not nominate marine sites.
    "networks:nominate": [Probe(only("secretariat", "focal_point_cn"))],
    "networks:sheet_submit": [
        Probe(
            {**POSITION_PAGE, "focal_point_mn": 403, "partner": 403, "translator_ja": 403},
            lambda: {"key": "gochang-wetland"},
            method="post",
            data={"values": "Tidal flats"},
            label="Korean site",
        ),
        Probe(
            {
                **POSITION_PAGE,
                "focal_point_mn": 403,
                "focal_point_cn": 302,
                "partner": 403,
                "translator_ja": 403,
            },
            lambda: {"key": _chinese_site()},
            method="post",
            data={"values": "Mudflats"},
            label="Chinese site",
        ),
    ],
    "networks:sheet_review": [
        Probe(SECRETARIAT_WRITES, _sheet, method="post", data={"action": "validate"})
    ],
    "networks:site_review": [
        Probe(
            {**only("secretariat"), "secretariat": 302},
            lambda: {"key": "gochang-wetland"},
            method="post",
            data=lambda: {"meeting": "neampan-sc-4", "endorsed": "on", "outcome": "Endorsed"},
            # Gochang was nominated at SOM-22 (2018), so SC-4 (2022) may review it.
        )
    ],
    "networks:site_inclusion": [
        Probe(
            {**only("secretariat"), "secretariat": 422},
            lambda: {"key": "gochang-wetland"},
            method="post",
            data={"decision": "0"},
        )
    ],
    "consultations:list": [Probe(everyone())],
    "consultations:create": [Probe(only("secretariat"))],
    "consultations:detail": [
        Probe(ADDRESSED, lambda: {"key": "renewed-commitments-outline"}),
        Probe(ADDRESSED, _consultation, label="open"),
    ],
    "consultations:comment": [
        Probe(
            {
                **ADDRESSED,
                "public": LOGIN,
                "secretariat": 422,
                "focal_point_mn": 302,
                "focal_point_cn": 302,
            },
            _consultation,
            method="post",
            data={"paragraph": "1", "text": "A comment."},
        )
    ],
    "consultations:version_new": [Probe(only("secretariat"), _consultation)],
    "consultations:compare": [Probe(ADDRESSED, _consultation)],
    "consultations:remind": [Probe(SECRETARIAT_WRITES, _consultation, method="post")],
    "consultations:respond": [
        Probe(SECRETARIAT_WRITES, _comment, method="post", data={"outcome": "taken"})
    ],
    "consultations:survey_create": [Probe(only("secretariat"))],
    "consultations:survey": [
        Probe(everyone(), lambda: {"key": _public_survey().key}),
        Probe(
            {**dict.fromkeys(ROLES, 404), "secretariat": 200},
            lambda: {"key": "stakeholder-survey-2020"},
            label="stakeholders",
        ),
    ],
    "consultations:survey_results": [Probe(everyone(), lambda: {"key": _public_survey().key})],
    "consultations:survey_invite": [
        Probe(SECRETARIAT_WRITES, lambda: {"key": _public_survey().key}, method="post")
    ],
    "consultations:survey_export": [
        Probe(only("secretariat"), lambda: {"key": _public_survey().key})
    ],
    "translations:overview": [Probe(only("secretariat", "translator_ja"))],
    "translations:language": [
        Probe(only("secretariat", "translator_ja"), lambda: {"language": "ja"}),
        Probe(only("secretariat"), lambda: {"language": "ru"}, label="not the translator's"),
    ],
    "translations:save": [
        Probe(
            {**only("secretariat", "translator_ja"), "secretariat": 302, "translator_ja": 302},
            lambda: {"language": "ja"},
            method="post",
            data=_translation_form,
        ),
        Probe(
            {**only("secretariat"), "secretariat": 302},
            lambda: {"language": "ru"},
            method="post",
            data=_translation_form,
            label="not the translator's",
        ),
    ],
    "translations:import": [
        Probe(
            {**only("secretariat", "translator_ja"), "secretariat": 302, "translator_ja": 302},
            lambda: {"language": "ja"},
            method="post",
        )
    ],
    "translations:export": [
        Probe(
            only("secretariat", "translator_ja"),
            lambda: {"language": "ja", "file_format": "xlf"},
        )
    ],
    "meetings:list": [Probe(everyone())],
    "meetings:detail": [Probe(everyone(), lambda: {"key": "som-25"})],
    "meetings:calendar": [Probe(everyone())],
    "meetings:series_calendar": [Probe(everyone(), lambda: {"series": "SOM"})],
    "decisions:list": [Probe(everyone())],
    "decisions:detail": [
        Probe(
            everyone(),
            lambda: {
                "pk": Decision.objects.get(meeting__key="som-25", paragraph="7", sentence=2).pk
            },
            label="adopted",
        ),
        Probe({r: 200 if r in INSIDERS else 404 for r in ROLES}, _draft, label="draft"),
    ],
    "decisions:position_add": [Probe(POSITION_PAGE, _draft, method="post", data=MN_POSITION)],
    "decisions:tracker": [Probe(everyone())],
    "decisions:follow_up": [Probe(everyone(), _mn_follow_up)],
    "decisions:follow_up_progress": [
        Probe(PROGRESS_PAGE, _mn_follow_up, method="post", data=PROGRESS)
    ],
    "decisions:follow_up_close": [
        Probe(PROGRESS_PAGE, _mn_open_follow_up, method="post", data=CLOSE)
    ],
    "library:library": [Probe(everyone())],
    "library:upload": [Probe(only(*INSIDERS))],
    "library:delete": [
        Probe(SECRETARIAT_WRITES, lambda: {"pk": _doc("public")}, method="post"),
    ],
    "library:document": [
        Probe(everyone(), lambda: {"pk": _doc("public")}, label="public"),
        Probe(
            {r: 200 if r == "secretariat" else 404 for r in ROLES},
            lambda: {"pk": _doc("secretariat")},
            label="secretariat",
        ),
    ],
    "library:file": [
        Probe(everyone(), lambda: {"pk": _doc("public")}, label="public"),
        Probe(
            {r: 200 if r == "secretariat" else 404 for r in ROLES},
            lambda: {"pk": _doc("secretariat")},
            label="secretariat",
        ),
    ],
    "library:text": [
        Probe(everyone(), lambda: {"pk": _doc("public")}, label="public"),
        Probe(
            {r: 200 if r == "secretariat" else 404 for r in ROLES},
            lambda: {"pk": _doc("secretariat")},
            label="secretariat",
        ),
    ],
    "extraction:review": [Probe(only("secretariat") | {"partner": 403}, lambda: {"pk": _report()})],
    "api:openapi-json": [Probe(everyone())],
    "api:openapi-view": [Probe(everyone())],
    "api:api-root": [Probe(everyone(404))],
}

# API operations, by path and method as the OpenAPI schema names them.
API: dict[tuple[str, str], list[Probe]] = {
    ("/api/people/invitations", "post"): [
        Probe(
            SECRETARIAT_CREATES,
            method="post",
            data={**INVITATION, "role": "focal_point", "state": "MN"},
        )
    ],
    ("/api/accounts", "get"): [Probe(SECRETARIAT_READS)],
    ("/api/accounts/{pk}/grants", "post"): [
        Probe(
            SECRETARIAT_CREATES,
            _partner,
            method="post",
            data={"role": "translator", "language": "ru"},
        )
    ],
    ("/api/accounts/{pk}/grants/{grant}/revoke", "post"): [
        Probe(SECRETARIAT_READS, _partner_grant, method="post", data={"reason": "Probe"})
    ],
    ("/api/accounts/{pk}/deactivate", "post"): [
        Probe(SECRETARIAT_READS, _newcomer, method="post", data={"reason": "Left"})
    ],
    ("/api/outbox", "get"): [Probe(SECRETARIAT_READS)],
    ("/api/states", "get"): [Probe(everyone())],
    ("/api/states/{code}", "get"): [Probe(everyone(), lambda: {"code": "MN"})],
    ("/api/bodies", "get"): [Probe(everyone())],
    # Contact details within: tests/directory/test_contact_privacy.py.
    ("/api/people", "get"): [Probe(everyone())],
    ("/api/people/{key}", "get"): [Probe(everyone(), lambda: {"key": MN_PERSON})],
    ("/api/states/{code}/people", "post"): [
        Probe(
            {
                **only("secretariat", "focal_point_mn"),
                "public": 401,
                "secretariat": 201,
                "focal_point_mn": 201,
            },
            lambda: {"code": "MN"},
            method="post",
            data={"name": "A delegate of Mongolia", "email": "delegate@example.mn"},
        )
    ],
    ("/api/people/{key}", "patch"): [
        Probe(
            {**only("secretariat", "focal_point_mn"), "public": 401},
            lambda: {"key": MN_PERSON},
            method="patch",
            data={"position": "Rapporteur of SOM-22"},
        )
    ],
    ("/api/areas", "get"): [Probe(everyone())],
    ("/api/plans", "get"): [Probe(everyone())],
    ("/api/plans/{code}/framework", "get"): [
        Probe(everyone(), lambda: {"code": "2021-2025"}, label="adopted"),
        Probe(
            {r: 200 if r in INSIDERS else 404 for r in ROLES},
            lambda: {"code": "2026-2030"},
            label="draft",
        ),
    ],
    ("/api/activity-plans", "get"): [Probe(everyone())],
    ("/api/activities/{activity_id}/status", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            _api(_workshop, "activity_id"),
            method="post",
            data={"status": "on_track", "progress": 10},
        )
    ],
    ("/api/indicators", "get"): [Probe(everyone())],
    ("/api/indicators/{code}/values", "get"): [
        Probe(everyone(), lambda: {"code": "threatened-species"})
    ],
    ("/api/indicators/{code}/values", "post"): [
        Probe(
            {
                **POSITION_PAGE,
                "public": 401,
                "secretariat": 201,
                "focal_point_mn": 201,
                "partner": 403,
                "translator_ja": 403,
            },
            lambda: {"code": "pm25-annual-mean"},
            method="post",
            data=MN_VALUE,
        )
    ],
    ("/api/indicator-values/{value_id}/review", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            _api(_submitted_mn_value, "value_id"),
            method="post",
            data={"action": "approve"},
        )
    ],
    ("/api/funds", "get"): [Probe(everyone())],
    ("/api/funds/{key}/status", "get"): [
        Probe(everyone(), lambda: {"key": "core-fund"}, data={"date": "2022-12-31"})
    ],
    ("/api/contributions", "get"): [Probe(everyone(), data={"state": "KR"})],
    ("/api/contributions", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            method="post",
            data={
                "state": "JP",
                "year": 2026,
                "kind": "in_kind",
                "description": "Experts",
                "source": "Note verbale",
            },
        )
    ],
    ("/api/contributions/{contribution_id}/receipt", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            _api(lambda: _contribution("CN"), "contribution_id"),
            method="post",
            data={"received_on": "2018-12-01", "received_amount": "50000"},
        )
    ],
    ("/api/contributions/{contribution_id}/confirmation", "post"): [
        Probe(
            {**only("focal_point_cn"), "public": 401, "focal_point_cn": 201},
            _api(lambda: _contribution("CN"), "contribution_id"),
            method="post",
        )
    ],
    ("/api/projects", "get"): [Probe(everyone(), data={"area": "lcc"})],
    ("/api/projects/{key}", "get"): [Probe(everyone(), lambda: {"key": "big-cats"})],
    ("/api/projects/{key}/iati.xml", "get"): [Probe(everyone(422), lambda: {"key": "big-cats"})],
    ("/api/projects/{key}/delays", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            lambda: {"key": "big-cats"},
            method="post",
            data={"what": "Field survey", "reason": "Snow"},
        )
    ],
    ("/api/sites", "get"): [Probe(everyone(), data={"inscription": "world_heritage"})],
    ("/api/sites", "post"): [
        Probe(
            {
                **only("secretariat", "focal_point_cn"),
                "public": 401,
                "secretariat": 201,
                "focal_point_cn": 201,
            },
            method="post",
            data={"state": "CN", "name": "A new marine site", "date": "2026-11-01"},
        )
    ],
    ("/api/sites/{key}/sheets", "get"): [Probe(everyone(), lambda: {"key": "gochang-wetland"})],
    ("/api/sites/{key}/sheets", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            lambda: {"key": "gochang-wetland"},
            method="post",
            data={"values": "Tidal flats"},
        )
    ],
    ("/api/sheets/{sheet_id}/review", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            _api(_sheet, "sheet_id"),
            method="post",
            data={"action": "validate"},
        )
    ],
    ("/api/cities", "get"): [Probe(everyone())],
    ("/api/peer-reviews", "get"): [Probe(everyone())],
    ("/api/neacap/committee", "get"): [Probe(everyone())],
    ("/api/species", "get"): [Probe(everyone())],
    ("/api/consultations", "get"): [Probe(everyone())],
    ("/api/consultations", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 201},
            data={
                "title": "A draft",
                "paragraphs": ["One.", "Two."],
                "opens": "2026-12-01",
                "closes": "2026-12-31",
                "audience": "focal_points",
                "open": True,
            },
        )
    ],
    ("/api/consultations/{consultation_id}", "get"): [
        Probe(ADDRESSED, lambda: _consultation(api=True))
    ],
    ("/api/consultations/{consultation_id}/versions", "post"): [
        Probe(
            {
                **ADDRESSED,
                "public": 401,
                "secretariat": 201,
                "focal_point_mn": 403,
                "focal_point_cn": 403,
            },
            lambda: _consultation(api=True),
            method="post",
            data={"paragraphs": ["Revised."]},
        )
    ],
    ("/api/consultations/{consultation_id}/comments", "get"): [
        Probe(ADDRESSED, lambda: _consultation(api=True))
    ],
    ("/api/consultations/{consultation_id}/comments", "post"): [
        Probe(
            COMMENT_API,
            lambda: _consultation(api=True),
            method="post",
            data={"state": "MN", "paragraph": 1, "text": "A comment."},
        )
    ],
    ("/api/comments/{comment_id}/response", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 201},
            lambda: {"comment_id": _comment()["pk"]},
            method="post",
            data={"outcome": "taken"},
        )
    ],
    ("/api/surveys", "get"): [Probe(everyone())],
    ("/api/surveys", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 201},
            data={
                "title": "A survey",
                "audience": "public",
                "questions": [{"text": "Q?", "kind": "single", "choices": ["A", "B"]}],
            },
        )
    ],
    # A public survey is answered through its link (?token=, tests/consultations); without
    # it only the Secretariat records an answer.
    ("/api/surveys/{survey_id}/responses", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            lambda: {"survey_id": _public_survey().pk},
            method="post",
            data={"answers": [{"question": 1, "value": "Yes"}]},
        )
    ],
    ("/api/surveys/{survey_id}/results", "get"): [
        Probe(everyone(), lambda: {"survey_id": _public_survey().pk})
    ],
    ("/api/meetings", "get"): [Probe(everyone())],
    ("/api/meetings/{key}", "get"): [Probe(everyone(), lambda: {"key": "som-25"})],
    ("/api/meetings", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 201},
            data={"series": "SOM", "number": 30, "start": "2028-09-20", "city": "Seoul"},
        )
    ],
    ("/api/meetings/{key}", "patch"): [
        Probe(ORGANIZER_API, _som29, method="patch", data={"venue": "State Palace"})
    ],
    ("/api/meetings/{key}/agenda", "get"): [Probe(everyone(), _som29)],
    ("/api/meetings/{key}/agenda", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 201},
            _som29,
            method="post",
            data={"number": "2", "title": "Adoption of the agenda"},
        )
    ],
    ("/api/meetings/{key}/documents", "get"): [Probe(everyone(), _som29)],
    ("/api/meetings/{key}/documents", "post"): [
        Probe({**ORGANIZER_API, "secretariat": 201}, _som29, method="post", data=_paper, json=False)
    ],
    ("/api/meetings/{key}/invitations", "get"): [Probe(SIGNED_IN_API, _som29)],
    ("/api/meetings/{key}/invitations", "post"): [
        Probe({**ORGANIZER_API, "secretariat": 201}, _som29, method="post", data={"state": "JP"})
    ],
    ("/api/meetings/{key}/registrations", "get"): [Probe(SIGNED_IN_API, _som29)],
    ("/api/meetings/{key}/registrations", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 201, "focal_point_mn": 201},
            _som29,
            method="post",
            data=_delegate,
        )
    ],
    ("/api/meetings/{key}/registrations/{registration_id}", "patch"): [
        Probe(
            {**dict.fromkeys(ROLES, 404), "public": 401, "secretariat": 200, "focal_point_mn": 200},
            _som29_and("registration", api=True),
            method="patch",
            data={"title": "Director"},
        )
    ],
    # Permission first: a State's focal point (or the Secretariat) is then told the draft report
    # is not circulated yet; nobody else gets that far.
    ("/api/meetings/{key}/report-replies", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 422, "focal_point_mn": 422},
            _som29,
            method="post",
            data={"state": "MN", "answer": "no_objection"},
        )
    ],
    ("/api/decisions", "get"): [Probe(everyone())],
    ("/api/followups", "get"): [Probe(everyone())],
    ("/api/followups/{follow_up_id}/progress", "post"): [
        Probe(
            {**PROGRESS_PAGE, "public": 401, "secretariat": 201, "focal_point_mn": 201},
            _api(_mn_follow_up, "follow_up_id"),
            method="post",
            data=PROGRESS,
        )
    ],
    ("/api/followups/{follow_up_id}/close", "post"): [
        Probe(
            {**PROGRESS_PAGE, "public": 401, "secretariat": 200, "focal_point_mn": 200},
            _api(_mn_open_follow_up, "follow_up_id"),
            method="post",
            data=CLOSE,
        )
    ],
    ("/api/documents", "get"): [Probe(everyone())],
    ("/api/reports", "get"): [Probe(everyone())],
    ("/api/report-builds/{build_id}", "get"): [
        Probe(everyone(), _api(lambda: _report_build("public"), "build_id")),
        Probe(OWN_BUILD, _api(lambda: _report_build("secretariat"), "build_id")),
    ],
    ("/api/extractions/{extraction_id}", "get"): [
        Probe({**only("secretariat"), "public": 401}, lambda: {"extraction_id": _extraction()})
    ],
    ("/api/documents/search", "get"): [Probe(everyone(), data={"q": "tumen"})],
    ("/api/documents", "post"): [
        Probe(
            {
                "public": 401,
                "secretariat": 201,
                "focal_point_mn": 201,
                "focal_point_cn": 201,
                "committee_member": 201,
                "partner": 403,
                "translator_ja": 403,
            },
            method="post",
            data=lambda: {**UPLOAD, "file": _report_file()},
            json=False,
        )
    ],
    ("/api/decisions/{decision_id}/positions", "post"): [
        Probe(
            {**POSITION_PAGE, "public": 401, "secretariat": 201, "focal_point_mn": 201},
            _api(_draft, "decision_id"),
            method="post",
            data=MN_POSITION,
        )
    ],
}


def url_names(resolver: URLResolver | None = None, namespace: str = "") -> Iterator[str]:
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            inner = (
                f"{namespace}:{entry.namespace}"
                if namespace and entry.namespace
                else (entry.namespace or namespace)
            )
            yield from url_names(entry, inner)
        elif isinstance(entry, URLPattern):
            yield f"{namespace}:{entry.name}" if namespace else str(entry.name)


def api_operations() -> Iterator[tuple[str, str]]:
    from neaspec.api.root import api

    for path, methods in api.get_openapi_schema()["paths"].items():
        for method in methods:
            yield path, method


def _call(client: Client, method: str, url: str, probe: Probe) -> Any:
    if method == "get" or not probe.json:
        return getattr(client, method)(url, probe.payload())
    return getattr(client, method)(url, probe.payload(), content_type="application/json")


def _outcome(response: Any) -> Any:
    if response.status_code == 302 and "/accounts/login/" in response.get("Location", ""):
        return LOGIN
    return response.status_code


@pytest.fixture
def world(
    users: dict[str, Any], mongolia_focal_point: FocalPoint, china_focal_point: FocalPoint
) -> None:
    """Users of every role, a focal point in Mongolia and in China, a draft decision, a public
    and a Secretariat-only document."""
    draft_decision()
    library_document("Tumen River study", "Tumen River estuary wetlands.", visibility="public")
    library_document("Budget note", "Internal.", visibility="secretariat")
    report = library_document(
        "SPC-4 report",
        "1. The Committee noted the report.",
        visibility="member_states",
        type="meeting_report",
    )
    from neaspec.extraction.services import extraction_propose

    extraction_propose(document=report)


def api_operation_url_names() -> set[str]:
    """Django URL names of the API operations (ninja names them after their functions)."""
    from neaspec.api.root import api

    return {
        f"api:{operation.view_func.__name__}"
        for _, router in api._routers
        for path_view in router.path_operations.values()
        for operation in path_view.operations
    }


def test_matrix_covers_every_url() -> None:
    app_urls = {n for n in url_names() if not n.startswith("admin:")} - api_operation_url_names()
    assert app_urls - set(PAGES) == set(), "add these views to the access matrix"
    assert set(PAGES) - app_urls == set(), "the matrix names views that no longer exist"
    assert set(api_operations()) == set(API), "every API operation must be in the matrix"


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    for probe in PAGES[name]:
        url = reverse(name, kwargs=probe.kwargs())
        seen = {
            role: _outcome(getattr(client_for(role), probe.method)(url, probe.payload()))
            for role in ROLES
        }
        assert seen == probe.expect, f"{name} {probe.label} ({url})"


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    for probe in API[(path, method)]:
        url = path.format(**probe.kwargs())
        seen = {role: _call(client_for(role), method, url, probe).status_code for role in ROLES}
        assert seen == probe.expect, f"{method.upper()} {url}"


# --- the admin: the Secretariat's back office, closed to every other role -----------------


@dataclass
class AdminProbe:
    name: str
    kwargs: dict[str, Any] = field(default_factory=dict)


# Written on their own pages, read in the admin: a translation beside its record.
READ_ONLY_IN_ADMIN = {"translations.Translation", "mail.Message", "accounts.SignIn"}


def _admin_apps() -> list[str]:
    from django.contrib import admin

    return sorted({m._meta.app_label for m in admin.site._registry})


def admin_probes(app_label: str) -> list[AdminProbe]:
    """One probe per admin URL of every model an app registers, with a real object where
    needed; the site's own pages go with the accounts app."""
    from django.contrib import admin

    probes = [AdminProbe("admin:app_list", {"app_label": app_label})]
    if app_label == "accounts":
        probes += [AdminProbe("admin:index"), AdminProbe("admin:password_change")]
    for model in admin.site._registry:
        if model._meta.app_label != app_label:
            continue
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        probes.append(AdminProbe(f"{prefix}_changelist"))
        if model._meta.label not in READ_ONLY_IN_ADMIN:
            probes.append(AdminProbe(f"{prefix}_add"))
        obj = model._default_manager.first()
        if obj is not None:
            for action in ("change", "history", "delete"):
                probes.append(AdminProbe(f"{prefix}_{action}", {"object_id": obj.pk}))
    return probes


def test_every_domain_model_has_an_admin() -> None:
    from django.contrib import admin

    ours = [
        m
        for m in apps.get_models()
        if m._meta.app_label
        in {
            "accounts",
            "mail",
            "directory",
            "programme",
            "meetings",
            "decisions",
            "consultations",
            "finance",
            "projects",
            "networks",
        }
        and not m.__name__.startswith("Historical")
    ]
    assert ours
    assert [m.__name__ for m in ours if m not in admin.site._registry] == []


# An app at a time: every admin page of the whole site is over three hundred, too many for one
# test to render in good time.
@pytest.mark.parametrize("app_label", _admin_apps())
def test_admin_is_secretariat_only(
    world: None, client_for: Callable[[str], Client], app_label: str
) -> None:
    probes = admin_probes(app_label)
    clients = {role: client_for(role) for role in ROLES}
    for probe in probes:
        url = reverse(probe.name, kwargs=probe.kwargs)
        assert clients["secretariat"].get(url).status_code == 200, url
        for role in (*ROLES[2:], "public"):
            response = clients[role].get(url)
            assert response.status_code == 302, (role, url)
            assert "/admin/login/" in response["Location"], (role, url)


def test_read_only_admins_take_no_writes(world: None, client_for: Callable[[str], Client]) -> None:
    secretariat = client_for("secretariat")
    assert secretariat.get(reverse("admin:translations_translation_changelist")).status_code == 200
    assert secretariat.get(reverse("admin:translations_translation_add")).status_code == 403


def test_admin_open_doors_are_harmless(world: None, client_for: Callable[[str], Client]) -> None:
    """The only admin page a visitor reaches is the sign-in page; nothing else answers."""
    public = client_for("public")
    assert public.get(reverse("admin:login")).status_code == 200
    assert public.get(reverse("admin:jsi18n")).status_code == 302
    assert public.get(reverse("admin:logout")).status_code != 200
    ct = ContentType.objects.get_for_model(FocalPoint)
    fp = FocalPoint.objects.first()
    assert fp is not None
    response = public.get(reverse("admin:view_on_site", args=[ct.pk, fp.pk]))
    assert response.status_code in {302, 404}
    assert "/focal-points/" not in response.get("Location", "")
