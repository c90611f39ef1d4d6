"""Money adds up when people record it at the same moment: ten receipts of 100 recorded by ten
threads, each on its own database connection, end at exactly 1,000."""

import datetime
import threading
from decimal import Decimal

import pytest
from django.db import close_old_connections, connection

from neaspec.directory.models import MemberState
from neaspec.finance import selectors, services
from neaspec.finance.ledger import fund_status
from neaspec.finance.models import Contribution, Fund
from tests.factories import secretariat

pytestmark = pytest.mark.reliability

RECEIPTS = 10


def test_ten_concurrent_receipts_add_up(live_reference: None) -> None:
    if connection.vendor == "sqlite":
        # SQLite serializes writers with IMMEDIATE transactions; the in-memory test database is
        # not shared between threads. The race this guards against is PostgreSQL's.
        pytest.skip("needs PostgreSQL: threads with their own connections")
    officer = secretariat("race-officer")
    fund = Fund.objects.get(key="core-fund")
    contribution = services.contribution_announce(
        actor=officer,
        state=MemberState.objects.get(code="MN"),
        fund=fund,
        year=2024,
        kind="cash",
        currency="USD",
        amount=Decimal("1000"),
        published=True,
        source="A test of concurrent receipts",
    )
    services.contribution_pledge(
        actor=officer, contribution=contribution, pledged_on=datetime.date(2024, 1, 2)
    )
    start = threading.Barrier(RECEIPTS)
    errors: list[BaseException] = []

    def receive(day: int) -> None:
        try:
            start.wait()
            services.contribution_receive(
                actor=officer,
                contribution=Contribution.objects.get(pk=contribution.pk),
                received_on=datetime.date(2024, 2, day),
                received_amount=Decimal("100"),
            )
        except BaseException as error:  # reported below, not lost in the thread
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=receive, args=(d + 1,)) for d in range(RECEIPTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    contribution.refresh_from_db()
    print(f"concurrent receipts: {RECEIPTS} of 100, total {contribution.received_amount}")
    assert contribution.received_amount == Decimal("1000")
    assert contribution.receipts.count() == RECEIPTS
    row = next(
        r
        for r in selectors.contribution_status(actor=officer)["rows"]
        if r.contributor == "Mongolia" and r.year == 2024
    )
    assert row.received == Decimal("1000")
    year = next(
        y for y in fund_status(fund=fund, on=datetime.date(2024, 12, 31)).years if y.year == 2024
    )
    assert year.received >= Decimal("1000")
