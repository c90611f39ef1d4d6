"""What a meeting said and where the member States stand, as the Secretariat prints them during
the session: the statements under each agenda item, and each draft decision's table of
positions on the text now on the screen, with whether consensus stands.

The words of the report are in the reader's language (the request's, or `?lang=`); what was
said is given as recorded, in its translation where one has been made."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext

from neaspec.accounts.models import Actor
from neaspec.decisions.models import Decision, DraftText, Position
from neaspec.decisions.selectors import Consensus, decision_consensus, decisions_visible
from neaspec.directory.models import MemberState
from neaspec.meetings.models import AgendaItem, Attendance, Meeting, Registration, Statement
from neaspec.meetings.selectors import states_present
from neaspec.reports.catalogue import On, Progress, Report, Values, param_record, register
from neaspec.reports.definitions.follow_up import Params
from neaspec.reports.definitions.meetings import _numbered, _subtitle
from neaspec.reports.document import (
    Block,
    Cell,
    Column,
    Facts,
    Paragraph,
    ReportDocument,
    Section,
    Table,
)

# --- statements by agenda item --------------------------------------------------------------


def sees_the_record(actor: Actor, meeting: Meeting) -> bool:
    """Who spoke for a delegation and the text it handed over are read where the meeting is
    recorded (the session's page: its recorders, and those who follow its drafts); the
    meeting's public page gives each statement's delegation and summary only."""
    return actor.has_perm("meetings.record_proceedings", meeting) or actor.has_perm(
        "decisions.view_draft"
    )


def _statement(statement: Statement, full: bool) -> list[Block]:
    """ "Mongolia (Batbayar Enkhtuya) (¶12): summary", then the text as delivered."""
    who = statement.speaker_name
    if full and statement.spoken_by:
        who += f" ({statement.spoken_by})"
    if statement.paragraph:
        who += f" (¶{statement.paragraph})"
    blocks: list[Block] = [Paragraph(f"{who}: {statement.summary}")]
    if full and statement.text:
        blocks.append(Paragraph(_("Text as delivered:"), note=True))
        blocks += [Paragraph(p.strip()) for p in statement.text.split("\n\n") if p.strip()]
    return blocks


def statements_size(*, actor: Actor, params: Values) -> int:
    meeting = param_record(params, "meeting", Meeting)
    return Statement.objects.filter(meeting=meeting).count()


def statements(*, actor: Actor, params: Values, progress: Progress) -> ReportDocument:
    meeting = param_record(params, "meeting", Meeting)
    full = sees_the_record(actor, meeting)
    said: dict[int | None, list[Statement]] = {}
    recorded = meeting.statements.select_related("state", "organization").order_by("id")
    for statement in recorded:
        said.setdefault(statement.agenda_item_id, []).append(statement)
    progress(1, 2)
    sections = []
    for item in meeting.agenda_items.select_related("parent").order_by("order"):
        blocks: list[Block] = []
        for statement in said.get(item.pk, []):
            blocks += _statement(statement, full)
        if not blocks:
            blocks.append(Paragraph(_("No statement recorded."), note=True))
        sections.append(Section(_numbered(item), blocks, level=3 if item.parent_id else 2))
    if said.get(None):
        blocks = []
        for statement in said[None]:
            blocks += _statement(statement, full)
        sections.append(Section(_("Statements under no agenda item"), blocks))
    if not sections:
        sections.append(
            Section(_("Statements"), [Paragraph(_("No statement is recorded for this meeting."))])
        )
    return ReportDocument(
        title=_("Statements by agenda item: %(meeting)s") % {"meeting": meeting},
        subtitle=_subtitle(meeting),
        as_of=timezone.localdate(),
        sections=sections,
    )


# --- positions on the draft decisions -------------------------------------------------------


def _drafts(actor: Actor, meeting: Meeting) -> list[Decision]:
    """The meeting's decisions not adopted yet, in paragraph order (10 after 9)."""
    found = (
        decisions_visible(actor=actor)
        .filter(meeting=meeting, adopted=False)
        .select_related("agenda_item", "agenda_item__parent", "meeting")
    )
    return sorted(found, key=lambda d: (len(d.paragraph), d.paragraph, d.sentence or 0))


def _date(position: Position) -> datetime.date | None:
    return position.date


def _stance(consensus: Consensus, state: MemberState) -> list[Cell]:
    """Position, note and date of one State: on the text on the screen, or the one it took on
    an earlier version (which no longer counts), or none."""
    latest = consensus.latest.get(state.code)
    if latest is not None:
        return [latest.get_stance_display(), latest.note or None, _date(latest)]
    earlier = consensus.earlier.get(state.code)
    if earlier is not None:
        marked = _("%(stance)s, on version %(version)s (no longer counts)") % {
            "stance": earlier.get_stance_display(),
            "version": earlier.version,
        }
        return [marked, earlier.note or None, _date(earlier)]
    return [_("Not stated"), None, None]


def _consensus(consensus: Consensus) -> str:
    if consensus.stands:
        return _("Stands: no member State objects or asks to suspend.")
    return _("Does not stand: blocked by %(states)s.") % {
        "states": ", ".join(str(s) for s in consensus.blocking)
    }


def _draft(decision: Decision, states: list[MemberState]) -> Section:
    consensus = decision_consensus(decision=decision)
    named = {s.code for s in states}
    # A State that spoke though not recorded present keeps its line (it counts for nothing).
    spoke = [p.state for p in [*consensus.latest.values(), *consensus.earlier.values()]]
    listed = states + sorted({s for s in spoke if s.code not in named}, key=str)
    facts = []
    if decision.agenda_item is not None:
        facts.append((_("Agenda item"), _numbered(decision.agenda_item)))
    if consensus.version is not None:
        facts.append((_("Version on the screen"), str(consensus.version)))
    facts.append((_("Consensus"), _consensus(consensus)))
    waiting = [s for s in listed if s.code not in consensus.latest]
    if waiting:
        label = _("No position yet")
        if consensus.version is not None:
            label = _("No position on this version yet")
        facts.append((label, ", ".join(str(s) for s in waiting)))
    table = Table(
        columns=[
            Column(_("Member State")),
            Column(pgettext("stance", "Position")),
            Column(_("Note")),
            Column(_("Date")),
        ],
        rows=[[str(state), *_stance(consensus, state)] for state in listed],
        caption=_("Positions on %(draft)s") % {"draft": decision.citation},
    )
    blocks: list[Block] = [Paragraph(decision.summary), Facts(facts), table]
    return Section(_("Draft paragraph %(paragraph)s") % {"paragraph": _paragraph(decision)}, blocks)


def _paragraph(decision: Decision) -> str:
    if decision.sentence is None:
        return decision.paragraph
    return f"{decision.paragraph}.{decision.sentence}"


def positions_size(*, actor: Actor, params: Values) -> int:
    meeting = param_record(params, "meeting", Meeting)
    return Position.objects.filter(decision__meeting=meeting, decision__adopted=False).count()


def positions(*, actor: Actor, params: Values, progress: Progress) -> ReportDocument:
    meeting = param_record(params, "meeting", Meeting)
    drafts = _drafts(actor, meeting)
    states = states_present(meeting)
    sections = []
    for done, decision in enumerate(drafts, start=1):
        sections.append(_draft(decision, states))
        progress(done, len(drafts))
    if not sections:
        sections.append(
            Section(
                _("Draft decisions"),
                [Paragraph(_("The meeting has no draft decision before it."))],
            )
        )
    else:
        sections[-1].blocks.append(
            Paragraph(
                _(
                    "A position taken on an earlier version of a text no longer counts: the "
                    "State has yet to state its position on the text on the screen. A "
                    "reservation is recorded and lets consensus stand."
                ),
                note=True,
            )
        )
    return ReportDocument(
        title=_("Positions on draft decisions: %(meeting)s") % {"meeting": meeting},
        subtitle=_subtitle(meeting),
        as_of=timezone.localdate(),
        sections=sections,
    )


ON_MEETING = On(Meeting, lambda meeting: {"meeting": meeting})

register(
    Report(
        key="statements",
        title=gettext_lazy("Statements by agenda item"),
        summary=gettext_lazy(
            "What each delegation said under each agenda item of a meeting, as summarised; to "
            "those who follow the meeting's record, also who spoke and the text as delivered."
        ),
        params=Params,
        build=statements,
        reads=(Statement, AgendaItem, Meeting),
        size=statements_size,
        formats=("pdf", "docx", "html"),
        concerns={"meeting": ON_MEETING},
    )
)
register(
    Report(
        key="draft-positions",
        title=gettext_lazy("Positions on draft decisions"),
        summary=gettext_lazy(
            "Each draft decision of a meeting with the text on the screen, where each member "
            "State stands on it, and whether consensus stands."
        ),
        params=Params,
        build=positions,
        reads=(Position, DraftText, Decision, Attendance, Registration, Meeting),
        size=positions_size,
        formats=("pdf", "docx", "html"),
        permission="decisions.view_draft",
        readers=gettext_lazy(
            "The Secretariat and the member States' focal points and committee members: "
            "drafts are not public."
        ),
        concerns={"meeting": ON_MEETING},
    )
)
