"""The Secretariat sets what an indicator's values are read against on its page: the baseline,
a target (programme-wide or one State's) and a reference line, each with its source; a focal
point cannot; a refused form changes nothing and says why."""

from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse

from neaspec.programme.models import Indicator, IndicatorTarget, IndicatorThreshold

pytestmark = pytest.mark.django_db
PM25 = "pm25-annual-mean"


def _set(client: Any, what: str, **fields: str) -> Any:
    url = reverse("programme:reference_set", args=[PM25, what])
    return client.post(url, {f"{what}-{name}": value for name, value in fields.items()})


def test_the_secretariat_sets_a_baseline_a_target_and_a_national_standard(
    client_for: Any, users: dict[str, Any]
) -> None:
    client = client_for("secretariat")
    page = client.get(reverse("programme:indicator", args=[PM25])).content.decode()
    assert 'id="id_baseline-value"' in page  # three forms on the page, their fields apart
    assert 'id="id_target-value"' in page

    answer = _set(client, "baseline", value="38", year="2020", source="Regional assessment 2021")
    assert answer.status_code == 302
    assert (
        _set(client, "target", year="2030", value="15", source="Plan 2026-2030").status_code == 302
    )
    mongolia = {"state": "MN", "value": "25", "source": "Mongolian standard MNS 4585:2016"}
    answer = _set(client, "threshold", kind="national_standard", issuer="Mongolia", **mongolia)
    assert answer.status_code == 302

    pm25 = Indicator.objects.get(code=PM25)
    assert (pm25.baseline_value, pm25.baseline_year) == (38, 2020)
    assert pm25.history.latest().history_change_reason == "baseline set"
    assert pm25.history.latest().history_user == users["secretariat"]
    target = IndicatorTarget.objects.get(indicator=pm25)
    assert (target.year, target.state, target.value) == (2030, None, 15)
    standard = IndicatorThreshold.objects.get(indicator=pm25, kind="national_standard")
    assert (standard.state.code, standard.value) == ("MN", 25)

    # Setting the same target again changes it: one target a year and State.
    _set(client, "target", year="2030", value="12", source="Plan 2026-2030, revised")
    assert IndicatorTarget.objects.get(indicator=pm25).value == 12

    shown = client_for("public").get(reverse("programme:indicator", args=[PM25])).content.decode()
    baseline = shown.split("Baseline: ")[1].split("</p>")[0]
    assert baseline.startswith("38 μg/m³ (2020) <small>(")
    assert "Regional assessment 2021" in baseline
    assert "Mongolia national standard: 25 μg/m³" in shown
    api = client_for("public").get(f"/api/indicators/{PM25}").json()
    assert api["baseline"] == {"value": "38.000", "year": 2020}
    assert [Decimal(t["value"]) for t in api["targets"]] == [12]
    assert {t["kind"] for t in api["thresholds"]} == {"guideline", "national_standard"}


@pytest.mark.parametrize(
    ("what", "fields", "field", "message"),
    [
        ("baseline", {"value": "38", "source": ""}, "source", "This field is required."),
        (
            "threshold",
            {"kind": "national_standard", "issuer": "A ministry", "value": "25", "source": "X"},
            "state",
            "Name the State whose national standard it is.",
        ),
        ("target", {"year": "1850", "value": "1", "source": "X"}, "year", "greater than or equal"),
    ],
    ids=["no source", "a national standard of no State", "a year out of range"],
)
def test_a_refused_reference_changes_nothing_and_says_why(
    client_for: Any, reference: None, what: str, fields: dict[str, str], field: str, message: str
) -> None:
    before = (IndicatorTarget.objects.count(), IndicatorThreshold.objects.count())
    answer = _set(client_for("secretariat"), what, **fields)
    assert answer.status_code == 422
    html = answer.content.decode()
    assert f'id="id_{what}-{field}"' in html  # the refused form is back in place
    assert message in html
    assert (IndicatorTarget.objects.count(), IndicatorThreshold.objects.count()) == before
    assert Indicator.objects.get(code=PM25).baseline_value is None


def test_a_focal_point_neither_sees_nor_sends_the_forms(client_for: Any, reference: None) -> None:
    client = client_for("focal_point_mn")
    page = client.get(reverse("programme:indicator", args=[PM25])).content.decode()
    assert 'id="references"' not in page
    answer = _set(client, "baseline", value="1", year="2020", source="Mine")
    assert answer.status_code == 403
    assert Indicator.objects.get(code=PM25).baseline_value is None
    url = reverse("programme:reference_set", args=[PM25, "nothing"])
    assert client_for("secretariat").post(url, {}).status_code == 404
