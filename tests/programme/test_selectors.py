import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from neaspec.programme import selectors


def test_public_does_not_see_draft_plans(users):
    public = AnonymousUser()
    assert [p.code for p in selectors.plan_list(actor=public)] == ["2021-2025", "2016-2020"]
    with pytest.raises(Http404):
        selectors.plan_get(code="2026-2030", actor=public)
    assert selectors.plan_get(code="2026-2030", actor=users["focal_point_mn"]).status == "draft"
    with pytest.raises(Http404):
        selectors.plan_get(code="2026-2030", actor=users["partner"])


def test_current_plan_is_the_one_in_force_or_the_latest_adopted(reference):
    assert selectors.plan_current(on=datetime.date(2023, 5, 1)).code == "2021-2025"
    assert selectors.plan_current(on=datetime.date(2018, 5, 1)).code == "2016-2020"
    # The 2026-2030 plan is still a draft in the reference data, so 2021-2025 remains current.
    assert selectors.plan_current(on=datetime.date(2026, 11, 22)).code == "2021-2025"


def test_area_shows_its_framing_in_each_plan_and_its_sdgs(reference):
    area = selectors.area_get(code="biodiversity", actor=AnonymousUser())
    assert [f.plan.code for f in area.framings] == ["2021-2025", "2016-2020"]
    assert {
        (link.goal.number, link.target.code if link.target else None)
        for link in area.sdg_links.all()
    } == {(6, "6.6"), (6, "6.5"), (15, None)}
    assert "Tumen River" in " ".join(
        a.text for o in area.framings[0].objectives.all() for a in o.activities.all()
    )


def test_plan_page_shows_goals_areas_and_sdg_links(client_for, reference):
    html = client_for("public").get("/plans/2021-2025/").content.decode()
    assert "NEACAP works fully" in html
    assert "Other emerging issues" in html
    assert "SDG 14: Life below water" in html
