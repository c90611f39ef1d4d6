"""Every API list answers one page: {"items", "count", "next"}, `?limit=` at most 200."""

from typing import Any

import pytest

from neaspec.decisions.models import Decision

LISTS = [
    "/api/states",
    "/api/bodies",
    "/api/meetings",
    "/api/decisions",
    "/api/followups?status=all",
    "/api/contributions",
    "/api/documents",
    "/api/documents/search?q=tumen",
    "/api/projects",
    "/api/sites",
    "/api/sites/gochang-wetland/sheets",
    "/api/cities",
    "/api/peer-reviews",
    "/api/species",
    "/api/funds",
    "/api/areas",
    "/api/plans",
    "/api/activity-plans",
    "/api/indicators",
    "/api/indicators/threatened-species/values",
]


@pytest.mark.parametrize("url", LISTS)
def test_every_list_answers_a_page(client_for: Any, url: str) -> None:
    body = client_for("public").get(url).json()
    assert set(body) == {"items", "count", "next"}
    assert len(body["items"]) <= 50
    assert body["count"] >= len(body["items"])


def test_pages_follow_each_other_to_the_end(client_for: Any) -> None:
    client = client_for("public")
    total = Decision.objects.filter(meeting__key="som-25").count()
    assert total > 5
    seen, url = [], "/api/decisions?meeting=SOM-25&limit=5"
    while url:
        body = client.get(url).json()
        assert body["count"] == total
        seen += [d["id"] for d in body["items"]]
        url = body["next"]
    assert len(seen) == len(set(seen)) == total
    first = client.get("/api/decisions?meeting=SOM-25&limit=5").json()["next"]
    assert "meeting=SOM-25" in first
    assert "offset=5" in first


@pytest.mark.parametrize("query", ["limit=201", "limit=0", "offset=-1", "offset=99999999999"])
def test_a_page_beyond_the_bounds_is_refused(client_for: Any, query: str) -> None:
    answer = client_for("public").get(f"/api/decisions?{query}")
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "invalid"


@pytest.mark.parametrize("extra", [0, 60])
def test_a_page_costs_the_same_queries_however_many_rows(
    client_for: Any, django_assert_max_num_queries: Any, extra: int
) -> None:
    from tests.factories import draft_decision

    for n in range(extra):
        draft_decision(f"Draft {n}", paragraph=f"9{n}")
    client = client_for("secretariat")  # who sees the drafts
    with django_assert_max_num_queries(10):
        body = client.get("/api/decisions?limit=200").json()
    assert len(body["items"]) == min(200, body["count"])
    assert sum("Draft" in d["summary"] for d in body["items"]) == min(extra, 200)
