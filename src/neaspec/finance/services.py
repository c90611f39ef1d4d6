"""Writes to the funds: a contribution through its life, its confirmation by the State, and
expenditure. Each checks permission, runs in one transaction and is audited. (Budget plan
versions are reference facts, entered with their approving decision in the data or the admin.)"""

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor, account_of
from neaspec.accounts.rules import require
from neaspec.audit import save_audited
from neaspec.conflicts import ConflictError
from neaspec.directory.models import MemberState, Organization
from neaspec.finance.models import Contribution, Expenditure, Fund, Receipt

if TYPE_CHECKING:  # named by string in the models: finance does not import meetings
    from neaspec.meetings.models import Meeting

Status = Contribution.Status


@transaction.atomic
def contribution_announce(
    *,
    actor: Actor,
    year: int,
    source: str,
    state: MemberState | None = None,
    organization: Organization | None = None,
    fund: Fund | None = None,
    kind: str = Contribution.Kind.CASH,
    currency: str = "USD",
    amount: Decimal | None = None,
    description: str = "",
    valuation: Decimal | None = None,
    announced_at: "Meeting | None" = None,
    published: bool = False,
    note: str = "",
) -> Contribution:
    """Record a contribution of a State or an organization as announced (at a meeting, where it
    was)."""
    require(actor, "finance.manage")
    contribution = Contribution(
        status=Status.ANNOUNCED,
        year=year,
        source=source,
        state=state,
        organization=organization,
        fund=fund,
        kind=kind,
        currency=currency,
        amount=amount,
        description=description,
        valuation=valuation,
        announced_at=announced_at,
        published=published,
        note=note,
    )
    save_audited(contribution, actor=actor, reason="announced")
    return contribution


@transaction.atomic
def contribution_pledge(
    *,
    actor: Actor,
    contribution: Contribution,
    pledged_on: datetime.date,
    amount: Decimal | None = None,
    expected_on: datetime.date | None = None,
) -> Contribution:
    """The State commits the amount (which may now become known)."""
    require(actor, "finance.manage")
    # Saved whole: a stale copy would undo a receipt recorded meanwhile.
    contribution = Contribution.objects.select_for_update().get(pk=contribution.pk)
    if contribution.status == Status.RECEIVED:
        raise ConflictError(_("This contribution is already received."))
    contribution.status, contribution.pledged_on = Status.PLEDGED, pledged_on
    contribution.amount = amount if amount is not None else contribution.amount
    contribution.expected_on = expected_on or contribution.expected_on
    if contribution.received_amount is None:  # on the day it was pledged it had not arrived
        contribution.not_received_on = max(pledged_on, contribution.not_received_on or pledged_on)
    save_audited(contribution, actor=actor, reason="pledged")
    return contribution


@transaction.atomic
def contribution_not_received(
    *, actor: Actor, contribution: Contribution, on: datetime.date
) -> Contribution:
    """Record that a cash pledge had not arrived (in full) by `on`: from then on what is not
    received reads as outstanding, not as "receipt not recorded"."""
    require(actor, "finance.manage")
    contribution = Contribution.objects.select_for_update().get(pk=contribution.pk)
    if contribution.kind != Contribution.Kind.CASH or contribution.status == Status.ANNOUNCED:
        raise ValidationError(_("Only a cash pledge can be awaited."))
    if on > timezone.localdate():
        raise ValidationError({"on": _("A day to come cannot be checked yet.")})
    if contribution.pledged_on and on < contribution.pledged_on:
        raise ValidationError({"on": _("It cannot be awaited before it is pledged.")})
    received = contribution.received_amount or Decimal(0)
    if contribution.amount is not None and received >= contribution.amount:
        raise ConflictError(_("This contribution is already received in full."))
    if contribution.not_received_on and contribution.not_received_on >= on:
        return contribution  # a later day is already on record: nothing to add
    contribution.not_received_on = on
    save_audited(contribution, actor=actor, reason=f"not yet received on {on.isoformat()}")
    return contribution


@transaction.atomic
def contribution_receive(
    *,
    actor: Actor,
    contribution: Contribution,
    received_on: datetime.date,
    received_amount: Decimal,
    source: str = "",
) -> Contribution:
    """Money (or an instalment of it) arrived: a receipt, and the contribution's running total."""
    require(actor, "finance.manage")
    # The row lock makes receipts recorded at the same moment queue up; the total is then the
    # sum of the receipts, never a value read before another receipt landed.
    contribution = Contribution.objects.select_for_update().get(pk=contribution.pk)
    if contribution.kind != Contribution.Kind.CASH:
        raise ValidationError(_("Only a cash contribution is received."))
    receipt = Receipt(
        contribution=contribution, date=received_on, amount=received_amount, source=source
    )
    save_audited(receipt, actor=actor, reason="received")
    total = contribution.receipts.aggregate(total=Sum("amount"))["total"]
    contribution.received_amount = total
    contribution.status = Status.RECEIVED
    contribution.received_on = max(received_on, contribution.received_on or received_on)
    save_audited(contribution, actor=actor, reason=f"received {received_amount}")
    return contribution


@transaction.atomic
def contribution_confirm(*, actor: Actor, contribution: Contribution) -> Contribution:
    """A focal point confirms their State's row is right as recorded."""
    require(actor, "finance.confirm_contribution", contribution)
    contribution = Contribution.objects.select_for_update().get(pk=contribution.pk)
    contribution.confirmed_by, contribution.confirmed_at = account_of(actor), timezone.now()
    save_audited(contribution, actor=actor, reason="confirmed by the State")
    return contribution


@transaction.atomic
def expenditure_record(
    *,
    actor: Actor,
    fund: Fund,
    category: str,
    date: datetime.date,
    amount: Decimal,
    currency: str = "USD",
    note: str = "",
    source: str = "",
) -> Expenditure:
    require(actor, "finance.manage")
    expenditure = Expenditure(
        fund=fund,
        category=category,
        date=date,
        amount=amount,
        currency=currency,
        note=note,
        source=source,
    )
    save_audited(expenditure, actor=actor, reason="expenditure recorded")
    return expenditure
