"""Consultations on drafts and surveys for every role: comments come from the States
consulted, each for itself; the Secretariat answers them."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from tests.access.probes import (
    LOGIN,
    ORGANIZER_API,
    ROLES,
    SECRETARIAT_WRITES,
    Probe,
    check_api,
    check_page,
    everyone,
    only,
)


def _matrix_consultation() -> Any:
    """A consultation of the focal points open today on a two-paragraph draft."""
    from django.utils import timezone

    from neaspec.accounts.models import User
    from neaspec.consultations import services as consultations
    from neaspec.consultations.models import Consultation

    found = Consultation.objects.filter(key="matrix-draft").first()
    if found is None:
        found = consultations.consultation_open(
            actor=User.objects.get(username="secretariat-officer"),
            title="Matrix draft",
            paragraphs=["First paragraph.", "Second paragraph."],
            opens=timezone.localdate(),
            closes=None,
            audience="focal_points",
        )
    return found


def _consultation(api: bool = False) -> dict[str, Any]:
    found = _matrix_consultation()
    return {"consultation_id": found.pk} if api else {"key": found.key}


def _comment() -> dict[str, Any]:
    """A Mongolian comment not yet answered."""
    from neaspec.accounts.models import User
    from neaspec.consultations import services as consultations

    comment = consultations.comment_add(
        actor=User.objects.get(username="fp-mn"),
        consultation=_matrix_consultation(),
        paragraph=1,
        text="A comment to answer.",
    )
    return {"pk": comment.pk}


def _public_survey() -> Any:
    from neaspec.accounts.models import User
    from neaspec.consultations.models import Survey
    from neaspec.consultations.surveys import survey_create

    found = Survey.objects.filter(key="matrix-survey").first()
    if found is None:
        found = survey_create(
            actor=User.objects.get(username="secretariat-officer"),
            title="Matrix survey",
            audience="public",
            questions=[{"text": "Useful?", "kind": "single", "choices": ["Yes", "No"]}],
        )
    return found


COMMENT_API = {
    "public": 401,
    "secretariat": 201,
    "focal_point_mn": 201,
    "focal_point_cn": 403,  # China's focal point cannot comment as Mongolia
    "committee_member": 404,  # not addressed to them
    "partner": 404,
    "translator_ja": 404,
}
ADDRESSED = {
    **dict.fromkeys(ROLES, 404),
    "secretariat": 200,
    "focal_point_mn": 200,
    "focal_point_cn": 200,
}


PAGES: dict[str, list[Probe]] = {
    # The Atom feed of the public record: the same for everyone.
    "consultations:feed": [Probe(everyone())],
    "consultations:list": [Probe(everyone())],
    "consultations:create": [Probe(only("secretariat"))],
    "consultations:detail": [
        Probe(ADDRESSED, lambda: {"key": "renewed-commitments-outline"}),
        Probe(ADDRESSED, _consultation, label="open"),
    ],
    "consultations:comment": [
        Probe(
            {
                **ADDRESSED,
                "public": LOGIN,
                "secretariat": 422,
                "focal_point_mn": 302,
                "focal_point_cn": 302,
            },
            _consultation,
            method="post",
            data={"paragraph": "1", "text": "A comment."},
        )
    ],
    "consultations:version_new": [Probe(only("secretariat"), _consultation)],
    "consultations:compare": [Probe(ADDRESSED, _consultation)],
    "consultations:remind": [Probe(SECRETARIAT_WRITES, _consultation, method="post")],
    "consultations:respond": [
        Probe(SECRETARIAT_WRITES, _comment, method="post", data={"outcome": "taken"})
    ],
    "consultations:survey_create": [Probe(only("secretariat"))],
    "consultations:survey": [
        Probe(everyone(), lambda: {"key": _public_survey().key}),
        Probe(
            {**dict.fromkeys(ROLES, 404), "secretariat": 200},
            lambda: {"key": "stakeholder-survey-2020"},
            label="stakeholders",
        ),
    ],
    "consultations:survey_results": [Probe(everyone(), lambda: {"key": _public_survey().key})],
    "consultations:survey_invite": [
        Probe(SECRETARIAT_WRITES, lambda: {"key": _public_survey().key}, method="post")
    ],
    "consultations:survey_export": [
        Probe(only("secretariat"), lambda: {"key": _public_survey().key})
    ],
}

# API operations, by path and method as the OpenAPI schema names them.
API: dict[tuple[str, str], list[Probe]] = {
    ("/api/consultations", "get"): [Probe(everyone())],
    ("/api/consultations", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 201},
            data={
                "title": "A draft",
                "paragraphs": ["One.", "Two."],
                "opens": "2026-12-01",
                "closes": "2026-12-31",
                "audience": "focal_points",
                "open": True,
            },
        )
    ],
    ("/api/consultations/{consultation_id}", "get"): [
        Probe(ADDRESSED, lambda: _consultation(api=True))
    ],
    ("/api/consultations/{consultation_id}/versions", "post"): [
        Probe(
            {
                **ADDRESSED,
                "public": 401,
                "secretariat": 201,
                "focal_point_mn": 403,
                "focal_point_cn": 403,
            },
            lambda: _consultation(api=True),
            method="post",
            data={"paragraphs": ["Revised."]},
        )
    ],
    ("/api/consultations/{consultation_id}/comments", "get"): [
        Probe(ADDRESSED, lambda: _consultation(api=True))
    ],
    ("/api/consultations/{consultation_id}/comments", "post"): [
        Probe(
            COMMENT_API,
            lambda: _consultation(api=True),
            method="post",
            data={"state": "MN", "paragraph": 1, "text": "A comment."},
        )
    ],
    ("/api/comments/{comment_id}/response", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 201},
            lambda: {"comment_id": _comment()["pk"]},
            method="post",
            data={"outcome": "taken"},
        )
    ],
    ("/api/surveys", "get"): [Probe(everyone())],
    ("/api/surveys", "post"): [
        Probe(
            {**ORGANIZER_API, "secretariat": 201},
            data={
                "title": "A survey",
                "audience": "public",
                "questions": [{"text": "Q?", "kind": "single", "choices": ["A", "B"]}],
            },
        )
    ],
    # A public survey is answered through its link (?token=, tests/consultations); without
    # it only the Secretariat records an answer.
    ("/api/surveys/{survey_id}/responses", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            lambda: {"survey_id": _public_survey().pk},
            method="post",
            data={"answers": [{"question": 1, "value": "Yes"}]},
        )
    ],
    ("/api/surveys/{survey_id}/results", "get"): [
        Probe(everyone(), lambda: {"survey_id": _public_survey().pk})
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_api(path, method, API[(path, method)], client_for)
