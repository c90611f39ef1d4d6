"""Reference lines: the WHO air quality guideline for PM2.5 is named with its value and source
on the indicator's page and its area's, given in the API with the baseline and targets, and
kept when the reference data is loaded again after a user changed it."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from neaspec.data.loader import load
from neaspec.directory.models import MemberState
from neaspec.programme.models import Indicator, IndicatorTarget, IndicatorThreshold

pytestmark = pytest.mark.django_db
WHO = "https://www.who.int/publications/i/item/9789240034228"


def _section(html: str, code: str) -> str:
    return html.split(f'id="indicator-{code}"')[1].split("</section>")[0]


@pytest.mark.parametrize("url", ["/indicators/pm25-annual-mean/", "/areas/air/"])
def test_the_pm25_chart_names_the_who_guideline_with_its_value_and_source(client_for, url):
    html = client_for("public").get(url).content.decode()
    section = _section(html, "pm25-annual-mean")
    line = '<span data-threshold="5.000" data-threshold-label="WHO guideline (2021)">'
    assert line + "WHO guideline (2021): 5 μg/m³</span>" in section
    assert WHO in section  # the public source, cited beside it
    assert section.index("data-chart=") < section.index("data-threshold=")  # with its chart
    if url.startswith("/areas/"):  # the other air indicators have no reference line
        assert "data-threshold" not in _section(html, "pm25-reduction")


def test_a_national_standard_is_named_by_its_state_in_the_readers_language(reference):
    standard = IndicatorThreshold(
        indicator=Indicator.objects.get(code="pm25-annual-mean"),
        kind=IndicatorThreshold.Kind.NATIONAL_STANDARD,
        issuer="Ministry",
        state=MemberState.objects.get(code="MN"),
        value=Decimal(25),
        source="A national standard",
    )
    assert standard.label == "Mongolia national standard"
    with translation.override("ru"):
        assert standard.label == "Монголия: национальный стандарт"


def test_the_api_gives_baseline_targets_and_thresholds(client_for, reference):
    pm25 = Indicator.objects.get(code="pm25-annual-mean")
    IndicatorTarget.objects.create(
        indicator=pm25, year=2030, value=Decimal(15), source="A plan under test"
    )
    answer = client_for("public").get("/api/indicators/pm25-annual-mean")
    assert answer.status_code == 200
    body = answer.json()
    assert body["code"] == "pm25-annual-mean"
    assert body["baseline"] is None  # none is in the sources: said, not shown as 0
    assert [(t["year"], t["state"], Decimal(t["value"])) for t in body["targets"]] == [
        (2030, None, 15)
    ]
    (who,) = body["thresholds"]
    assert (who["kind"], who["issuer"], who["year"], who["state"]) == (
        "guideline",
        "WHO",
        2021,
        None,
    )
    assert (Decimal(who["value"]), who["label"], who["source"]) == (5, "WHO guideline (2021)", WHO)
    assert client_for("public").get("/api/indicators/no-such-thing").status_code == 404


def test_seeding_again_keeps_a_threshold_a_user_changed(reference, django_db_blocker):
    who = IndicatorThreshold.objects.get(indicator__code="pm25-annual-mean", issuer="WHO")
    who.value = Decimal("5.5")
    who.save()
    load()
    who.refresh_from_db()
    assert who.value == Decimal("5.5")
    assert IndicatorThreshold.objects.filter(indicator__code="pm25-annual-mean").count() == 1


def test_the_area_page_reads_thresholds_in_one_query(client_for, reference):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client_for("public").get(reverse("programme:area", args=["air"])).status_code == 200
    read = [
        q["sql"] for q in captured.captured_queries if "programme_indicatorthreshold" in q["sql"]
    ]
    assert len(read) == 1
