"""Every URL pattern and API operation of the app is described in a module of tests/access.

A URL pattern or API operation that no module describes fails `test_matrix_covers_every_url`,
so a new view cannot ship without deciding who may use it.
"""

from tests.access.probes import api_operation_url_names, api_operations, url_names


def test_matrix_covers_every_url() -> None:
    # Imported here: the gathering imports every module of the matrix, this one too.
    from tests.access.matrix import API, API_TWICE, PAGES, PAGES_TWICE

    app_urls = {n for n in url_names() if not n.startswith("admin:")} - api_operation_url_names()
    assert app_urls - set(PAGES) == set(), "add these views to the access matrix"
    assert set(PAGES) - app_urls == set(), "the matrix names views that no longer exist"
    assert set(api_operations()) == set(API), "every API operation must be in the matrix"
    assert set() == PAGES_TWICE | API_TWICE, "described in two modules: keep one"
