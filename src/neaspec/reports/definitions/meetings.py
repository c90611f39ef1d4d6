"""The documents of a meeting's preparation: the list of participants, the provisional agenda
and the annotated agenda (each item with what it is about and the documents before it)."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from neaspec.accounts.models import Actor
from neaspec.directory.selectors import sees_delegation_contacts
from neaspec.library.meeting_documents import meeting_documents
from neaspec.library.models import MeetingDocument
from neaspec.meetings.models import AgendaItem, Meeting, Registration
from neaspec.meetings.preparation import registrations_visible
from neaspec.reports.catalogue import On, Progress, Report, Values, param_record, register
from neaspec.reports.definitions.follow_up import Params
from neaspec.reports.document import (
    Block,
    Cell,
    Column,
    Items,
    Paragraph,
    ReportDocument,
    Section,
    Table,
    date_span,
)


def _subtitle(meeting: Meeting) -> str:
    where = ", ".join(p for p in (meeting.venue, meeting.city, str(meeting.host or "")) if p)
    return " · ".join(
        p
        for p in (
            meeting.series.name,
            meeting.title,
            date_span(meeting.start, meeting.end),
            where,
        )
        if p
    )


def _registered(actor: Actor, meeting: Meeting) -> list[Registration]:
    found = registrations_visible(actor=actor, meeting=meeting).exclude(
        status=Registration.Status.WITHDRAWN
    )
    roles = list(Registration.Role.values)
    # Member States first in the order of their names, then organizations; heads first.
    return sorted(
        found,
        key=lambda r: (
            r.state is None,
            str(r.delegation),
            roles.index(r.role),
            r.name,
        ),
    )


def participants_size(*, actor: Actor, params: Values) -> int:
    meeting = param_record(params, "meeting", Meeting)
    return Registration.objects.filter(meeting=meeting).count()


def participants(*, actor: Actor, params: Values, progress: Progress) -> ReportDocument:
    meeting = param_record(params, "meeting", Meeting)
    organizer = actor.has_perm("meetings.organize", meeting)
    registered = _registered(actor, meeting)
    progress(1, 2)
    columns = [
        Column(_("Delegation")),
        Column(_("Name")),
        Column(_("Title")),
        Column(_("Organization")),
        Column(_("Role")),
        Column(_("Attends")),
    ]
    if organizer:
        columns += [Column(_("E-mail")), Column(_("Status"))]
    rows = []
    for r in registered:
        row: list[Cell] = [
            str(r.delegation),
            r.name,
            r.title or None,
            r.affiliation or None,
            r.get_role_display(),
            r.get_attendance_display(),
        ]
        if organizer:
            status = r.get_status_display()
            if r.attended is not None:
                status += " · " + (_("attended") if r.attended else _("absent"))
            # A delegate's e-mail follows the directory's rule for contacts, by the delegation.
            shown = sees_delegation_contacts(
                actor=actor, state_id=r.state_id, organization_id=r.organization_id
            )
            row += [r.email if shown else None, status]
        rows.append(row)
    table = Table(
        columns=columns,
        rows=rows,
        caption=_("Participants of %(meeting)s") % {"meeting": meeting},
        sheet=_("Participants"),
        empty=_("Nobody is registered yet."),
    )
    blocks: list[Block] = [table]
    if not organizer:
        blocks.append(
            Paragraph(
                _("Each delegation sees its own registrations; the organizers see all."),
                note=True,
            )
        )
    return ReportDocument(
        title=_("List of participants: %(meeting)s") % {"meeting": meeting},
        subtitle=_subtitle(meeting),
        as_of=timezone.localdate(),
        landscape=organizer,
        sections=[Section(_("Participants"), blocks)],
    )


def _items(meeting: Meeting) -> list[AgendaItem]:
    return list(meeting.agenda_items.order_by("order"))


def _numbered(item: AgendaItem) -> str:
    """ "5. Review of programme planning"; a sub-item as "5(a) Air pollution"."""
    return f"{item.number} {item.title}" if item.parent_id else f"{item.number}. {item.title}"


def agenda_size(*, actor: Actor, params: Values) -> int:
    meeting = param_record(params, "meeting", Meeting)
    return AgendaItem.objects.filter(meeting=meeting).count()


def _agenda_state(meeting: Meeting) -> str:
    if meeting.agenda_status == Meeting.AgendaStatus.ADOPTED:
        return _("As adopted.")
    if meeting.agenda_circulated_on:
        return _("Provisional, circulated on %(date)s.") % {
            "date": meeting.agenda_circulated_on.isoformat()
        }
    return _("Provisional, not yet circulated.")


def provisional_agenda(*, actor: Actor, params: Values, progress: Progress) -> ReportDocument:
    meeting = param_record(params, "meeting", Meeting)
    lines = [_numbered(item) for item in _items(meeting)]
    blocks: list[Block] = [Paragraph(_agenda_state(meeting), note=True)]
    blocks.append(Items(lines) if lines else Paragraph(_("The agenda has no items yet.")))
    return ReportDocument(
        title=_("Provisional agenda: %(meeting)s") % {"meeting": meeting},
        subtitle=_subtitle(meeting),
        as_of=timezone.localdate(),
        sections=[Section(_("Agenda"), blocks)],
    )


def annotated_agenda(*, actor: Actor, params: Values, progress: Progress) -> ReportDocument:
    meeting = param_record(params, "meeting", Meeting)
    papers: dict[int | None, list[MeetingDocument]] = {}
    for paper in meeting_documents(actor=actor, meeting=meeting):
        papers.setdefault(paper.agenda_item_id, []).append(paper)
    sections = [Section(_("Agenda"), [Paragraph(_agenda_state(meeting), note=True)])]
    for item in _items(meeting):
        blocks: list[Block] = []
        if item.annotation:
            blocks += [Paragraph(p) for p in item.annotation.split("\n\n") if p.strip()]
        listed = [f"{p.symbol} {p.title}" for p in papers.get(item.pk, [])]
        if listed:
            blocks += [Paragraph(_("Documents:")), Items(listed)]
        if not blocks:
            blocks.append(Paragraph(_("No annotation yet."), note=True))
        level = 3 if item.parent_id else 2
        sections.append(Section(_numbered(item), blocks, level=level))
    return ReportDocument(
        title=_("Annotated provisional agenda: %(meeting)s") % {"meeting": meeting},
        subtitle=_subtitle(meeting),
        as_of=timezone.localdate(),
        sections=sections,
    )


# The meeting's page links its documents.
ON_MEETING = On(Meeting, lambda meeting: {"meeting": meeting})


register(
    Report(
        key="participants",
        title=gettext_lazy("List of participants"),
        summary=gettext_lazy(
            "The delegations of a meeting and their delegates with title, organization and "
            "role, as registered; the organizers see every delegation, each focal point their "
            "own."
        ),
        params=Params,
        build=participants,
        reads=(Registration, Meeting),
        size=participants_size,
        formats=("pdf", "docx", "xlsx", "html"),
        concerns={"meeting": ON_MEETING},
    )
)
register(
    Report(
        key="provisional-agenda",
        title=gettext_lazy("Provisional agenda"),
        summary=gettext_lazy("A meeting's agenda items and sub-items, numbered."),
        params=Params,
        build=provisional_agenda,
        reads=(AgendaItem, Meeting),
        size=agenda_size,
        formats=("pdf", "docx", "html"),
        concerns={"meeting": ON_MEETING},
    )
)
register(
    Report(
        key="annotated-agenda",
        title=gettext_lazy("Annotated provisional agenda"),
        summary=gettext_lazy(
            "Each agenda item with what it is about and the documents before the meeting."
        ),
        params=Params,
        build=annotated_agenda,
        reads=(AgendaItem, MeetingDocument, Meeting),
        size=agenda_size,
        formats=("pdf", "docx", "html"),
        concerns={"meeting": ON_MEETING},
    )
)
