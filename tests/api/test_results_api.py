"""The results framework over the API: the whole tree with progress, values through their
approval cycle, activity status, and bad input refused with a clear message."""

from typing import Any

import pytest

JSON = "application/json"
VALUE = {"state": "MN", "first_year": 2023, "value": "41.5", "source": "National report 2024"}


def test_framework_has_every_area_with_objectives_activity_plans_and_progress(
    client_for: Any, reference: None
) -> None:
    framework = client_for("public").get("/api/plans/2021-2025/framework").json()
    assert framework["adopted_at"] == "som-24"
    areas = {a["area"]: a for a in framework["areas"]}
    assert {"air", "biodiversity", "mpa", "lcc", "dld"} <= set(areas)
    biodiversity = areas["biodiversity"]
    assert biodiversity["objectives"][0]["activities"]
    assert {"goal": 6, "target": "6.6"} in biodiversity["sdgs"]
    plan = biodiversity["activity_plans"][0]
    assert plan["approved_by"] == "SOM-25, para. 6.2"
    workshop = plan["activities"][0]
    assert (workshop["code"], workshop["timing"], workshop["lead_state"]) == (
        "B.2",
        "Q4 2023",
        "KR",
    )
    assert workshop["revisions"][0]["before"] == "Q2–Q3 2023"
    # Nothing reported yet: no percentage, and the workshop counted as missing.
    assert biodiversity["objectives"][0]["progress"] == {
        "percent": None,
        "reported": 0,
        "missing": 1,
    }
    assert areas["air"]["objectives"][0]["platform"] == "neacap"


def test_draft_framework_is_for_insiders_only(client_for: Any, reference: None) -> None:
    assert client_for("public").get("/api/plans/2026-2030/framework").status_code == 404
    assert client_for("focal_point_mn").get("/api/plans/2026-2030/framework").status_code == 200


def test_value_cycle_through_the_api(client_for: Any, reference: None) -> None:
    focal_point, officer = client_for("focal_point_mn"), client_for("secretariat")
    created = focal_point.post("/api/indicators/pm25-annual-mean/values", VALUE, content_type=JSON)
    assert created.status_code == 201
    value = created.json()
    assert (value["status"], value["value"]) == ("submitted", "41.5")
    public = (
        client_for("public").get("/api/indicators/pm25-annual-mean/values?state=MN").json()["items"]
    )
    assert value["id"] not in {v["id"] for v in public}

    review = f"/api/indicator-values/{value['id']}/review"
    refused = officer.post(review, {"action": "return"}, content_type=JSON)
    assert refused.status_code == 422
    assert "Say why" in refused.json()["error"]["message"] + str(refused.json()["error"]["fields"])
    returned = officer.post(
        review, {"action": "return", "reason": "Which station?"}, content_type=JSON
    )
    assert returned.json()["return_reason"] == "Which station?"
    focal_point.post("/api/indicators/pm25-annual-mean/values", VALUE, content_type=JSON)
    approved = officer.post(review, {"action": "approve"}, content_type=JSON).json()
    assert (approved["status"], approved["approved_by"]) == ("approved", "secretariat-officer")
    public = (
        client_for("public").get("/api/indicators/pm25-annual-mean/values?state=MN").json()["items"]
    )
    assert value["id"] in {v["id"] for v in public}


@pytest.mark.parametrize(
    "body",
    [
        {**VALUE, "note": "bad\x00byte"},
        {**VALUE, "last_year": 2020},
        {**VALUE, "value": "NaN"},
        {**VALUE, "source": ""},
        {**VALUE, "first_year": 20230},
    ],
)
def test_bad_values_are_refused_and_change_nothing(
    client_for: Any, reference: None, body: dict
) -> None:
    response = client_for("secretariat").post(
        "/api/indicators/pm25-annual-mean/values", body, content_type=JSON
    )
    assert response.status_code == 422
    assert response.json()["error"]["message"]
    values = (
        client_for("secretariat")
        .get("/api/indicators/pm25-annual-mean/values?state=MN")
        .json()["items"]
    )
    assert all(v["first_year"] != 2023 for v in values)


def test_activity_status_through_the_api(client_for: Any, reference: None) -> None:
    plans = client_for("public").get("/api/activity-plans?area=biodiversity").json()["items"]
    workshop = plans[0]["activities"][0]
    url = f"/api/activities/{workshop['id']}/status"
    officer = client_for("secretariat")
    assert officer.post(url, {"status": "delayed"}, content_type=JSON).status_code == 422
    done = officer.post(url, {"status": "done"}, content_type=JSON).json()
    assert (done["status"], done["progress"]) == ("done", 100)
    framework = client_for("public").get("/api/plans/2021-2025/framework").json()
    biodiversity = next(a for a in framework["areas"] if a["area"] == "biodiversity")
    assert biodiversity["progress"]["percent"] == "100.0"
