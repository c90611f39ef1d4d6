"""Nothing unpublished leaks: markers planted in an unpublished contribution (with a receipt)
and in a submitted, not yet validated site sheet appear on no page or API answer of the public,
of another State's focal point or of a partner; the Secretariat and the State concerned see them."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from neaspec.directory.models import MemberState
from neaspec.finance import services as finance
from neaspec.finance.models import Fund
from neaspec.networks import services as networks
from neaspec.networks.models import Site

pytestmark = pytest.mark.reliability

MONEY = Decimal("987654")
SHEET_MARKER = "ZXQ-unvalidated-threat"


@pytest.fixture
def planted(users, reference):
    officer = users["secretariat"]
    secret = finance.contribution_announce(
        actor=officer,
        state=MemberState.objects.get(code="CN"),
        fund=Fund.objects.get(key="core-fund"),
        year=2024,
        kind="cash",
        currency="USD",
        amount=MONEY,
        published=False,
        source="Internal note",
    )
    finance.contribution_pledge(
        actor=officer, contribution=secret, pledged_on=datetime.date(2024, 1, 5)
    )
    finance.contribution_receive(
        actor=officer,
        contribution=secret,
        received_on=datetime.date(2024, 3, 1),
        received_amount=MONEY,
    )
    site = Site.objects.get(key="gochang-wetland")
    networks.sheet_submit(actor=officer, site=site, threats=SHEET_MARKER)
    return site


def _urls(site: Site) -> list[str]:
    return [
        reverse("home"),
        reverse("finance:funds"),
        reverse("finance:fund", args=["core-fund"]) + "?date=2024-12-31",
        reverse("finance:contributions"),
        reverse("finance:export", args=["csv"]),
        reverse("networks:site", args=[site.key]),
        reverse("networks:neampan"),
        "/api/funds/core-fund/status?date=2024-12-31",
        "/api/contributions",
        f"/api/sites/{site.key}/sheets",
        "/api/sites",
    ]


def _shown(client, url: str) -> str:
    text = client.get(url).content.decode()
    return text.replace(",", "").replace("\u202f", "").replace("\xa0", "")


@pytest.mark.parametrize("role", ["public", "focal_point_mn", "partner"])
def test_markers_stay_hidden_from_those_who_may_not_see_them(client_for, planted, role):
    client = client_for(role)
    tried = 0
    for url in _urls(planted):
        shown = _shown(client, url)
        tried += 1
        assert str(MONEY) not in shown, url
        assert SHEET_MARKER not in shown, url
    print(f"leak crawl ({role}): {tried} pages and answers, 0 markers found")


def test_the_secretariat_sees_them(client_for, planted):
    client = client_for("secretariat")
    assert str(MONEY) in _shown(client, "/api/funds/core-fund/status?date=2024-12-31")
    assert SHEET_MARKER in _shown(client, f"/api/sites/{planted.key}/sheets")
