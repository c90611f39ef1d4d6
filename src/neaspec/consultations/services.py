"""Writes to consultations: open one, comment, answer a comment, publish the next version,
remind the States that have not answered. Each checks permission, locks the consultation (so a
comment and a new version never cross), runs in one transaction and is audited."""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor, account_of
from neaspec.accounts.rules import require
from neaspec.audit import save_audited
from neaspec.conflicts import ConflictError
from neaspec.consultations.models import (
    Audience,
    Comment,
    Consultation,
    Paragraph,
    Reminder,
    Version,
)
from neaspec.consultations.selectors import own_state, states_not_answered, version_get
from neaspec.decisions.models import Decision, FollowUp
from neaspec.decisions.services import follow_up_close, position_record
from neaspec.directory.models import Body, MemberState, Organization
from neaspec.keys import claimed, free_key
from neaspec.meetings.mail import link
from neaspec.meetings.models import Meeting
from neaspec.meetings.rules import speaks_for


def _locked(consultation: Consultation) -> Consultation:
    return Consultation.objects.select_for_update().get(pk=consultation.pk)


def _texts(paragraphs: list[str]) -> list[str]:
    texts = [p.strip() for p in paragraphs]
    if not texts or any(not t for t in texts):
        raise ValidationError({"paragraphs": _("Give the text as paragraphs, none of them empty.")})
    return texts


def _paragraphs_add(
    version: Version, texts: list[str], drafts: dict[int, Decision], actor: Actor
) -> None:
    for number, text in enumerate(texts, start=1):
        paragraph = Paragraph(
            version=version, number=number, text=text, decision=drafts.get(number)
        )
        save_audited(paragraph, actor=actor, reason=f"{version} published")


@transaction.atomic
def consultation_open(
    *,
    actor: Actor,
    title: str,
    paragraphs: list[str],
    opens: datetime.date,
    closes: datetime.date | None,
    audience: str,
    open: bool = True,
    body: Body | None = None,
    subject: str = Consultation.Subject.OTHER,
    summary: str = "",
    meeting: Meeting | None = None,
    request: Decision | None = None,
    drafts: dict[int, Decision] | None = None,
) -> Consultation:
    """Open a consultation on a text given as paragraphs (version 1, published today). On
    draft decisions, `drafts` ties paragraph numbers to the draft each one is."""
    require(actor, "consultations.manage")
    texts = _texts(paragraphs)
    if closes is not None and closes < opens:
        raise ValidationError({"closes": _("A consultation cannot close before it opens.")})
    if audience == Audience.BODY and body is None:
        raise ValidationError({"body": _("Name the body whose members are consulted.")})
    for number, draft in (drafts or {}).items():
        if draft.adopted or not 1 <= number <= len(texts):
            raise ValidationError(
                _(
                    "Paragraph %(number)s cannot be tied to %(draft)s: only draft decisions, "
                    "one per paragraph."
                )
                % {"number": number, "draft": draft.citation}
            )
    consultation = Consultation(
        key=free_key(Consultation, title, fallback="consultation"),
        title=title.strip(),
        subject=subject,
        summary=summary,
        audience=audience,
        body=body if audience == Audience.BODY else None,
        opens=opens,
        closes=closes,
        open=open,
        meeting=meeting,
        request=request,
        created_by=account_of(actor),
    )
    with claimed(consultation.key):
        save_audited(consultation, actor=actor, reason="consultation opened")
    version = Version(
        consultation=consultation,
        number=1,
        published_on=timezone.localdate(),
        published_by=account_of(actor),
    )
    save_audited(version, actor=actor, reason="version 1 published")
    _paragraphs_add(version, texts, drafts or {}, actor)
    return consultation


@transaction.atomic
def version_publish(
    *,
    actor: Actor,
    consultation: Consultation,
    paragraphs: list[str],
    note: str = "",
    based_on: int | None = None,
) -> Version:
    """Publish the revised text as the next version. `based_on` is the version the editor
    revised: if another was published meanwhile, nothing is written (409)."""
    require(actor, "consultations.manage")
    consultation = _locked(consultation)
    texts = _texts(paragraphs)
    previous = version_get(consultation)
    if previous is None:  # recorded from the sources without its text
        raise ValidationError(_("The text of this consultation is not in the Hub."))
    if based_on is not None and based_on != previous.number:
        raise ConflictError(
            _("Version %(number)s was published meanwhile; revise that one.")
            % {"number": previous.number}
        )
    version = Version(
        consultation=consultation,
        number=previous.number + 1,
        published_on=timezone.localdate(),
        note=note.strip(),
        published_by=account_of(actor),
    )
    save_audited(version, actor=actor, reason=f"version {version.number} published")
    # A draft decision stays tied to its paragraph number through the versions.
    drafts = {p.number: p.decision for p in previous.paragraphs.exclude(decision=None)}
    _paragraphs_add(version, texts, drafts, actor)  # type: ignore[arg-type]
    return version


def _speaker(
    actor: Actor,
    consultation: Consultation,
    state: MemberState | None,
    organization: Organization | None,
) -> dict[str, Any]:
    """Whom the comment speaks for: a State, an organization, or the author in their name."""
    if state is None and organization is None and consultation.audience == Audience.FOCAL_POINTS:
        state = own_state(actor)  # a focal point speaks for their State
    if state is not None:
        require(actor, "consultations.comment_for_state", state)
        return {"state": state}
    if organization is not None:
        if not speaks_for(actor, organization) and not actor.has_perm("consultations.manage"):
            raise ValidationError(_("You do not speak for %s.") % organization)
        return {"organization": organization}
    if consultation.audience == Audience.FOCAL_POINTS:
        raise ValidationError({"state": _("Say which member State the comment is from.")})
    account = account_of(actor)
    return {"author_name": account.get_full_name() or account.get_username() if account else ""}


def _in_time(consultation: Consultation, today: datetime.date) -> None:
    if today < consultation.opens:
        raise ValidationError(
            _("The consultation opens on %(date)s.") % {"date": consultation.opens.isoformat()}
        )
    if consultation.closes is not None and today > consultation.closes:
        raise ValidationError(
            _("The consultation closed on %(date)s; comments are no longer accepted.")
            % {"date": consultation.closes.isoformat()}
        )


@transaction.atomic
def comment_add(
    *,
    actor: Actor,
    consultation: Consultation,
    state: MemberState | None = None,
    organization: Organization | None = None,
    paragraph: int | None = None,
    text: str = "",
    proposed_text: str = "",
    stance: str = "",
    no_comment: bool = False,
    today: datetime.date | None = None,
) -> Comment:
    """A participant's comment on a paragraph (or the whole text) of the latest version, with
    wording they propose. A State's stance on a draft decision is recorded as its position; a
    State's first answer closes its follow-up of the request that asked for comments."""
    require(actor, "consultations.take_part", consultation)
    consultation = _locked(consultation)
    _in_time(consultation, today or timezone.localdate())
    speaker = _speaker(actor, consultation, state, organization)
    version = version_get(consultation)
    if version is None:
        raise ValidationError(_("The text of this consultation is not in the Hub."))
    target = None
    if paragraph is not None:
        target = version.paragraphs.filter(number=paragraph).first()
        if target is None:
            raise ValidationError(
                {
                    "paragraph": _("Version %(version)s has no paragraph %(number)s.")
                    % {"version": version.number, "number": paragraph}
                }
            )
    if stance and (target is None or target.decision_id is None or "state" not in speaker):
        raise ValidationError(
            {"stance": _("A member State takes a stance on a paragraph that is a draft decision.")}
        )
    if (
        no_comment
        and "state" in speaker
        and consultation.comments.filter(state=speaker["state"]).exists()
    ):
        raise ValidationError(_("%s has already answered.") % speaker["state"])
    comment = Comment(
        consultation=consultation,
        version=version,
        paragraph=paragraph,
        author=account_of(actor),
        text=text.strip(),
        proposed_text=proposed_text.strip(),
        stance=stance,
        no_comment=no_comment,
        **speaker,
    )
    if not (comment.no_comment or comment.text or comment.proposed_text or comment.stance):
        raise ValidationError({"text": _("Write the comment, or answer “no comment”.")})
    save_audited(comment, actor=actor, reason="commented")
    if stance and target is not None and target.decision is not None:
        comment.position = position_record(
            actor=actor,
            decision=target.decision,
            state=speaker["state"],
            stance=Comment.POSITION[Comment.Stance(stance)],
            date=comment.created_at.date(),
            note=_("Stated in the consultation “%s”.") % consultation.title,
        )
    if "state" in speaker:
        comment.closed_follow_up = _answer_request(actor, consultation, comment)
    if comment.position_id or comment.closed_follow_up_id:
        save_audited(comment, actor=actor, reason="position and follow-up noted")
    return comment


def comment_link(comment: Comment) -> str:
    return f"{link('consultations:detail', comment.consultation)}#comment-{comment.pk}"


def _answer_request(actor: Actor, consultation: Consultation, comment: Comment) -> FollowUp | None:
    """Close the State's open follow-up of the request that asked for its comments, with the
    comment as evidence (a later answer leaves the closed one as it is)."""
    if consultation.request_id is None:
        return None
    follow_up = (
        FollowUp.objects.filter(
            decision_id=consultation.request_id,
            owner=FollowUp.Owner.STATE,
            state=comment.state,
        )
        .exclude(status__in=[FollowUp.Status.DONE, FollowUp.Status.DROPPED])
        .first()
    )
    if follow_up is None:
        return None
    answered = _("answered “no comment”") if comment.no_comment else _("sent its comments")
    follow_up_close(
        actor=actor,
        follow_up=follow_up,
        status=FollowUp.Status.DONE,
        outcome=_("%(state)s %(answered)s in the consultation “%(title)s”.")
        % {"state": comment.state, "answered": answered, "title": consultation.title},
        closed_on=comment.created_at.date(),
        evidence_source=comment_link(comment),
    )
    return follow_up


@transaction.atomic
def comment_respond(*, actor: Actor, comment: Comment, outcome: str, text: str) -> Comment:
    """The Secretariat's answer to a comment: taken, partly taken or not taken, and why. A
    comment is answered once; a second answer meanwhile is refused (409)."""
    require(actor, "consultations.manage")
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    if comment.no_comment:
        raise ValidationError(_("“No comment” needs no response."))
    if comment.outcome:
        raise ConflictError(
            _("This comment was answered (%(outcome)s) by %(who)s.")
            % {"outcome": comment.get_outcome_display(), "who": comment.responded_by or "—"}
        )
    if outcome != Comment.Outcome.TAKEN and not text.strip():
        raise ValidationError({"text": _("Say why the comment was not taken, or only in part.")})
    comment.outcome, comment.response = outcome, text.strip()
    comment.responded_by, comment.responded_at = account_of(actor), timezone.now()
    save_audited(comment, actor=actor, reason=f"answered: {outcome}")
    return comment


@transaction.atomic
def consultation_remind(*, actor: Actor, consultation: Consultation) -> list[MemberState]:
    """Remind by e-mail the States that have not answered; the e-mails go out from the worker.
    Returns the States reminded."""
    require(actor, "consultations.manage")
    return reminders_queue(consultation=_locked(consultation))


def reminders_queue(*, consultation: Consultation) -> list[MemberState]:
    """Queue a reminder to each State that has not answered a consultation still open."""
    from neaspec.consultations.mail import reminder_queue  # it imports this module

    today = timezone.localdate()
    if consultation.closes is not None and today > consultation.closes:
        raise ValidationError(_("The consultation has closed."))
    waiting = states_not_answered(consultation)
    consultation.reminded_at = timezone.now()
    save_audited(consultation, actor=None, reason=f"{len(waiting)} State(s) reminded")
    for state in waiting:
        reminder_queue(consultation=consultation, state=state)
    return waiting


@transaction.atomic
def reminder_sent(*, consultation: Consultation, state: MemberState, address: str) -> Reminder:
    """Note that the mail server accepted a reminder to one of the State's addresses."""
    reminder = Reminder(
        consultation=consultation, state=state, sent_at=timezone.now(), addresses=address
    )
    save_audited(reminder, actor=None, reason="reminder sent")
    return reminder
