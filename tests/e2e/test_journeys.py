"""What a newcomer and a focal point do first, in a real browser, under the strict CSP."""

import re

from playwright.sync_api import Page, expect

from neaspec.directory.models import FocalPoint, MemberState
from tests.factories import PASSWORD, FocalPointFactory, focal_point_user


def test_focal_point_journey_in_japanese(page: Page, live_server, live_reference, console):
    mongolia = MemberState.objects.get(code="MN")
    FocalPointFactory(state=mongolia, person__name="Bat-Erdene Dorj")
    china_fp = FocalPointFactory(state=MemberState.objects.get(code="CN"), person__name="Li Wei")
    focal_point_user("MN", username="fp-mongolia")

    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", level=1)).to_have_text("NEASPEC at a glance")
    assert page.context.cookies() == []  # a signed-out page sets none, so caches may keep it

    page.get_by_label("Language").select_option("ja")
    page.get_by_role("button", name="Change").click()
    nav = page.get_by_role("navigation", name="メイン")
    expect(nav.get_by_role("link", name="加盟国")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "ja")
    assert [c["name"] for c in page.context.cookies()] == ["django_language"]

    page.get_by_role("link", name="ログイン").click()
    page.locator("#id_username").fill("fp-mongolia")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="ログイン").click()
    expect(page.get_by_text("fp-mongolia としてログイン中")).to_be_visible()

    nav.get_by_role("link", name="加盟国").click()
    page.get_by_role("link", name="モンゴル国").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("モンゴル国")
    focal_points = page.locator(
        "section", has=page.get_by_role("heading", name="各国フォーカルポイント")
    )
    expect(focal_points.get_by_role("link", name="Bat-Erdene Dorj", exact=True)).to_be_visible()
    expect(focal_points.get_by_role("link", name=re.compile("編集"))).to_be_visible()

    refused_url = f"{live_server.url}/focal-points/{china_fp.pk}/edit/"
    response = page.goto(refused_url)
    assert response is not None
    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("許可されていません")
    assert FocalPoint.objects.get(pk=china_fp.pk).person.name == "Li Wei"

    assert console.csp_violations() == []
    # The only console error allowed is the browser's note about the refused page itself.
    assert [e for e in console.errors if "403" not in e] == []


def test_people_filter_updates_in_place_with_htmx(page: Page, live_server, live_reference, console):
    page.goto(live_server.url + "/people/")
    results = page.locator("#results")
    expect(results).to_contain_text("Mizutani")
    page.get_by_label("Name, position or organization").fill("Cho")
    expect(results).not_to_contain_text("Mizutani")
    expect(results).to_contain_text("Eunjeong Cho")
    expect(page).to_have_url(re.compile(r"q=Cho"))
    assert console.csp_violations() == []
    assert console.errors == []
