"""The finance reference data: funds, contributions and budget plans with their lines."""

from neaspec.data.loader import (
    RESULTS,
    Context,
    Kind,
    Record,
    children,
    day,
    decimal,
    decision,
    flag,
    load_child,
    load_record,
    number,
    optional,
    ref,
    register,
    text,
)
from neaspec.directory.models import MemberState, Organization
from neaspec.finance.models import BudgetLine, BudgetPlan, Contribution, Fund
from neaspec.meetings.models import Meeting

# Lookup fields a record may leave out (None is part of the lookup: no organization).
CONTRIBUTION_DEFAULTS = {"state": None, "organization": None, "fund": None}

register(
    "funds",
    stage=RESULTS,
    kind=Kind(
        Fund,
        ("key",),
        {
            "key": text,
            "name": text,
            "kind": text,
            "currency": text,
            "established_note": text,
            "description": text,
        },
        frozenset({"key", "name", "kind", "source"}),
    ),
)
register(
    "contributions",
    stage=RESULTS,
    defaults=CONTRIBUTION_DEFAULTS,
    kind=Kind(
        Contribution,
        ("state", "organization", "fund", "year", "kind"),
        {
            "state": optional(ref(MemberState, "code")),
            "organization": optional(ref(Organization, "key")),
            "fund": optional(ref(Fund, "key")),
            "year": number,
            "kind": text,
            "currency": text,
            "amount": optional(decimal),
            "description": text,
            "valuation": optional(decimal),
            "status": text,
            "announced_at": optional(ref(Meeting, "key")),
            "pledged_on": optional(day),
            "expected_on": optional(day),
            "received_on": optional(day),
            "received_amount": optional(decimal),
            "published": flag,
            "note": text,
        },
        frozenset({"year", "kind", "status", "source"}),
    ),
)
BUDGET_PLAN = Kind(
    BudgetPlan,
    ("fund", "first_year", "last_year", "version"),
    {
        "fund": ref(Fund, "key"),
        "first_year": number,
        "last_year": number,
        "version": number,
        "approved_at": optional(ref(Meeting, "key")),
        "approved_by": optional(decision),
        "summary": text,
    },
    frozenset({"fund", "first_year", "last_year", "version", "source"}),
)
BUDGET_LINE = Kind(
    BudgetLine,
    ("category", "year"),
    {"category": text, "year": optional(number), "amount": optional(decimal), "change": text},
    frozenset({"category", "source"}),
)


def _load_budget_plan(ctx: Context, record: Record) -> None:
    record = dict(record)
    lines = list(children(record, "lines", ctx))
    plan = load_record(ctx, BUDGET_PLAN, record)
    for line in lines:
        load_child(ctx, BUDGET_LINE, {"year": None, **line}, plan=plan)


register("budget_plans", stage=RESULTS, loader=_load_budget_plan)
