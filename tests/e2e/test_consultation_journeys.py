"""A consultation and a survey in a real browser: the Secretariat opens a consultation on a
two-paragraph draft; Mongolia's and Japan's focal points comment (Japan cannot comment as
Mongolia); the Secretariat answers both and publishes version 2; the comparison shows the
change; the compilation in Word lists both comments with their responses; a public survey's
link takes an answer and the results chart counts it."""

import datetime
import io
from urllib.parse import urlsplit

import docx
from django.utils import timezone
from playwright.sync_api import Page, expect

from neaspec.consultations.models import Comment
from tests.e2e.conftest import Console
from tests.e2e.pages import field, sign_in
from tests.factories import focal_point_user, secretariat

TEXT = (
    "The review covers the Strategic Plan 2021-2025 and its five programme areas.\n\n"
    "An external evaluator presents the findings to SOM-30."
)


def test_a_consultation_from_draft_to_compilation_and_a_public_survey(
    page: Page, browser, live_server, live_reference, console
):
    secretariat("officer")
    focal_point_user("MN", "fp-mongolia")
    focal_point_user("JP", "fp-japan")
    base = live_server.url
    today = timezone.localdate()

    sign_in(page, base, "officer")
    page.goto(base + "/consultations/")
    page.get_by_role("link", name="Open a consultation").click()
    field(page, "Title").fill("Terms of reference of the mid-term review")
    field(page, "What is consulted").select_option(label="Terms of reference")
    field(page, "Text").fill(TEXT)
    field(page, "Who is consulted").select_option(
        label="The national focal points of all member States"
    )
    field(page, "Opens on").fill(today.isoformat())
    field(page, "Comments due by").fill((today + datetime.timedelta(days=30)).isoformat())
    page.get_by_role("button", name="Open the consultation").click()
    expect(
        page.get_by_role("heading", name="Terms of reference of the mid-term review")
    ).to_be_visible()
    expect(page.locator("ol.consultation-text > li")).to_have_count(2)
    url = page.url

    def comment_as(
        username: str, paragraph: str, text: str, proposed: str = ""
    ) -> tuple[Page, Console]:
        other = browser.new_context().new_page()
        watched = Console(other)
        sign_in(other, base, username)
        other.goto(url)
        field(other, "On").select_option(label=paragraph)
        field(other, "Comment").fill(text)
        if proposed:
            field(other, "Proposed wording").fill(proposed)
        other.get_by_role("button", name="Send the comment").click()
        expect(other.get_by_text("Your comment is recorded.")).to_be_visible()
        return other, watched

    _, mongolia_console = comment_as(
        "fp-mongolia",
        "Paragraph 1",
        "Include the lessons of 2016-2020.",
        "The review covers the Strategic Plans 2016-2020 and 2021-2025.",
    )
    japan, japan_console = comment_as(
        "fp-japan", "Paragraph 2", "The findings should reach SOM-29."
    )
    # Japan's form speaks for Japan only; a tampered form naming Mongolia is refused.
    japan.locator("input[name=state]").evaluate("el => el.value = 'MN'")
    field(japan, "Comment").fill("Posing as Mongolia.")
    japan.get_by_role("button", name="Send the comment").click()
    expect(japan.locator(".errors")).to_be_visible()
    assert not Comment.objects.filter(text="Posing as Mongolia.").exists()
    expect(japan.locator("main")).to_contain_text("Include the lessons of 2016-2020.")  # open

    page.reload()
    for comment, outcome, reason in (
        ("Mongolia", "Partly taken", "The evaluation of 2016-2020 is summarized, not repeated."),
        ("Japan", "Taken", "The findings go to SOM-29."),
    ):
        item = page.locator("li.comment", has_text=comment)
        item.get_by_label("Response").select_option(label=outcome)
        item.get_by_label("Reason").fill(reason)
        item.get_by_role("button", name="Respond").click()
        expect(page.get_by_text("The response is recorded.")).to_be_visible()
    expect(page.locator("p.response")).to_have_count(2)

    page.get_by_role("link", name="Publish a revised version").click()
    field(page, "Revised text").fill(TEXT.replace("SOM-30", "SOM-29"))
    field(page, "What changed").fill("Paragraph 2 as Japan proposed.")
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("Version 2 is published.")).to_be_visible()
    expect(page.locator("del")).to_have_text("SOM-30.")
    expect(page.locator("ins")).to_have_text("SOM-29.")
    expect(page.get_by_text("1 paragraph changed.")).to_be_visible()

    consultation = urlsplit(url).path.strip("/").split("/")[-1]
    compiled = page.request.get(f"{base}/reports/comments.docx?consultation={consultation}")
    assert compiled.ok
    rows = [
        [c.text for c in r.cells]
        for t in docx.Document(io.BytesIO(compiled.body())).tables
        for r in t.rows
    ]
    assert [
        "1",
        "Mongolia",
        "Include the lessons of 2016-2020.",
        "The review covers the Strategic Plans 2016-2020 and 2021-2025.",
        "Partly taken. The evaluation of 2016-2020 is summarized, not repeated.",
    ] in rows
    assert [
        "2",
        "Japan",
        "The findings should reach SOM-29.",
        "—",
        "Taken. The findings go to SOM-29.",
    ] in rows

    page.goto(base + "/consultations/")
    page.get_by_role("link", name="Write a survey").click()
    field(page, "Title").fill("What should NEASPEC do next?")
    field(page, "Who answers").select_option(label="The public, through a link")
    field(page, "Questions").fill(
        "single*: Which area matters most to you? | Air pollution | Marine protected areas"
    )
    page.get_by_role("button", name="Create the survey").click()
    expect(
        page.get_by_role("heading", name="Results: What should NEASPEC do next?")
    ).to_be_visible()
    link = urlsplit(page.locator("main code").first.inner_text())

    visitor = browser.new_context().new_page()
    visitor_console = Console(visitor)
    visitor.goto(f"{base}{link.path}?{link.query}")
    visitor.get_by_label("Air pollution").check()
    visitor.get_by_role("button", name="Send the answers").click()
    expect(visitor.get_by_text("Thank you: your answers are recorded.")).to_be_visible()

    page.reload()
    expect(page.get_by_text("1 response", exact=True)).to_be_visible()
    expect(page.locator('tr[data-label="Air pollution"]')).to_have_attribute("data-value", "1")
    page.wait_for_function("() => window.Chart && Chart.getChart(document.querySelector('canvas'))")
    drawn = page.evaluate("Chart.getChart(document.querySelector('canvas')).data.datasets[0].data")
    assert drawn == [1, 0]
    # Answers are counted in whole numbers: no tick at half an answer.
    ticks = page.evaluate(
        "Chart.getChart(document.querySelector('canvas')).scales.y.ticks.map(t => t.value)"
    )
    assert ticks
    assert all(float(t).is_integer() for t in ticks), ticks
    for watched in (console, mongolia_console, japan_console, visitor_console):
        assert watched.csp_violations() == []
    # The one error is the browser noting the refused (422) form Japan tampered with.
    assert [e for e in japan_console.errors if "422" not in e] == []
    assert len(japan_console.errors) == 1
    for watched in (console, mongolia_console, visitor_console):
        assert watched.errors == []


def test_the_consultation_page_on_a_phone(
    page: Page, live_server, live_reference, console, tmp_path
):
    focal_point_user("MN", "fp-mongolia")
    sign_in(page, live_server.url, "fp-mongolia")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/consultations/renewed-commitments-outline/")
    expect(
        page.get_by_role(
            "heading",
            name="Provisional Outline of the Statement/Declaration on Renewed Commitments to "
            "NEASPEC",
        )
    ).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways ({width} px)"
    page.screenshot(path=str(tmp_path / "consultation-390.png"), full_page=True)
    assert console.errors == []
