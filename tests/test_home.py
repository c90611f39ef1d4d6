import datetime
import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone


def _panels(html: str) -> dict[str, str]:
    """Each home page panel's text by its heading id."""
    parts = html.split('<section class="panel')[1:]
    return {p.split('id="panel-')[1].split('"')[0]: p.split("</section>")[0] for p in parts}


def test_public_home_shows_the_programme_as_it_stands(client_for, reference):
    html = client_for("public").get(reverse("home")).content.decode()
    panels = _panels(html)
    assert "Your work" not in html
    assert "SOM-28" in panels["meeting"]
    assert "Last meeting" in panels["meeting"]
    # Nothing adopted covers 2026 in the sources: the page says so instead of calling
    # 2021-2025 current, and names the draft in preparation with its source.
    plans = panels["plans"]
    assert "Strategic Plan 2021-2025 ran until 2025" in plans
    assert "Strategic Plan 2026-2030" in plans
    assert "Strategic Plan 2026-2030 (Draft)" in plans
    assert "Concept note, Meeting of NEASPEC National Focal Points" in plans
    assert "SOM-25, para. 6.1" in panels["decisions"]
    assert "The Secretariat: 2" in panels["requests"]
    indicators = panels["indicators"]
    assert "1,172 species" in indicators
    assert "NEASPEC Strategic Plan 2021-2025" in indicators
    assert ".txt" not in html


def test_signed_in_home_puts_each_roles_work_first(client_for, reference):
    secretariat = _panels(client_for("secretariat").get(reverse("home")).content.decode())
    focal_point = _panels(client_for("focal_point_mn").get(reverse("home")).content.decode())
    assert {"overdue", "values-review", "sheets", "extractions"} <= set(secretariat)
    assert "asked" not in secretariat
    assert "Asked of Mongolia" in focal_point["asked"]
    assert "Complete the nomination of national experts" in focal_point["asked"]
    assert "submissions" in focal_point
    assert not {"overdue", "values-review", "sheets", "extractions"} & set(focal_point)
    assert "mine" in secretariat["overdue"].split(">")[0]


def test_home_has_landmarks_and_no_inline_script(client_for, reference):
    response = client_for("public").get(reverse("home"))
    html = response.content.decode()
    assert '<main id="main"' in html
    assert "<nav aria-label=" in html
    assert 'href="#main"' in html
    assert "<script>" not in html
    assert "onclick=" not in html
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp


def test_every_signed_in_role_finds_its_work_first(client_for, reference):
    """Each role's own panels, under "Your work", before the programme at a glance."""
    mine = {
        "committee_member": {"committee-meetings", "asked-body", "nominations"},
        "partner": {"progress"},
        "translator_ja": {"translations-ja"},
    }
    for role, keys in mine.items():
        html = client_for(role).get(reverse("home")).content.decode()
        after = html.split('id="workspace-heading">')[1]
        work = after[: after.rindex('<div class="cards">')]  # the last cards are the public's
        assert work.startswith("Your work"), role
        assert set(_panels(work)) >= keys, role
        # One role's work is not another's.
        others = set().union(*(v for k, v in mine.items() if k != role))
        assert not others & set(_panels(html)), role


def test_nothing_is_due_for_the_public():
    from django.contrib.auth.models import AnonymousUser

    from neaspec.workspace import due_for

    assert due_for(AnonymousUser(), datetime.date(2026, 12, 7)) == []


def test_what_is_due_for_each_role_with_the_reference_data(users, reference):
    """The digest's sections (neaspec.workspace.due_for): for each role, what its panels hold
    that is late or due within the month; every address a path of this site."""
    from neaspec.workspace import due_for

    today = datetime.date(2026, 12, 7)
    found = {role: dict(due_for(user, today)) for role, user in users.items() if user}
    assert set(found["secretariat"]) == {"Follow-up actions due"}
    assert set(found["committee_member"]) == {"Nominations your committee waits for"}
    # Nothing asked of Mongolia has a date in the sources; NOWPAP runs no project; every
    # record is translated into Japanese.
    assert found["focal_point_mn"] == found["partner"] == found["translator_ja"] == {}
    rows = [row for sections in found.values() for rs in sections.values() for row in rs]
    assert rows
    assert all(row.url.startswith("/") for row in rows)


# The most a role's home page asks the database: the public's panels (meetings, plans,
# decisions, requests, indicators, documents), and each role's own. The focal point's and the
# committee member's workspaces read their requests a page at a time (ids, rows, deadlines);
# the Secretariat's lists the meetings in preparation (one query when none), and its session
# is checked for its two-factor device; the translator's counts every kind in one query.
HOME_QUERIES = {
    "public": 15,
    "focal_point_mn": 30,
    "secretariat": 34,
    "committee_member": 33,
    "partner": 24,
    "translator_ja": 24,
}


@pytest.mark.parametrize("role", sorted(HOME_QUERIES))
def test_home_query_count_is_bounded(client_for, reference, django_assert_max_num_queries, role):
    client = client_for(role)
    with django_assert_max_num_queries(HOME_QUERIES[role]):
        assert client.get(reverse("home")).status_code == 200


def test_meetings_in_preparation_cost_the_same_for_any_number(
    client_for, users, django_assert_max_num_queries
):
    """Each meeting in preparation shows its checklist, read for all of them at once."""
    from neaspec.meetings import delegations, services
    from neaspec.meetings.models import MeetingSeries

    today = timezone.localdate()
    for number in (40, 41, 42, 43):
        meeting = services.meeting_create(
            actor=users["secretariat"],
            series=MeetingSeries.objects.get(code="SOM"),
            number=number,
            start=today + datetime.timedelta(days=number),
            city="Seoul",
        )
        services.agenda_item_add(
            actor=users["secretariat"], meeting=meeting, number="1", title="Opening"
        )
        delegations.invitation_send(
            actor=users["secretariat"],
            meeting=meeting,
            state=users["focal_point_mn"].grants.get().state,
        )
    client = client_for("secretariat")
    with django_assert_max_num_queries(HOME_QUERIES["secretariat"] + 7):
        html = client.get(reverse("home")).content.decode()
    panel = html.split('id="panel-preparation"')[1].split("</section>")[0]
    assert all(f"SOM-{n}" in panel for n in (40, 41, 42, 43))
    assert "0 of 1 sent; 1 of 6 member States invited" in panel


def test_home_is_light_on_a_slow_connection(client_for, reference):
    """The page and every file it links weigh under 30 KB even uncompressed; no script that
    the page does not use (htmx, Chart.js) is loaded."""
    from django.contrib.staticfiles import finders

    html = client_for("public").get(reverse("home")).content.decode()
    assets = re.findall(r'(?:href|src)="/static/([^"]+)"', html)
    assert "css/hub.css" in assets
    assert not any("htmx" in a or "chart" in a for a in assets)
    total = len(html.encode()) + sum(Path(finders.find(a)).stat().st_size for a in assets)
    assert total < 30_000, total


def test_headline_indicators_read_one_value_each_however_many_there_are(
    client_for, reference, django_assert_max_num_queries
):
    """Each headline is the indicator's national value of the latest year, chosen in the
    database: a thousand city values more change neither the headline nor what the page reads."""
    from neaspec.directory.models import MemberState
    from neaspec.programme.models import Indicator, IndicatorValue

    pm25 = Indicator.objects.get(code="pm25-annual-mean")
    korea = MemberState.objects.get(code="KR")
    approved = IndicatorValue.Status.APPROVED
    IndicatorValue.objects.bulk_create(
        IndicatorValue(indicator=pm25, state=korea, first_year=2021, last_year=2021,
                       breakdown=f"City {n}", value=n, status=approved, source="test")
        for n in range(1000)
    )  # fmt: skip
    IndicatorValue.objects.create(
        indicator=pm25, state=korea, first_year=2024, last_year=2024, value=17,
        status=approved, source="test",
    )  # fmt: skip
    public = client_for("public")
    public.get(reverse("home"))
    with django_assert_max_num_queries(20):
        html = public.get(reverse("home")).content.decode()
    indicators = _panels(html)["indicators"]
    assert "Annual mean PM2.5 concentration: 17" in indicators
    assert "City " not in indicators
