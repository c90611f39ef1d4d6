"""Projects: the seeded facts, the IATI export checked against the IATI 2.03 schema, and the
pages and API that show them."""

import datetime
from typing import Any

import pytest
from django.urls import reverse
from lxml import etree

from neaspec.directory.models import MemberState
from neaspec.projects import iati
from neaspec.projects.models import Participation, Project, ProjectBudget

pytestmark = pytest.mark.django_db


def test_seeded_projects_carry_their_delay_components_and_decisions(reference: None) -> None:
    mpa = Project.objects.get(key="mpa-knowledge-sharing")
    delay = mpa.delays.get()
    assert delay.reported_at.key == "som-22"
    assert "late nominations" in delay.reason
    assert mpa.funding_state.code == "RU"
    assert [d.citation for d in mpa.decisions.order_by("sentence")] == [
        "SOM-22, para. 5.1",
        "SOM-22, para. 5.2",
    ]
    sti = Project.objects.get(key="sti-low-carbon-cities")
    assert sti.components.count() == 4
    assert sti.objective.plan_area.area.code == "lcc"


def _complete(project: Project) -> Project:
    project.status, project.actual_start = "2", datetime.date(2021, 3, 1)
    project.save()
    Participation.objects.get_or_create(
        project=project,
        role="1",
        state=MemberState.objects.get(code="KR"),
        defaults={"source": "t"},
    )
    ProjectBudget.objects.create(project=project, year=2022, amount=120000, source="t")
    return project


def test_a_complete_project_exports_iati_xml_that_the_schema_accepts(reference: None) -> None:
    project = _complete(Project.objects.get(key="sti-low-carbon-cities"))
    document = iati.activities_xml(
        [Project.objects.prefetch_related("participants", "budgets").get(pk=project.pk)]
    )
    assert iati.schema_errors(document) == []
    root = etree.fromstring(document)
    assert root.get("version") == "2.03"
    assert root.findtext("iati-activity/title/narrative").startswith("Leveraging Science")
    assert root.find("iati-activity/budget/value").text == "120000.00"


def test_the_schema_check_finds_what_is_wrong(reference: None) -> None:
    project = _complete(Project.objects.get(key="big-cats"))
    document = etree.fromstring(iati.activities_xml([project]))
    activity = document.find("iati-activity")
    activity.remove(activity.find("activity-status"))
    assert iati.schema_errors(etree.tostring(document)) != []


def test_a_project_without_what_iati_needs_is_refused_with_the_list(
    client_for: Any, reference: None
) -> None:
    response = client_for("public").get(reverse("projects:iati", args=["dauria-ipa"]))
    assert response.status_code == 422
    page = response.content.decode()
    assert "a status" in page
    assert "start or end date" in page
    api = client_for("public").get("/api/projects/dauria-ipa/iati.xml")
    assert api.status_code == 422
    assert "IATI needs" in api.json()["error"]["message"]


def test_the_iati_download_after_the_secretariat_completes_the_project(
    client_for: Any, reference: None
) -> None:
    _complete(Project.objects.get(key="big-cats"))
    response = client_for("public").get(reverse("projects:iati", args=["big-cats"]))
    assert response.status_code == 200
    assert iati.schema_errors(response.content) == []


def test_project_pages(
    client_for: Any, reference: None, django_assert_max_num_queries: Any
) -> None:
    client = client_for("public")
    listing = client.get(reverse("projects:list"), {"area": "biodiversity"}).content.decode()
    assert "Dauria International Protected Area" in listing
    assert "Leveraging Science" not in listing
    with django_assert_max_num_queries(12):
        page = client.get(
            reverse("projects:detail", args=["mpa-knowledge-sharing"])
        ).content.decode()
    assert "Institutional reform in China" in page
    assert "SOM-22, para. 5.1" in page


def test_project_api(client_for: Any, reference: None) -> None:
    client = client_for("public")
    assert {p["key"] for p in client.get("/api/projects?state=RU").json()["items"]} == {
        "mpa-knowledge-sharing"
    }
    detail = client.get("/api/projects/sti-low-carbon-cities").json()
    assert detail["objective"] == "2021-2025/lcc/1"
    assert len(detail["components"]) == 4
    officer = client_for("secretariat")
    created = officer.post(
        "/api/projects/big-cats/delays",
        {"what": "Camera traps", "reason": "Late customs clearance", "reported_at": "som-25"},
        content_type="application/json",
    )
    assert created.status_code == 201
    assert client.get("/api/projects/big-cats").json()["delays"][0]["reported_at"] == "som-25"
