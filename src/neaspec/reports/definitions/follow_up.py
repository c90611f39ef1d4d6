"""What was done on each request of a meeting, paragraph by paragraph: whom it asked, by when,
where it stands, the latest progress note and what shows it was done. The Secretariat submits
this table to the next SOM."""

from django import forms
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from neaspec.accounts.models import Actor
from neaspec.decisions.models import Addressee, Decision, FollowUp, ProgressNote
from neaspec.decisions.selectors import Tracked, follow_ups_due, meeting_decisions, track
from neaspec.meetings.forms import MeetingField
from neaspec.meetings.models import Meeting
from neaspec.reports.catalogue import On, Progress, Report, Values, param_record, register
from neaspec.reports.document import (
    Cell,
    Column,
    Facts,
    Paragraph,
    Percent,
    ReportDocument,
    Section,
    Table,
    date_span,
)
from neaspec.sourcing import cite


class Params(forms.Form):
    meeting = MeetingField(
        required=True, help_text=gettext_lazy("As the programme cites it, for example SOM-25.")
    )


def _follow_ups(actor: Actor, meeting: Meeting) -> list[FollowUp]:
    notes = ProgressNote.objects.order_by("-date", "-pk")
    found = follow_ups_due(actor=actor, today=timezone.localdate(), status="all", meeting=meeting)
    return list(found.prefetch_related(Prefetch("notes", queryset=notes)))


def size(*, actor: Actor, params: Values) -> int:
    meeting = param_record(params, "meeting", Meeting)
    return FollowUp.objects.filter(decision__meeting=meeting).count()


def _evidence(follow_up: FollowUp) -> str:
    shown_by = [
        str(follow_up.evidence_decision or ""),
        str(follow_up.evidence_meeting or ""),
        follow_up.evidence_document.title if follow_up.evidence_document else "",
        *(str(c) for c in cite(follow_up.evidence_source or "")),
    ]
    shown = "; ".join(s for s in shown_by if s)
    if follow_up.outcome and shown:
        return f"{follow_up.outcome} ({shown})"
    return follow_up.outcome or shown


def _paragraph(decision: Decision) -> str:
    return (
        decision.paragraph
        if decision.sentence is None
        else f"{decision.paragraph}.{decision.sentence}"
    )


def build(*, actor: Actor, params: Values, progress: Progress) -> ReportDocument:
    meeting = param_record(params, "meeting", Meeting)
    today = timezone.localdate()
    progress(0, 2)
    decisions = meeting_decisions(actor=actor, meeting=meeting)
    tracked = track(_follow_ups(actor, meeting), today=today)
    by_decision: dict[int, list[Tracked]] = {}
    for t in tracked:
        by_decision.setdefault(t.follow_up.decision_id, []).append(t)
    progress(1, 2)
    rows: list[list[Cell]] = []
    for decision in decisions:
        for t in sorted(by_decision.get(decision.pk, []), key=lambda t: t.follow_up.pk):
            f = t.follow_up
            latest = next(iter(f.notes.all()), None)
            status = f.get_status_display()
            if t.overdue:
                status = _("%(status)s, overdue") % {"status": status}
            rows.append(
                [
                    _paragraph(decision),
                    f.action,
                    f.owner_name,
                    t.due or t.due_label or None,
                    status,
                    Percent(f.progress),
                    f"{date_format(latest.date, 'DATE_FORMAT')}: {latest.text}" if latest else None,
                    _evidence(f) or None,
                ]
            )
        if decision.pk not in by_decision and _directs(decision):
            rows.append(
                [
                    _paragraph(decision),
                    decision.summary,
                    ", ".join(str(a) for a in decision.addressees.all()),
                    decision.due_date,
                    _("No action recorded"),
                    None,
                    None,
                    None,
                ]
            )
    follow_ups = [t.follow_up for t in tracked]
    done = sum(f.status == FollowUp.Status.DONE for f in follow_ups)
    still_open = sum(not f.is_closed for f in follow_ups)
    counts = Facts(
        [
            (_("Actions requested"), str(len(follow_ups))),
            (_("Done"), str(done)),
            (_("Open or in progress"), str(still_open)),
            (_("Overdue"), str(sum(t.overdue for t in tracked))),
        ]
    )
    table = Table(
        columns=[
            Column(_("Para.")),
            Column(_("Request")),
            Column(_("Addressee")),
            Column(_("Due")),
            Column(_("Status")),
            Column(_("Progress"), numeric=True),
            Column(_("Latest progress note")),
            Column(_("Outcome and evidence")),
        ],
        rows=rows,
        caption=_("Requests of %(meeting)s by paragraph") % {"meeting": meeting},
        sheet=_("Follow-up"),
        empty=_("This meeting made no request on record."),
    )
    where = ", ".join(p for p in (meeting.city, str(meeting.host or "")) if p)
    subtitle = " · ".join(
        p for p in (meeting.title, date_span(meeting.start, meeting.end), where) if p
    )
    document = ReportDocument(
        title=_("Follow-up to the decisions of %(meeting)s") % {"meeting": meeting},
        subtitle=subtitle,
        as_of=today,
        landscape=True,
        sections=[
            Section(_("Summary"), [counts]),
            Section(_("Requests and what was done"), [table]),
        ],
    )
    if not actor.has_perm("decisions.view_draft"):
        note = _("Only adopted decisions are shown.")
        document.sections[1].blocks.append(Paragraph(note, note=True))
    return document


def _directs(decision: Decision) -> bool:
    """An operative decision that asks someone to act (it names an addressee)."""
    return decision.kind == Decision.Kind.OPERATIVE and bool(decision.addressees.all())


register(
    Report(
        key="decision-follow-up",
        title=gettext_lazy("Follow-up to the decisions of a meeting"),
        summary=gettext_lazy(
            "Every request of a meeting by paragraph: addressee, due date, status, progress, "
            "the latest progress note and the evidence that closed it — the table submitted "
            "to the next SOM."
        ),
        params=Params,
        build=build,
        reads=(Decision, Addressee, FollowUp, ProgressNote, Meeting),
        size=size,
        formats=("pdf", "docx", "xlsx", "html"),
        concerns={"meeting": On(Meeting, lambda meeting: {"meeting": meeting})},
    )
)
