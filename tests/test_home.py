from django.urls import reverse


def test_home_shows_the_programme_at_a_glance(client_for, reference):
    html = client_for("public").get(reverse("home")).content.decode()
    for state in [
        "China",
        "Democratic People&#x27;s Republic of Korea",
        "Japan",
        "Mongolia",
        "Republic of Korea",
        "Russian Federation",
    ]:
        assert state in html
    for area in ["Air Pollution", "Marine Protected Areas", "Low Carbon Cities"]:
        assert area in html
    for platform in ["NEACAP", "NEAMPAN", "NEA-LCCP"]:
        assert platform in html
    assert "Strategic Plan 2021-2025" in html


def test_home_has_landmarks_and_no_inline_script(client_for, reference):
    response = client_for("public").get(reverse("home"))
    html = response.content.decode()
    assert '<main id="main"' in html
    assert "<nav aria-label=" in html
    assert 'href="#main"' in html
    assert "<script>" not in html
    assert "onclick=" not in html
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp


def test_home_query_count_is_bounded(client_for, reference, django_assert_max_num_queries):
    client = client_for("focal_point_mn")
    with django_assert_max_num_queries(8):
        assert client.get(reverse("home")).status_code == 200
