"""Writes to the networks: a site's nomination carried to target site, its sheets submitted
by its State and validated by the Secretariat, expert nominations. Each checks permission,
runs in one transaction and is audited."""

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor, account_of
from neaspec.accounts.rules import require
from neaspec.audit import save_audited
from neaspec.conflicts import ConflictError
from neaspec.directory.models import Body, MemberState
from neaspec.keys import free_key
from neaspec.networks.models import ExpertNomination, NominationStep, Site, SiteSheet

if TYPE_CHECKING:  # named by string in the models: networks imports neither app
    from neaspec.decisions.models import Decision
    from neaspec.meetings.models import Meeting

Status = Site.Status


@transaction.atomic
def site_nominate(
    *,
    actor: Actor,
    state: MemberState,
    name: str,
    date: datetime.date,
    source: str = "",
    designation: str = "",
    managing_authority: str = "",
    area_km2: Decimal | None = None,
    latitude: Decimal | None = None,
    longitude: Decimal | None = None,
) -> Site:
    """A State nominates a marine protected area as a NEAMPAN target site."""
    require(actor, "networks.nominate_site", state)
    if not state.coastal:
        raise ValidationError(_("Only a coastal member State nominates marine sites."))
    site = Site(
        key=free_key(Site, name, fallback="site"),
        name=name.strip(),
        state=state,
        kind=Site.Kind.MPA,
        network=Body.objects.get(key="neampan"),
        status=Status.NOMINATED,
        source=source,
        designation=designation,
        managing_authority=managing_authority,
        area_km2=area_km2,
        latitude=latitude,
        longitude=longitude,
    )
    save_audited(site, actor=actor, reason="nominated")
    step = NominationStep(
        site=site,
        step=NominationStep.Step.NOMINATED,
        date=date,
        actor=account_of(actor),
        state=state,
        source=source,
    )
    save_audited(step, actor=actor, reason="nominated")
    return site


def _not_before(site: Site, step: str, day: datetime.date | None, what: str) -> None:
    """Steps follow each other in time: a review cannot predate the nomination it reviews."""
    earlier = site.steps.filter(step=step).order_by("-date").first()
    if earlier and earlier.date and day and day < earlier.date:
        raise ValidationError(
            _("This meeting took place before %(what)s (%(day)s).")
            % {"what": what, "day": earlier.date.isoformat()}
        )


@transaction.atomic
def site_review_record(
    *, actor: Actor, site: Site, meeting: "Meeting", endorsed: bool, outcome: str, source: str = ""
) -> NominationStep:
    """The Steering Committee's review of a nomination, at one of its meetings."""
    require(actor, "networks.record_nomination_step", site)
    if site.status != Status.NOMINATED:
        raise ValidationError(_("Only a nominated site is reviewed."))
    if meeting.series.code != "NEAMPAN-SC":
        raise ValidationError({"meeting": _("The review happens at a Steering Committee meeting.")})
    _not_before(site, NominationStep.Step.NOMINATED, meeting.start, _("the nomination"))
    step = NominationStep(
        site=site,
        step=NominationStep.Step.REVIEWED,
        date=meeting.start,
        actor=account_of(actor),
        meeting=meeting,
        outcome=outcome,
        source=source,
    )
    save_audited(step, actor=actor, reason="reviewed")
    site.status = Status.REVIEWED if endorsed else Status.DECLINED
    save_audited(site, actor=actor, reason=site.get_status_display())
    return step


@transaction.atomic
def site_inclusion_record(
    *, actor: Actor, site: Site, decision: "Decision", source: str = ""
) -> NominationStep:
    """A SOM decision includes the endorsed site: it becomes a target site."""
    require(actor, "networks.record_nomination_step", site)
    if site.status != Status.REVIEWED:
        raise ValidationError(_("The Steering Committee must endorse the site first."))
    if decision.meeting.series.code != "SOM":
        raise ValidationError({"decision": _("Sites are included by a SOM decision.")})
    _not_before(site, NominationStep.Step.REVIEWED, decision.meeting.start, _("the review"))
    step = NominationStep(
        site=site,
        step=NominationStep.Step.INCLUDED,
        date=decision.meeting.start,
        actor=account_of(actor),
        meeting=decision.meeting,
        decision=decision,
        source=source,
    )
    save_audited(step, actor=actor, reason="included")
    site.status = Status.TARGET
    save_audited(site, actor=actor, reason="target site")
    return step


@transaction.atomic
def sheet_submit(*, actor: Actor, site: Site, source: str = "", **texts: str) -> SiteSheet:
    """A new version of the site's information sheet, from its State."""
    require(actor, "networks.submit_sheet", site.state)
    # Two submissions at once queue on the site's row, so each gets the next version number.
    site = Site.objects.select_for_update().get(pk=site.pk)
    last = site.sheets.order_by("-version").first()
    sheet = SiteSheet(
        site=site,
        version=(last.version + 1) if last else 1,
        submitted_by=account_of(actor),
        submitted_on=timezone.localdate(),
        source=source,
        **{name: value.strip() for name, value in texts.items()},
    )
    save_audited(sheet, actor=actor, reason=f"version {sheet.version} submitted")
    return sheet


@transaction.atomic
def sheet_validate(*, actor: Actor, sheet: SiteSheet) -> SiteSheet:
    require(actor, "networks.validate_sheet", sheet)
    sheet = SiteSheet.objects.select_for_update().get(pk=sheet.pk)  # one review wins, cleanly
    if sheet.status != SiteSheet.Status.SUBMITTED:
        raise ConflictError(_("Only a submitted sheet is validated."))
    sheet.status, sheet.validated_by = SiteSheet.Status.VALIDATED, account_of(actor)
    sheet.validated_on = timezone.localdate()
    save_audited(sheet, actor=actor, reason="validated")
    return sheet


@transaction.atomic
def sheet_return(*, actor: Actor, sheet: SiteSheet, reason: str) -> SiteSheet:
    require(actor, "networks.validate_sheet", sheet)
    sheet = SiteSheet.objects.select_for_update().get(pk=sheet.pk)
    if sheet.status != SiteSheet.Status.SUBMITTED:
        raise ConflictError(_("Only a submitted sheet is returned."))
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the sheet is returned.")})
    sheet.status, sheet.return_reason = SiteSheet.Status.RETURNED, reason.strip()
    save_audited(sheet, actor=actor, reason=f"returned: {reason.strip()}")
    return sheet


@transaction.atomic
def expert_nomination_update(
    *, actor: Actor, nomination: ExpertNomination, status: str, as_of: datetime.date, note: str = ""
) -> ExpertNomination:
    """A State reports (or the Secretariat records) where its nomination stands."""
    require(actor, "networks.report_nomination", nomination.state)
    nomination.status, nomination.as_of, nomination.note = status, as_of, note
    save_audited(nomination, actor=actor, reason=f"nomination {status}")
    return nomination
