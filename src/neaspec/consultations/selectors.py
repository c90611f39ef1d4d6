"""Reads of consultations, filtered for the reader: which they may see, which comments, who
has answered, and how two versions differ."""

import datetime
import re
from dataclasses import dataclass
from typing import Literal

from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone

from neaspec.accounts.models import Actor, Role
from neaspec.accounts.rules import focal_point_state_ids, grants_of, is_secretariat
from neaspec.consultations.models import Audience, Comment, Consultation, Survey, Version
from neaspec.directory.models import MemberState
from neaspec.mail.models import Message, Purpose
from neaspec.mail.selectors import latest_by_recipient
from neaspec.meetings.mail import states_without_address


def own_state(actor: Actor) -> MemberState | None:
    """The State a focal point speaks for when none is named: theirs, if they have one only."""
    own = focal_point_state_ids(actor)
    return MemberState.objects.get(pk=next(iter(own))) if len(own) == 1 else None


def states_spoken_for(actor: Actor) -> QuerySet[MemberState]:
    """The States the reader may comment or answer for: every one for the Secretariat (what
    States sent by letter), their own for a focal point."""
    if actor.has_perm("consultations.manage"):
        return MemberState.objects.order_by("name")
    return MemberState.objects.filter(pk__in=focal_point_state_ids(actor)).order_by("name")


def consultations_visible(*, actor: Actor) -> QuerySet[Consultation]:
    """The consultations addressed to the reader (all of them for the Secretariat)."""
    found = Consultation.objects.select_related("meeting__series", "body", "request__meeting")
    if is_secretariat(actor):
        return found
    grants = grants_of(actor)
    seen = Q(audience=Audience.PUBLIC)
    if any(g.role == Role.FOCAL_POINT for g in grants):
        seen |= Q(audience=Audience.FOCAL_POINTS)
    if any(g.role == Role.PARTNER for g in grants):
        seen |= Q(audience=Audience.PARTNERS)
    bodies = {g.body_id for g in grants if g.role == Role.COMMITTEE_MEMBER}
    if bodies:
        seen |= Q(audience=Audience.BODY, body_id__in=bodies)
    return found.filter(seen)


def consultation_rows(*, actor: Actor) -> QuerySet[Consultation]:
    """The list: each consultation with its latest version and number of comments."""
    return consultations_visible(actor=actor).annotate(
        version_count=Max("versions__number"),
        comment_count=Count("comments", filter=Q(comments__no_comment=False), distinct=True),
    )


def comments_visible(*, actor: Actor, consultation: Consultation) -> QuerySet[Comment]:
    """All comments where the reader may read them; otherwise their own and their State's."""
    found = consultation.comments.select_related(
        "state", "organization", "author", "version", "responded_by"
    ).order_by("paragraph", "created_at", "pk")
    if actor.has_perm("consultations.read_comments", consultation):
        return found
    if not getattr(actor, "is_authenticated", False):
        return found.none()
    return found.filter(Q(author=actor) | Q(state_id__in=focal_point_state_ids(actor)))


def version_get(consultation: Consultation, number: int | None = None) -> Version | None:
    versions = consultation.versions.prefetch_related("paragraphs")
    if number is None:
        return versions.order_by("-number").first()
    return versions.filter(number=number).first()


@dataclass(frozen=True)
class StateAnswer:
    state: MemberState
    answer: Literal["commented", "no_comment", "waiting"]
    comments: int
    last_reminded: datetime.datetime | None
    # The latest reminder's e-mails, one per address, each with its status.
    messages: tuple[Message, ...] = ()
    # No focal point of the State has an address today: named before any reminder is sent.
    no_address: bool = False


def answers_by_state(consultation: Consultation) -> list[StateAnswer]:
    """Per member State: commented, answered "no comment", or not yet; its last reminder."""
    counts = dict(
        consultation.comments.filter(no_comment=False, state__isnull=False)
        .values_list("state")
        .annotate(n=Count("pk"))
    )
    declined = set(consultation.comments.filter(no_comment=True).values_list("state_id", flat=True))
    reminded = dict(consultation.reminders.values_list("state").annotate(last=Max("sent_at")))
    mail = latest_by_recipient(
        regarding=f"consultation:{consultation.key}", purpose=Purpose.CONSULTATION_REMINDER
    )
    unreachable = {s.pk for s in states_without_address()}
    rows = []
    for state in MemberState.objects.order_by("name"):
        answer: Literal["commented", "no_comment", "waiting"] = (
            "commented"
            if counts.get(state.pk)
            else "no_comment"
            if state.pk in declined
            else "waiting"
        )
        rows.append(
            StateAnswer(
                state,
                answer,
                counts.get(state.pk, 0),
                reminded.get(state.pk),
                tuple(mail.get(f"state:{state.code}", ())),
                state.pk in unreachable,
            )
        )
    return rows


def answers_shown(*, actor: Actor, consultation: Consultation) -> list[StateAnswer] | None:
    """Who has answered, for those who read all comments, where the States are consulted."""
    if not asks_states(consultation):
        return None
    if not actor.has_perm("consultations.read_comments", consultation):
        return None
    return answers_by_state(consultation)


def states_not_answered(consultation: Consultation) -> list[MemberState]:
    return [row.state for row in answers_by_state(consultation) if row.answer == "waiting"]


def asks_states(consultation: Consultation) -> bool:
    """Whether the member States are the ones answering (and so have a row each)."""
    return consultation.audience in (Audience.FOCAL_POINTS, Audience.PUBLIC)


def reminders_due(*, today: datetime.date | None = None, days: int = 3) -> QuerySet[Consultation]:
    """Consultations of the States closing within `days` that have sent no reminder yet."""
    today = today or timezone.localdate()
    return Consultation.objects.filter(
        audience=Audience.FOCAL_POINTS,
        reminded_at=None,
        opens__lte=today,
        closes__gte=today,
        closes__lte=today + datetime.timedelta(days=days),
    )


def surveys_visible(*, actor: Actor) -> QuerySet[Survey]:
    """Public surveys for everyone, the States' surveys for their focal points, all of them for
    the Secretariat (a stakeholder reaches theirs through their own link)."""
    found = Survey.objects.select_related("consultation")
    if is_secretariat(actor):
        return found
    seen = Q(audience=Survey.Audience.PUBLIC)
    if focal_point_state_ids(actor):
        seen |= Q(audience=Survey.Audience.MEMBER_STATES)
    return found.filter(seen)


# What a link's token is made of (secrets.token_urlsafe); anything else is no token at all, and
# never reaches a query (PostgreSQL refuses a NUL byte in one).
TOKEN = re.compile(r"[A-Za-z0-9_-]{1,40}")


def survey_link_holds(survey_id: str | int, token: str) -> bool:
    """Whether `token` is the public link of that survey, or the link of one of its invitees."""
    if not str(survey_id).isdigit() or len(str(survey_id)) > 10 or not TOKEN.fullmatch(token):
        return False
    public = Q(audience=Survey.Audience.PUBLIC, token=token)
    return Survey.objects.filter(public | Q(invitees__token=token), pk=int(survey_id)).exists()
