"""Funds and contributions: the reference facts, a contribution's life from announcement to
receipt, who may do what, budget revisions, imports, and a ledger that always adds up."""

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from neaspec.directory.models import MemberState
from neaspec.finance import selectors, services
from neaspec.finance.ledger import fund_status
from neaspec.finance.models import Contribution, ExchangeRate, Expenditure, Fund, Receipt
from neaspec.meetings.models import Meeting
from tests.factories import import_problems, run_import

pytestmark = pytest.mark.django_db
D = datetime.date


def _core() -> Fund:
    return Fund.objects.get(key="core-fund")


def _row(status: dict[str, Any], contributor: str, year: int) -> Any:
    return next(r for r in status["rows"] if r.contributor == contributor and r.year == year)


def test_status_shows_china_and_korea_2018_with_sources_and_japan_in_kind(
    client_for: Any, reference: None
) -> None:
    page = client_for("public").get(reverse("finance:contributions")).content.decode()
    for shown in (
        "China",
        "Republic of Korea",
        "50,000 USD",
        "100,000 USD",
        "Report of SOM-22 (2018)</cite>, paras 9, 39",
    ):
        assert shown in page
    assert "Sharing of know-how and best practices" in page  # Japan, in kind, listed apart
    status = selectors.contribution_status(actor=_anonymous())
    korea = _row(status, "Republic of Korea", 2018)
    assert (korea.pledged, korea.received, korea.unrecorded) == (100000, 0, 100000)
    mongolia = _row(status, "Mongolia", 2022)
    assert (mongolia.announced, mongolia.unknown_amounts) == (0, 1)  # not known is not zero
    # Nor is a total of amounts not known: 2022's says so, in the page and the report.
    footer = page.split("<tfoot>")[1].split("</tfoot>")[0]
    total_2022 = next(row for row in footer.split("<tr>") if "<td>2022</td>" in row)
    assert "0 USD" not in total_2022
    assert "amount not known" in total_2022
    assert "not recorded" in total_2022
    report = client_for("public").get("/reports/status-of-contributions.html?year=2022")
    printed = b"".join(report.streaming_content).decode()
    assert "0 USD" not in printed.split("<tfoot>")[1]
    assert "amount not known" in printed.split("<tfoot>")[1]


def _anonymous() -> Any:
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()


def test_the_som_25_revision_shows_its_decision_and_difference(reference: None) -> None:
    plans = selectors.budget_plans(fund=_core())
    revision = next(p for p in plans if p.version == 2)
    assert revision.approved_by.citation == "SOM-25, para. 11.2"
    changes = {c.category: (c.direction, c.before, c.after) for c in revision.changes}
    assert changes["Travel"] == ("decreased", None, None)
    assert changes["Contractual services"][0] == "increased"
    assert {"Operating expenses", "Supplies"} <= set(changes)


def test_a_pledge_announced_at_a_som_and_later_received_changes_the_status(
    users: dict[str, Any], client_for: Any
) -> None:
    officer = users["secretariat"]
    contribution = services.contribution_announce(
        actor=officer,
        state=MemberState.objects.get(code="MN"),
        fund=_core(),
        year=2023,
        kind="cash",
        currency="USD",
        amount=Decimal("20000"),
        announced_at=Meeting.objects.get(key="som-25"),
        published=True,
        source="Statement of Mongolia at SOM-25",
    )
    services.contribution_pledge(
        actor=officer, contribution=contribution, pledged_on=D(2023, 1, 10)
    )
    row = _row(selectors.contribution_status(actor=_anonymous()), "Mongolia", 2023)
    assert (row.pledged, row.received, row.outstanding) == (20000, 0, 20000)
    services.contribution_receive(
        actor=officer,
        contribution=contribution,
        received_on=D(2023, 3, 1),
        received_amount=Decimal("15000"),
    )
    services.contribution_receive(
        actor=officer,
        contribution=contribution,
        received_on=D(2023, 6, 1),
        received_amount=Decimal("5000"),
    )
    row = _row(selectors.contribution_status(actor=_anonymous()), "Mongolia", 2023)
    assert (row.received, row.outstanding) == (20000, 0)
    export = client_for("public").get(reverse("finance:export", args=["csv"])).content.decode()
    assert "Mongolia,MN,2023,USD,20000.00,20000.00,20000.00,0,0.00" in export
    status = fund_status(fund=_core(), on=D(2023, 12, 31))
    assert status.balance == 20000
    assert fund_status(fund=_core(), on=D(2023, 4, 1)).balance == 15000


def test_received_before_pledged_is_refused_and_changes_nothing(users: dict[str, Any]) -> None:
    korea = Contribution.objects.get(state__code="KR", year=2018)
    services.contribution_pledge(
        actor=users["secretariat"], contribution=korea, pledged_on=D(2018, 10, 25)
    )
    with pytest.raises(ValidationError):
        services.contribution_receive(
            actor=users["secretariat"],
            contribution=korea,
            received_on=D(2018, 1, 1),
            received_amount=Decimal(1),
        )
    korea.refresh_from_db()
    assert (korea.status, korea.received_amount) == ("pledged", None)


def test_a_focal_point_confirms_only_their_own_state_and_never_changes_amounts(
    users: dict[str, Any],
) -> None:
    china = Contribution.objects.get(state__code="CN", year=2018)
    with pytest.raises(PermissionDenied):
        services.contribution_confirm(actor=users["focal_point_mn"], contribution=china)
    with pytest.raises(PermissionDenied):
        services.contribution_receive(
            actor=users["focal_point_cn"],
            contribution=china,
            received_on=D(2018, 12, 1),
            received_amount=Decimal(1),
        )
    confirmed = services.contribution_confirm(actor=users["focal_point_cn"], contribution=china)
    assert confirmed.confirmed_by == users["focal_point_cn"]


def test_unpublished_rows_are_for_the_secretariat_and_the_state(users: dict[str, Any]) -> None:
    row = services.contribution_announce(
        actor=users["secretariat"],
        state=MemberState.objects.get(code="MN"),
        fund=_core(),
        year=2026,
        kind="cash",
        currency="USD",
        amount=Decimal(1),
        source="Letter",
    )
    assert row not in selectors.contributions_visible(actor=_anonymous())
    assert row not in selectors.contributions_visible(actor=users["focal_point_cn"])
    assert row in selectors.contributions_visible(actor=users["focal_point_mn"])


def test_converted_totals_name_their_rate_and_money_without_a_rate_is_listed(
    users: dict[str, Any],
) -> None:
    ExchangeRate.objects.create(
        currency="KRW",
        to_currency="USD",
        date=D(2023, 1, 2),
        rate=Decimal("0.00078"),
        source="UN operational rates",
    )
    services.expenditure_record(
        actor=users["secretariat"],
        fund=_core(),
        category="Travel",
        date=D(2023, 5, 1),
        currency="KRW",
        amount=Decimal("1000000"),
        source="Voucher 1",
    )
    services.expenditure_record(
        actor=users["secretariat"],
        fund=_core(),
        category="Supplies",
        date=D(2023, 5, 2),
        currency="JPY",
        amount=Decimal("5000"),
        source="Voucher 2",
    )
    status = fund_status(fund=_core(), on=D(2023, 12, 31))
    assert status.years[-1].spent == Decimal("780.00")
    lines = selectors.expenditure_by_line(fund=_core(), on=D(2023, 12, 31))
    assert [(r["category"], r["year"], r["total"], r["currency"]) for r in lines] == [
        ("Supplies", 2023, Decimal("5000"), "JPY"),
        ("Travel", 2023, Decimal("1000000"), "KRW"),
    ]
    assert [str(r.rate) for r in status.rates] == ["0.00078000"]
    assert len(status.unconverted) == 1


# The reference data is read only; each example cleans up what it creates.
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    moves=st.lists(
        st.tuples(
            st.sampled_from(["received", "spent"]),
            st.dates(min_value=D(2015, 1, 1), max_value=D(2025, 12, 31)),
            st.decimals(
                min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False
            ),
        ),
        max_size=25,
    ),
    on=st.dates(min_value=D(2015, 1, 1), max_value=D(2026, 12, 31)),
)
def test_the_ledger_reconciles_for_any_receipts_and_spending(
    reference: None, moves: list, on: datetime.date
) -> None:
    fund = Fund.objects.create(key="test-fund", name="Test fund", kind="other", source="test")
    korea = MemberState.objects.get(code="KR")
    try:
        for n, (kind, day, amount) in enumerate(moves):
            if kind == "received":
                contribution = Contribution.objects.create(
                    fund=fund,
                    state=korea,
                    year=2000 + n,
                    kind="cash",
                    amount=amount,
                    status="received",
                    received_on=day,
                    received_amount=amount,
                    source="test",
                )
                Receipt.objects.create(
                    contribution=contribution, date=day, amount=amount, source="test"
                )
            else:
                Expenditure.objects.create(
                    fund=fund, category="Test", date=day, amount=amount, source="test"
                )
        status = fund_status(fund=fund, on=on)
        counted = [(k, a) for k, d, a in moves if d <= on]
        received = sum((a for k, a in counted if k == "received"), Decimal(0))
        spent = sum((a for k, a in counted if k == "spent"), Decimal(0))
        assert status.balance == received - spent
        assert sum((y.received for y in status.years), Decimal(0)) == received
        for before, after in zip(status.years, status.years[1:], strict=False):
            assert after.opening == before.closing
            assert after.year == before.year + 1
        for year in status.years:
            assert year.closing == year.opening + year.received - year.spent
    finally:
        Receipt.objects.filter(contribution__fund=fund).delete()
        Contribution.objects.filter(fund=fund).delete()
        Expenditure.objects.filter(fund=fund).delete()
        fund.delete()


HEADER = (
    "state,fund,year,kind,currency,amount,status,announced_at,"
    "pledged_on,received_on,received_amount,source\n"
)


def _csv(text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("contributions.csv", text.encode())


def test_import_reports_each_bad_row_and_imports_nothing(users: dict[str, Any]) -> None:
    rows = (
        "MN,core-fund,2024,cash,USD,30000,pledged,som-25,2024-01-05,,,Letter A\n"
        "XX,core-fund,2024,cash,USD,100,announced,,,,,Letter B\n"
        "JP,core-fund,2024,cash,USD,-5,announced,,,,,Letter C\n"
        "RU,core-fund,2024,cash,XYZ,5,announced,,,,,Letter D\n"
        "KR,core-fund,2024,cash,USD,5,received,,2024-03-01,2024-02-01,5,Letter E\n"
        "MN,core-fund,2024,cash,USD,30000,pledged,som-25,2024-01-05,,,Letter A again\n"
        "CN,core-fund,2018,cash,USD,50000,pledged,som-22,,,,Already recorded\n"
    )
    before = Contribution.objects.count()
    job = run_import(users["secretariat"], "contributions", _csv(HEADER + rows))
    assert (job.status, job.rows_done) == ("refused", 0)
    problems = import_problems(job)
    assert sorted(problems) == [3, 4, 5, 6, 7, 8]
    assert "unknown member State" in problems[3]
    assert "negative" in problems[4]
    assert "currency" in problems[5]
    assert "before pledged_on" in problems[6]
    assert "row 2" in problems[7]
    assert "already recorded" in problems[8]
    assert Contribution.objects.count() == before


def test_a_clean_import_goes_through_the_life_of_each_row(users: dict[str, Any]) -> None:
    rows = "MN,core-fund,2024,cash,USD,30000,received,som-25,2024-01-05,2024-02-01,30000,Letter A\n"
    job = run_import(users["secretariat"], "contributions", _csv(HEADER + rows))
    assert (job.status, job.rows_done) == ("done", 1)
    row = Contribution.objects.get(state__code="MN", year=2024)
    assert (row.status, row.received_amount, row.announced_at.key) == ("received", 30000, "som-25")
    reasons = list(row.history.values_list("history_change_reason", flat=True))
    assert reasons == ["received 30000", "pledged", "announced"]
    with pytest.raises(PermissionDenied):
        run_import(users["focal_point_mn"], "contributions", _csv(HEADER + rows))


def test_expenditure_import(users: dict[str, Any]) -> None:
    file = SimpleUploadedFile(
        "spent.csv",
        b"fund,category,date,currency,amount,note,source\ncore-fund,Travel,2022-05-01,USD,1200,,Voucher\n"
        b"core-fund,Travel,2022-13-01,USD,1200,,Voucher\n",
    )
    job = run_import(users["secretariat"], "expenditure", file)
    assert list(import_problems(job)) == [3]
    assert not Expenditure.objects.exists()


def test_pages_have_bounded_queries(
    client_for: Any, django_assert_max_num_queries: Any, users: dict[str, Any]
) -> None:
    for year in range(2000, 2015):
        services.contribution_announce(
            actor=users["secretariat"],
            state=MemberState.objects.get(code="KR"),
            fund=_core(),
            year=year,
            kind="cash",
            currency="USD",
            amount=Decimal(1),
            source="test",
            published=True,
        )
    client = client_for("focal_point_cn")
    with django_assert_max_num_queries(8):
        assert client.get(reverse("finance:contributions")).status_code == 200
    # The ledger counts only what the reader may see: the reader's grants, once per request.
    with django_assert_max_num_queries(12):
        assert client.get(reverse("finance:fund", args=["core-fund"])).status_code == 200


def test_the_secretariat_records_a_receipt_through_the_page(
    client_for: Any, reference: None
) -> None:
    korea = Contribution.objects.get(state__code="KR", year=2018)
    url = reverse("finance:receive", args=[korea.pk])
    bad = client_for("secretariat").post(
        url, {"received_on": "2018-11-20", "received_amount": "-1"}
    )
    assert bad.status_code == 422
    ok = client_for("secretariat").post(
        url, {"received_on": "2018-11-20", "received_amount": "100000"}
    )
    assert ok.status_code == 302
    page = (
        client_for("public").get(reverse("finance:contribution", args=[korea.pk])).content.decode()
    )
    assert "100,000 USD, Nov. 20, 2018" in page


def test_the_import_page_runs_the_file_in_the_background_and_shows_the_outcome(
    client_for: Any, reference: None, django_capture_on_commit_callbacks: Any
) -> None:
    client = client_for("secretariat")
    empty = client.post(reverse("finance:import"), {"what": "contributions"})
    assert empty.status_code == 422
    assert "This field is required" in empty.content.decode()
    file = _csv(HEADER + "ZZ,core-fund,2024,cash,USD,1,announced,,,,,Letter\n")
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(reverse("finance:import"), {"what": "contributions", "file": file})
    assert sent.status_code == 302
    refused = client.get(sent["Location"]).content.decode()
    assert "Nothing imported" in refused
    assert "Row 2: unknown member State" in refused
    good = _csv(HEADER + "MN,core-fund,2024,cash,USD,1,announced,,,,,Letter\n")
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(reverse("finance:import"), {"what": "contributions", "file": good})
    done = client.get(sent["Location"]).content.decode()
    assert "1 row imported." in done
    assert "hx-trigger" not in done  # a finished import stops polling
    # The import page lists the sender's imports; nobody else sees the job.
    listing = client.get(reverse("finance:import")).content.decode()
    assert listing.count("contributions.csv") == 2
    assert client_for("focal_point_mn").get(sent["Location"]).status_code == 403
