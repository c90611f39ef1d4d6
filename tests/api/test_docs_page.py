"""The API's documentation page: a way back to the Hub, and words while Swagger UI loads."""

from typing import Any


def test_the_api_documentation_has_a_way_back_and_says_it_is_loading(
    client_for: Any, reference: None
) -> None:
    page = client_for("public").get("/api/docs")
    html = page.content.decode()
    assert page.status_code == 200
    assert '<a class="brand" href="/">NEASPEC Hub</a>' in html
    assert 'href="/api/openapi.json"' in html
    assert "documentation is loading" in html  # replaced by Swagger UI once it has loaded
    assert "script-src 'self'" in page["Content-Security-Policy"]
