"""Funds and contributions over the API: filters, the status at a date, the Secretariat's
writes and the State's confirmation; bad input refused and changing nothing."""

from typing import Any

import pytest

JSON = "application/json"


def test_contributions_filter_by_state_fund_year_and_status(
    client_for: Any, reference: None
) -> None:
    client = client_for("public")
    korea = client.get(
        "/api/contributions?state=KR&fund=core-fund&year=2018&status=pledged"
    ).json()["items"]
    assert [(c["state"], c["amount"], c["source"]) for c in korea] == [
        ("KR", "100000.00", "001_fc472411a970370f.txt §9, §39")
    ]
    assert client.get("/api/contributions?status=received").json()["items"] == []


def test_receipt_through_the_api_moves_the_fund_status(client_for: Any, reference: None) -> None:
    officer = client_for("secretariat")
    china = client_for("public").get("/api/contributions?state=CN&year=2018").json()["items"][0]
    receipt = officer.post(
        f"/api/contributions/{china['id']}/receipt",
        {"received_on": "2018-12-03", "received_amount": "50000"},
        content_type=JSON,
    )
    assert receipt.status_code == 201
    assert receipt.json()["outstanding"] == "0.00"
    before = client_for("public").get("/api/funds/core-fund/status?date=2018-12-02").json()
    after = client_for("public").get("/api/funds/core-fund/status?date=2018-12-31").json()
    assert before["balance"] == "0.00"
    assert after["balance"] == "50000.00"
    assert after["years"] == [
        {
            "year": 2018,
            "opening": "0.00",
            "received": "50000.00",
            "spent": "0.00",
            "closing": "50000.00",
        }
    ]


@pytest.mark.parametrize(
    "body",
    [
        {"state": "ZZ", "fund": "core-fund", "year": 2026, "amount": "1", "source": "x"},
        {"state": "MN", "fund": "core-fund", "year": 2026, "amount": "-1", "source": "x"},
        {"state": "MN", "fund": "core-fund", "year": 2026, "currency": "XYZ", "source": "x"},
        {"state": "MN", "fund": "core-fund", "year": 2026, "note": "a\x00b", "source": "x"},
        {"state": "MN", "year": 2026, "kind": "cash", "amount": "5", "source": "x"},
    ],
)
def test_bad_contributions_are_refused(client_for: Any, reference: None, body: dict) -> None:
    response = client_for("secretariat").post("/api/contributions", body, content_type=JSON)
    assert response.status_code in (404, 422)
    assert response.json()["error"]["message"]
    assert client_for("secretariat").get("/api/contributions?year=2026").json()["items"] == []


def test_a_focal_point_confirms_only_their_own_state(client_for: Any, reference: None) -> None:
    china = client_for("public").get("/api/contributions?state=CN").json()["items"][0]
    url = f"/api/contributions/{china['id']}/confirmation"
    assert client_for("focal_point_mn").post(url).status_code == 403
    confirmed = client_for("focal_point_cn").post(url)
    assert confirmed.status_code == 201
    assert confirmed.json()["confirmed"] is True
