"""Nothing unpublished leaks: markers planted in unpublished records — a contribution (with a
receipt), a submitted, not yet validated site sheet, a Secretariat-only document and its text —
appear on no page or API answer of the access matrix for the public, another State's focal
point, a committee member, a partner or a translator; markers in a draft decision, an action
it asks for and a goal of the draft strategic plan (circulated to member States: their focal
points and committee members read them) appear nowhere for the public, a partner or a
translator — the translation pages and files included. Nor do a Mongolian focal point's e-mail
and telephone and a Mongolian delegate's e-mail, for anyone but the Secretariat and Mongolia's
focal points (tests/directory/test_contact_privacy.py: who sees them). One crawl per role
looks for all of them. The Secretariat and the State concerned see them."""

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse

from neaspec.decisions.models import FollowUp
from neaspec.directory.models import MemberState
from neaspec.finance import services as finance
from neaspec.finance.models import Fund
from neaspec.networks import services as networks
from neaspec.networks.models import Site
from neaspec.programme.models import PlanGoal, StrategicPlan
from tests.access.matrix import API, PAGES
from tests.access.probes import world  # noqa: F401  (the matrix's fixture)
from tests.directory import test_contact_privacy as contacts
from tests.factories import draft_decision, library_document

pytestmark = pytest.mark.reliability

MONEY = Decimal("987654")
SHEET_MARKER = "ZXQ-unvalidated-threat"
DOCUMENT_MARKER = "ZXQ-secretariat-only"
DRAFT_MARKER = "ZXQ-draft-decision"
PLAN_MARKER = "ZXQ-draft-plan-goal"
SEARCHED = "ZXQbudgetline"  # searched for: a search page shows its query, so it is no marker
OUTSIDERS = ["public", "focal_point_mn", "committee_member", "partner", "translator_ja"]
# Each marker and who may not see it.
HIDDEN_FROM = {
    str(MONEY): OUTSIDERS,
    SHEET_MARKER: OUTSIDERS,
    DOCUMENT_MARKER: OUTSIDERS,
    DRAFT_MARKER: ["public", "partner", "translator_ja"],
    PLAN_MARKER: ["public", "partner", "translator_ja"],
    contacts.EMAIL: contacts.NEVER,
    contacts.PHONE: contacts.NEVER,
    contacts.DELEGATE_EMAIL: contacts.NEVER,
}
CRAWLED = sorted({role for hidden in HIDDEN_FROM.values() for role in hidden})


def plant(users: dict[str, Any]) -> dict[str, Any]:
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
    document = library_document(
        f"Note {DOCUMENT_MARKER}", f"Budget {DOCUMENT_MARKER} {SEARCHED}.", visibility="secretariat"
    )
    # Drafts, with no translation yet: what a translator's pages would list first.
    draft = draft_decision(f"Draft wording {DRAFT_MARKER}.", paragraph="98")
    action = FollowUp.objects.create(
        decision=draft, owner=FollowUp.Owner.SECRETARIAT, action=f"Act on {DRAFT_MARKER}."
    )
    goal = PlanGoal.objects.create(
        plan=StrategicPlan.objects.get(code="2026-2030"), code="z", text=PLAN_MARKER
    )
    return {
        "contribution": secret,
        "site": site,
        "document": document,
        "draft": draft,
        "action": action,
        "goal": goal,
    }


def _translation_urls() -> list[str]:
    """A translator's pages and files in their language: each kind the drafts are of, missing
    first, and the whole language as files."""
    page = reverse("translations:language", args=["ja"])
    kinds = ["decisions.decision", "decisions.followup", "programme.plangoal"]
    return [
        reverse("home"),
        reverse("translations:overview"),
        *(f"{page}?kind={kind}&state=missing" for kind in kinds),
        *(f"{page}?kind={kind}" for kind in kinds),
        reverse("translations:export", args=["ja", "csv"]),
        reverse("translations:export", args=["ja", "xlf"]),
    ]


def _planted_urls(planted: dict[str, Any]) -> list[str]:
    """The planted records' own pages, and the pages that add them up."""
    site, document = planted["site"].key, planted["document"].pk
    return [
        reverse("finance:fund", args=["core-fund"]) + "?date=2024-12-31",
        reverse("finance:contribution", args=[planted["contribution"].pk]),
        reverse("finance:export", args=["csv"]),
        reverse("library:document", args=[document]),
        reverse("library:text", args=[document]),
        reverse("library:library") + f"?q={SEARCHED}",
        "/api/funds/core-fund/status?date=2024-12-31",
        f"/api/sites/{site}/sheets",
        f"/api/documents/{document}",
        f"/api/documents/search?q={SEARCHED}",
        reverse("decisions:detail", args=[planted["draft"].pk]),
        reverse("decisions:follow_up", args=[planted["action"].pk]),
        reverse("decisions:list") + "?meeting=SOM-25",
        reverse("decisions:tracker") + "?status=all&owner=secretariat",
        reverse("meetings:detail", args=["som-25"]),
        "/reports/draft-positions.html?meeting=som-25",
        "/reports/statements.html?meeting=som-25",
        f"/api/decisions/{planted['draft'].pk}/positions",
        reverse("programme:plan", args=["2026-2030"]),
        "/api/decisions?meeting=SOM-25&limit=200",
        "/api/followups?status=all&owner=secretariat&limit=200",
        "/api/plans/2026-2030/framework",
        *_translation_urls(),
    ]


def _every_get() -> list[str]:
    """Every page and API read of the access matrix (built before the markers are planted: the
    matrix finds some of its records by visibility)."""
    pages = [
        (name, probe) for name, probes in PAGES.items() for probe in probes if probe.method == "get"
    ]
    reads = [
        (path, probe)
        for (path, method), probes in API.items()
        if method == "get"
        for probe in probes
    ]
    return [reverse(name, kwargs=probe.kwargs()) for name, probe in pages] + [
        path.format(**probe.kwargs()) for path, probe in reads
    ]


def _shown(response: Any) -> str:
    if getattr(response, "streaming", False):
        text = b"".join(response.streaming_content).decode(errors="replace")
    else:
        text = response.content.decode(errors="replace")
    return text.replace(",", "").replace("\u202f", "").replace("\xa0", "")


@pytest.mark.usefixtures("world")
@pytest.mark.parametrize("role", CRAWLED)
def test_markers_stay_hidden_from_those_who_may_not_see_them(
    client_for: Any, users: dict[str, Any], role: str
) -> None:
    client = client_for(role)
    urls = _every_get()
    urls += _planted_urls(plant(users))
    urls += contacts._planted_urls(contacts.plant(users))
    markers = [m for m, hidden in HIDDEN_FROM.items() if role in hidden]
    found = []
    for url in urls:
        shown = _shown(client.get(url))
        found += [(url, m) for m in markers if m in shown]
    if role != "public":  # the participants' workbook, whose cells the crawl cannot read
        sheet = contacts._participants_sheet(client)
        found += [("participants.xlsx", m) for m in markers if m in sheet]
    assert found == []
    print(f"leak crawl ({role}): {len(urls)} pages and answers, {len(markers)} markers, 0 found")


def test_the_secretariat_and_the_state_concerned_see_them(
    client_for: Any, users: dict[str, Any]
) -> None:
    planted = plant(users)
    officer = client_for("secretariat")
    assert str(MONEY) in _shown(officer.get("/api/funds/core-fund/status?date=2024-12-31"))
    assert SHEET_MARKER in _shown(officer.get(f"/api/sites/{planted['site'].key}/sheets"))
    assert DOCUMENT_MARKER in _shown(
        officer.get(reverse("library:document", args=[planted["document"].pk]))
    )
    china = client_for("focal_point_cn")
    contribution = reverse("finance:contribution", args=[planted["contribution"].pk])
    assert str(MONEY) in _shown(china.get(contribution))
    # Drafts: the Secretariat translates them; member States' officials read them.
    export = reverse("translations:export", args=["ja", "csv"])
    assert {DRAFT_MARKER, PLAN_MARKER} <= set(_markers(officer.get(export)))
    draft = reverse("decisions:detail", args=[planted["draft"].pk])
    assert DRAFT_MARKER in _shown(client_for("committee_member").get(draft))
    plan = reverse("programme:plan", args=["2026-2030"])
    assert PLAN_MARKER in _shown(client_for("focal_point_mn").get(plan))


def _markers(response: Any) -> list[str]:
    shown = _shown(response)
    return [m for m in HIDDEN_FROM if m in shown]
