def test_states_lists_the_six_members(client_for, reference):
    body = client_for("public").get("/api/states").json()["items"]
    assert {s["code"] for s in body} == {"CN", "KP", "JP", "MN", "KR", "RU"}
    mongolia = next(s for s in body if s["code"] == "MN")
    assert mongolia["names"]["mn"] == "Монгол Улс"
    assert mongolia["coastal"] is False


def test_bodies_include_the_committees(client_for, reference):
    body = client_for("public").get("/api/bodies").json()["items"]
    by_key = {b["key"]: b for b in body}
    assert by_key["neacap-spc"]["name"] == "NEACAP Science and Policy Committee"
    assert by_key["neacap-spc"]["parent"] == "neacap"
    assert by_key["neampan-sc"]["name"] == "NEAMPAN Steering Committee"


def test_state_detail_gives_contacts_only_to_the_state_and_secretariat(
    client_for, mongolia_focal_point
):
    public = client_for("public").get("/api/states/mn").json()
    assert public["focal_points"][0]["name"] == "Bat-Erdene Dorj"
    assert public["focal_points"][0]["email"] is None
    # Partners see names and roles only (tests/directory/test_contact_privacy.py).
    assert client_for("partner").get("/api/states/MN").json()["focal_points"][0]["email"] is None
    inside = client_for("focal_point_mn").get("/api/states/MN").json()
    assert inside["focal_points"][0]["email"] == mongolia_focal_point.person.email


def test_plans_hide_drafts_from_the_public(client_for, reference):
    public = {p["code"] for p in client_for("public").get("/api/plans").json()["items"]}
    insider = {p["code"] for p in client_for("focal_point_mn").get("/api/plans").json()["items"]}
    assert public == {"2016-2020", "2021-2025"}
    assert insider == public | {"2026-2030"}


def test_areas_name_their_platforms(client_for, reference):
    areas = {a["code"]: a for a in client_for("public").get("/api/areas").json()["items"]}
    assert areas["air"]["platform"] == "neacap"
    assert areas["dld"]["platform"] is None


def test_errors_share_one_shape(client_for, reference):
    client = client_for("public")
    for url in ["/api/states/XX", "/api/no-such-thing", "/api/states/%2F"]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert response["Content-Type"].startswith("application/json"), url
        error = response.json()["error"]
        assert error["status"] == 404
        assert error["code"] == "not_found"
        assert error["message"]
