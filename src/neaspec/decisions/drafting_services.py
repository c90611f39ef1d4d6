"""Writes of a decision drafted in the room: put on the screen as a draft, amended (each
version kept), adopted when no member State blocks it — then asking its addressees for the
follow-up it names, as a decision recorded from a report does.

The caller reads the text (`Reading`: its verbs, kind, area, deadline and addressees) — the
meeting's pages do it with the extraction's reading of a sentence — so that a draft is
classified exactly as the report's decisions are."""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor, account_of
from neaspec.accounts.rules import require
from neaspec.audit import delete_audited, save_audited
from neaspec.conflicts import ConflictError
from neaspec.decisions.addressees import AddresseeCode
from neaspec.decisions.models import Decision, DraftText
from neaspec.decisions.selectors import decision_consensus, draft_version
from neaspec.decisions.services import addressee_add, follow_up_ask
from neaspec.meetings.models import AgendaItem, Meeting
from neaspec.meetings.services import locked
from neaspec.programme.models import ProgrammeArea


@dataclass(frozen=True)
class Reading:
    """What a decision's text says: its operative verbs, kind and concern, the programme area,
    the date it sets and whom it asks."""

    verbs: Sequence[str] = ()
    kind: str = Decision.Kind.INFORMATIONAL
    concern: str = Decision.Concern.GENERAL
    area: ProgrammeArea | None = None
    due_date: datetime.date | None = None
    addressees: Sequence[AddresseeCode] = ()


def _text(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise ValidationError({"text": _("Write the decision's text.")})
    return text


def _next_paragraph(meeting: Meeting) -> str:
    numbers = [
        int(p)
        for p in Decision.objects.filter(meeting=meeting, sentence=None).values_list(
            "paragraph", flat=True
        )
        if p.isdigit()
    ]
    return str(max(numbers, default=0) + 1)


def _apply(decision: Decision, reading: Reading) -> None:
    decision.verbs = list(reading.verbs)
    decision.kind = reading.kind
    decision.concern = reading.concern
    decision.area = reading.area if reading.concern == Decision.Concern.PROGRAMME else None
    decision.due_date = reading.due_date


def _ask(actor: Actor, decision: Decision, codes: Sequence[AddresseeCode]) -> None:
    """The decision asks exactly `codes`: those no longer named are taken off."""
    wanted = set(codes)
    for addressee in decision.addressees.select_related("state", "body"):
        if AddresseeCode.of(addressee) not in wanted:
            delete_audited(addressee, actor=actor, reason="no longer named by the text")
    for code in codes:
        addressee_add(actor=actor, decision=decision, code=code)


@transaction.atomic
def decision_draft(
    *,
    actor: Actor,
    meeting: Meeting,
    text: str,
    reading: Reading,
    agenda_item: AgendaItem | None = None,
    paragraph: str = "",
) -> Decision:
    """Put a draft decision on the screen under an agenda item of `meeting`: version 1 of its
    text, numbered after the meeting's last paragraph unless `paragraph` is given. Member
    States see it and state positions; nothing follows from it until it is adopted."""
    require(actor, "decisions.record_decision")
    meeting = locked(meeting)  # one paragraph number per draft, whoever drafts at once
    if agenda_item is not None and agenda_item.meeting_id != meeting.pk:
        raise ValidationError({"agenda_item": _("Choose an item of this meeting's agenda.")})
    text = _text(text)
    paragraph = paragraph.strip() or _next_paragraph(meeting)
    if Decision.objects.filter(meeting=meeting, paragraph=paragraph, sentence=None).exists():
        raise ValidationError(
            {"paragraph": _("Paragraph %(paragraph)s is taken.") % {"paragraph": paragraph}}
        )
    decision = Decision(
        meeting=meeting, paragraph=paragraph, summary=text, agenda_item=agenda_item, adopted=False
    )
    _apply(decision, reading)
    save_audited(decision, actor=actor, reason="draft put on the screen")
    version = DraftText(decision=decision, number=1, text=text, written_by=account_of(actor))
    save_audited(version, actor=actor, reason="draft version 1")
    _ask(actor, decision, reading.addressees)
    return decision


def _locked_draft(decision: Decision, version: int | None) -> tuple[Decision, int]:
    """The draft, locked, and the number of its text now on the screen. Refused (409) once it
    is adopted, or when `version` — the text the caller read — was amended since."""
    decision = Decision.objects.select_for_update().select_related("meeting").get(pk=decision.pk)
    if decision.adopted:
        raise ConflictError(_("%(decision)s is adopted already.") % {"decision": decision})
    current = draft_version(decision)
    if current is None:
        raise ValidationError(_("This decision was recorded from a report; it has no draft."))
    if version is not None and version != current:
        raise ConflictError(
            _("The text was amended meanwhile (now version %(now)s); read it again.")
            % {"now": current}
        )
    return decision, current


@transaction.atomic
def decision_amend(
    *, actor: Actor, decision: Decision, text: str, reading: Reading, version: int | None = None
) -> DraftText:
    """Amend a draft: its next version becomes the text on the screen (the earlier ones are
    kept, to show what changed). Positions taken on an earlier version no longer count."""
    require(actor, "decisions.record_decision")
    decision, current = _locked_draft(decision, version)
    text = _text(text)
    if text == decision.summary:
        raise ValidationError({"text": _("The text is unchanged.")})
    amended = DraftText(
        decision=decision, number=current + 1, text=text, written_by=account_of(actor)
    )
    save_audited(amended, actor=actor, reason=f"draft version {amended.number}")
    decision.summary = text
    _apply(decision, reading)
    save_audited(decision, actor=actor, reason=f"amended to version {amended.number}")
    _ask(actor, decision, reading.addressees)
    return amended


@transaction.atomic
def decision_adopt(*, actor: Actor, decision: Decision, version: int | None = None) -> Decision:
    """The meeting adopts the draft as it stands on the screen — refused while a member State
    objects to it or asks to suspend it. Each addressee then owns its follow-up, due by the
    decision's date or else before the next session."""
    require(actor, "decisions.record_decision")
    decision, _current = _locked_draft(decision, version)
    consensus = decision_consensus(decision=decision)
    if not consensus.stands:
        raise ConflictError(
            _("No consensus: %(states)s object or ask to suspend it.")
            % {"states": ", ".join(str(s) for s in consensus.blocking)}
        )
    decision.adopted = True
    save_audited(decision, actor=actor, reason="adopted")
    for addressee in decision.addressees.select_related("state", "body"):
        follow_up_ask(actor=actor, decision=decision, code=AddresseeCode.of(addressee))
    return decision
