"""Every report in every format, for every role of the access model: who may read it gets the
file (and what it starts with shows it is that format)."""

from typing import Any

import pytest
from django.test import Client

from neaspec.reports.catalogue import REPORTS
from tests.reports.conftest import body

pytestmark = pytest.mark.django_db

ROLES = ("public", "secretariat", "focal_point_mn", "focal_point_cn", "committee_member", "partner")
# What each format's file starts with.
MAGIC = {
    "pdf": b"%PDF",
    "docx": b"PK",
    "xlsx": b"PK",
    "html": b"<!DOCTYPE html>",
    "csv": b"\xef\xbb\xbf",  # the byte-order mark
    "json": b"[",
}
PARAMS = {
    "status-of-contributions": {"year": "2018"},
    "decision-follow-up": {"meeting": "SOM-25"},
    "progress-report": {"area": "air", "from": "2022-01-01", "to": "2023-12-31"},
    "participants": {"meeting": "SOM-25"},
    "provisional-agenda": {"meeting": "SOM-25"},
    "annotated-agenda": {"meeting": "SOM-25"},
    "comments": {"consultation": "renewed-commitments-outline"},
    "survey-results": {"survey": "stakeholder-survey-2020"},
    "statements": {"meeting": "SOM-25"},
    "draft-positions": {"meeting": "SOM-25"},
    # The open data files take no parameter (tests/reports/test_datasets.py).
    **{report.key: {} for report in REPORTS.values() if report.is_dataset},
}
# Reports on something addressed to some readers only; to the others it does not exist (400).
READERS = {
    "comments": {"secretariat", "focal_point_mn", "focal_point_cn"},  # the focal points'
    "survey-results": {"secretariat"},  # a stakeholders' survey
}
# Reports behind a permission: the public is sent to sign in, other readers refused (403).
PERMITTED = {
    # Drafts and the positions on them: the Secretariat and the member States' officials.
    "draft-positions": {"secretariat", "focal_point_mn", "focal_point_cn", "committee_member"},
}


def test_every_report_is_covered() -> None:
    assert set(PARAMS) == set(REPORTS)


@pytest.mark.parametrize(
    ("key", "fmt"), [(key, fmt) for key, report in REPORTS.items() for fmt in report.formats]
)
def test_every_report_in_every_format_for_every_role(
    key: str, fmt: str, client_for: Any, users: Any
) -> None:
    # A report for everyone, where each sees what they may, unless it names its readers.
    assert (REPORTS[key].permission == "") == (key not in PERMITTED)
    for role in ROLES:
        client: Client = client_for(role)
        response = client.get(f"/reports/{key}.{fmt}", PARAMS[key])
        if role not in PERMITTED.get(key, ROLES):
            expected = 302 if role == "public" else 403
            assert response.status_code == expected, (role, key, fmt)
            continue
        if role not in READERS.get(key, ROLES):
            assert response.status_code == 400, (role, key, fmt)
            continue
        assert response.status_code == 200, (role, key, fmt)
        assert body(response).lstrip().startswith(MAGIC[fmt]), (role, key, fmt)
