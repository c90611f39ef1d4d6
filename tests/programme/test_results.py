"""The results framework: the reference data, the approval cycle of indicator values, activity
status and revisions, progress roll-up, import and export, and what the pages show."""

import io
import json
from decimal import Decimal
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from neaspec.directory.models import MemberState
from neaspec.programme import selectors, services
from neaspec.programme.models import (
    ActivityPlan,
    Indicator,
    IndicatorValue,
    Objective,
    PlannedActivity,
)
from neaspec.programme.progress import Child, activities_progress, rollup
from tests.factories import import_problems, run_import

pytestmark = pytest.mark.django_db

Status = PlannedActivity.Status


def _workshop() -> PlannedActivity:
    return PlannedActivity.objects.get(
        code="B.2", activity_plan__plan_area__area__code="biodiversity"
    )


# --- reference data ---------------------------------------------------------------------------


def test_the_2021_2025_plan_has_five_areas_with_objectives_activities_and_sdg_links(
    reference: None, users: dict[str, Any]
) -> None:
    plan = selectors.plan_get(code="2021-2025", actor=AnonymousUser())
    areas = {pa.area.code: pa for pa in plan.plan_areas.all()}
    assert {"air", "biodiversity", "mpa", "lcc", "dld"} <= set(areas)
    for code in ("air", "biodiversity", "mpa", "lcc", "dld"):
        objective = areas[code].objectives.all()[0]
        assert objective.activities.all(), code
    assert {
        (link.area.code, link.target.code if link.target else None) for link in plan.sdg_links.all()
    } >= {
        ("air", "3.9"),
        ("mpa", "14.2"),
        ("lcc", "13.3"),
    }
    assert plan.adopted_at.key == "som-24"


def test_the_workshop_moved_to_q4_2023_at_som_25_with_its_source(reference: None) -> None:
    workshop = _workshop()
    assert workshop.timing == "Q4 2023"
    assert workshop.lead_state.code == "KR"
    assert workshop.activity_plan.approved_by.citation == "SOM-25, para. 6.2"
    revision = workshop.revisions.get()
    assert (revision.before, revision.after, revision.requested_by.code) == (
        "Q2–Q3 2023",
        "Q4 2023",
        "MN",
    )
    assert revision.source.startswith("004_728fd36ad8607881.txt")


def test_table_2_is_loaded_per_state_with_its_source(reference: None) -> None:
    totals = {
        v.state.code: v.value
        for v in IndicatorValue.objects.filter(indicator__code="threatened-species", breakdown="")
    }
    assert totals == {"CN": 1172, "KP": 88, "JP": 470, "MN": 43, "KR": 136, "RU": 279}
    mammals = IndicatorValue.objects.get(
        indicator__code="threatened-species", state__code="JP", breakdown="Mammals"
    )
    assert mammals.value == 29
    assert "Table 2" in mammals.source
    assert mammals.status == IndicatorValue.Status.APPROVED


# --- the approval cycle -----------------------------------------------------------------------


def _submit(actor: Any, value: str = "41", state: str = "MN", **extra: Any) -> IndicatorValue:
    return services.indicator_value_submit(
        actor=actor,
        indicator=Indicator.objects.get(code="pm25-annual-mean"),
        state=MemberState.objects.get(code=state),
        first_year=2023,
        value=Decimal(value),
        source="National air quality report 2023",
        **extra,
    )


def test_submit_return_correct_resubmit_approve(users: dict[str, Any]) -> None:
    focal_point, secretariat = users["focal_point_mn"], users["secretariat"]
    entry = _submit(focal_point, "410")
    assert entry.status == IndicatorValue.Status.SUBMITTED
    assert entry not in selectors.chart_values(
        selectors.indicator_get(code="pm25-annual-mean", actor=secretariat)
    )

    services.indicator_value_return(
        actor=secretariat, value=entry, reason="Unit looks like 10× too high."
    )
    entry.refresh_from_db()
    assert (entry.status, entry.return_reason) == ("returned", "Unit looks like 10× too high.")

    corrected = _submit(focal_point, "41")
    assert (corrected.pk, corrected.status, corrected.return_reason) == (entry.pk, "submitted", "")
    services.indicator_value_approve(actor=secretariat, value=corrected)
    corrected.refresh_from_db()
    assert (corrected.status, corrected.approved_by) == ("approved", secretariat)
    charted = selectors.chart_values(
        selectors.indicator_get(code="pm25-annual-mean", actor=AnonymousUser())
    )
    assert corrected.pk in {v.pk for v in charted}
    reasons = list(corrected.history.values_list("history_change_reason", flat=True))
    assert reasons[:4] == [
        "approved",
        "resubmitted",
        "returned: Unit looks like 10× too high.",
        "submitted",
    ]


def test_a_focal_point_cannot_submit_for_another_state(users: dict[str, Any]) -> None:
    with pytest.raises(PermissionDenied):
        _submit(users["focal_point_cn"], state="MN")
    assert not IndicatorValue.objects.filter(first_year=2023).exists()


def test_only_the_secretariat_reviews_and_a_return_needs_a_reason(users: dict[str, Any]) -> None:
    entry = _submit(users["focal_point_mn"])
    with pytest.raises(PermissionDenied):
        services.indicator_value_approve(actor=users["focal_point_mn"], value=entry)
    with pytest.raises(ValidationError):
        services.indicator_value_return(actor=users["secretariat"], value=entry, reason="  ")
    entry.refresh_from_db()
    assert entry.status == "submitted"


def test_an_approved_value_is_changed_only_after_it_is_returned(users: dict[str, Any]) -> None:
    entry = _submit(users["focal_point_mn"])
    services.indicator_value_approve(actor=users["secretariat"], value=entry)
    with pytest.raises(ValidationError, match="approved"):
        _submit(users["focal_point_mn"], "99")
    entry.refresh_from_db()
    assert entry.value == 41


def test_public_sees_only_approved_values_a_focal_point_also_their_own(
    users: dict[str, Any],
) -> None:
    entry = _submit(users["focal_point_mn"])
    indicator = entry.indicator
    assert entry not in selectors.indicator_values(indicator=indicator, actor=AnonymousUser())
    assert entry not in selectors.indicator_values(
        indicator=indicator, actor=users["focal_point_cn"]
    )
    assert entry in selectors.indicator_values(indicator=indicator, actor=users["focal_point_mn"])


# --- activities and roll-up -------------------------------------------------------------------


def test_a_delay_needs_its_reason_and_done_means_100(users: dict[str, Any]) -> None:
    workshop = _workshop()
    with pytest.raises(ValidationError):
        services.activity_status_record(
            actor=users["secretariat"], activity=workshop, status=Status.DELAYED
        )
    done = services.activity_status_record(
        actor=users["secretariat"], activity=workshop, status=Status.DONE
    )
    assert done.progress == 100


def test_the_lead_states_focal_point_reports_on_its_activity_others_cannot(
    users: dict[str, Any],
) -> None:
    from tests.factories import focal_point_user

    korea = focal_point_user("KR")
    services.activity_status_record(
        actor=korea, activity=_workshop(), status=Status.ON_TRACK, progress=40
    )
    with pytest.raises(PermissionDenied):
        services.activity_status_record(
            actor=users["focal_point_mn"], activity=_workshop(), status=Status.DONE
        )
    assert _workshop().progress == 40


def test_revising_an_activity_keeps_what_it_was_and_why(users: dict[str, Any]) -> None:
    import datetime

    revision = services.activity_revise(
        actor=users["secretariat"],
        activity=_workshop(),
        starts=datetime.date(2024, 1, 1),
        ends=datetime.date(2024, 3, 31),
        reason="The host asked for more time.",
        source="Letter of 1 June 2023",
    )
    assert (revision.before, revision.after) == ("Q4 2023", "Q1 2024")
    assert _workshop().timing == "Q1 2024"


def test_rollup_weights_reported_children_and_counts_missing_apart() -> None:
    progress = rollup(
        [Child(Decimal(3), Decimal(100)), Child(Decimal(1), Decimal(0)), Child(Decimal(2), None)]
    )
    assert (progress.percent, progress.reported, progress.missing) == (Decimal("75.0"), 2, 1)
    assert rollup([Child(Decimal(1), None)]).percent is None
    assert rollup([]).percent is None


def test_dropped_activities_leave_the_rollup_and_unreported_are_missing() -> None:
    def activity(status: str, progress: int | None = None, weight: int = 1) -> PlannedActivity:
        return PlannedActivity(status=status, progress=progress, weight=Decimal(weight))

    progress = activities_progress(
        [
            activity(Status.DONE, weight=1),
            activity(Status.ON_TRACK, 50, weight=3),
            activity(Status.DROPPED),
            activity(Status.NOT_REPORTED),
            activity(Status.ON_TRACK),  # on track, but no percentage reported
        ]
    )
    assert (progress.percent, progress.reported, progress.missing) == (Decimal("62.5"), 2, 2)


def test_progress_rolls_up_to_objective_area_and_plan(users: dict[str, Any]) -> None:
    biodiversity_plan = ActivityPlan.objects.get(plan_area__area__code="biodiversity")
    objective = Objective.objects.get(plan_area=biodiversity_plan.plan_area)
    PlannedActivity.objects.create(
        activity_plan=biodiversity_plan,
        code="B.9",
        title="Test activity",
        objective=objective,
        status=Status.ON_TRACK,
        progress=20,
        weight=3,
    )
    services.activity_status_record(
        actor=users["secretariat"], activity=_workshop(), status=Status.DONE
    )
    plan = selectors.plan_get(code="2021-2025", actor=AnonymousUser())
    area = next(pa for pa in plan.plan_areas.all() if pa.area.code == "biodiversity")
    assert area.objectives.all()[0].progress.percent == Decimal("40.0")  # (100×1 + 20×3) / 4
    assert area.progress.percent == Decimal("40.0")
    assert plan.progress.percent == Decimal("40.0")
    assert plan.progress.missing == 5


# --- import and export ------------------------------------------------------------------------

HEADER = "indicator,state,first_year,last_year,breakdown,value,note,source\n"


def _csv(text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("values.csv", text.encode())


def test_import_reports_every_bad_row_and_imports_nothing(users: dict[str, Any]) -> None:
    rows = (
        "pm25-annual-mean,MN,2023,,,41,,Report A\n"
        "pm25-annual-mean,XX,2023,,,41,,Report A\n"
        "nothing,MN,2023,,,41,,Report A\n"
        "pm25-annual-mean,MN,2023,,,forty,,Report A\n"
        "pm25-annual-mean,MN,2023,,,41,,\n"
        "pm25-annual-mean,MN,2023,,,42,,Report B\n"
    )
    job = run_import(users["secretariat"], "values", _csv(HEADER + rows))
    problems = import_problems(job)
    assert list(problems) == [3, 4, 5, 6, 7]
    assert "the same entry as row 2" in problems[7]
    assert not IndicatorValue.objects.filter(first_year=2023).exists()


def test_a_focal_point_import_touching_another_state_imports_nothing(users: dict[str, Any]) -> None:
    rows = "pm25-annual-mean,MN,2023,,,41,,Report A\npm25-annual-mean,CN,2023,,,35,,Report A\n"
    job = run_import(users["focal_point_mn"], "values", _csv(HEADER + rows))
    assert import_problems(job) == {3: "you may not change this row"}
    assert not IndicatorValue.objects.filter(first_year=2023).exists()


def test_excel_import_by_the_secretariat_is_approved(users: dict[str, Any]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.strip().split(","))
    sheet.append(["pm25-annual-mean", "MN", 2023, None, None, 41.5, "Ulaanbaatar", "Report A"])
    data = io.BytesIO()
    book.save(data)
    job = run_import(
        users["secretariat"], "values", SimpleUploadedFile("values.xlsx", data.getvalue())
    )
    entry = IndicatorValue.objects.get(first_year=2023)
    assert (job.rows_done, entry.value, entry.status) == (1, Decimal("41.5"), "approved")


def test_activity_status_round_trips_through_export_and_import(
    client_for: Any, users: dict[str, Any]
) -> None:
    exported = client_for("public").get(reverse("programme:activities_export", args=["csv"]))
    lines = exported.content.decode("utf-8-sig").splitlines()
    header, rows = lines[0].split(","), lines[1:]
    workshop_row = next(r for r in rows if ",B.2," in r)
    assert header[:2] == ["id", "plan"]
    assert "status" in header
    activity_id = workshop_row.split(",")[0]
    file = _csv(f"id,status,reason,progress\n{activity_id},delayed,Host changed ministers,30\n")
    assert run_import(users["secretariat"], "activities", file).rows_done == 1
    workshop = _workshop()
    assert (workshop.status, workshop.status_reason, workshop.progress) == (
        "delayed",
        "Host changed ministers",
        30,
    )
    bad = _csv(f"id,status\n{activity_id},finished\n99999,done\n")
    assert list(import_problems(run_import(users["secretariat"], "activities", bad))) == [2, 3]


def test_values_export_as_json_and_csv(client_for: Any) -> None:
    response = client_for("public").get(
        reverse("programme:indicator_export", args=["threatened-species", "json"])
    )
    rows = json.loads(response.content)
    mongolia = rows[
        next(i for i, r in enumerate(rows) if r["state"] == "MN" and not r["breakdown"])
    ]
    assert {"indicator": "threatened-species", "state": "MN", "breakdown": ""}.items() <= (
        mongolia.items()
    )
    # Figures are JSON numbers, what is not known is null: never text.
    assert all(isinstance(r["value"], int | float) for r in rows)
    assert all(isinstance(r["first_year"], int) for r in rows)
    assert {type(r["value_upper"]) for r in rows} <= {int, float, type(None)}
    csv_response = client_for("public").get(
        reverse("programme:indicator_export", args=["threatened-species", "csv"])
    )
    assert csv_response["Content-Type"].startswith("text/csv")
    assert csv_response.content.startswith("\ufeff".encode())
    header = csv_response.content.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("indicator,state,first_year")
    assert (
        client_for("public")
        .get(reverse("programme:indicator_export", args=["threatened-species", "xml"]))
        .status_code
        == 404
    )


# --- pages ------------------------------------------------------------------------------------


def test_area_page_shows_the_activity_plan_revision_and_chart_table(client_for: Any) -> None:
    page = (
        client_for("public").get(reverse("programme:area", args=["biodiversity"])).content.decode()
    )
    for shown in ("Q4 2023", "Q2–Q3 2023", "SOM-25, para. 6.2"):
        assert shown in page
    assert 'data-chart="chart-threatened-species"' in page
    assert "1172" in page
    assert "Report of SOM-25 (2022)</cite>, paras 41, 43, 6" in page


def test_focal_point_submits_and_secretariat_returns_through_the_pages(client_for: Any) -> None:
    url = reverse("programme:value_submit", args=["pm25-annual-mean"])
    form = {"state": "MN", "first_year": 2023, "value": "41", "source": "Report A"}
    assert client_for("focal_point_mn").post(url, form).status_code == 302
    bad = client_for("focal_point_mn").post(url, {**form, "source": ""})
    assert bad.status_code == 422
    assert "This field is required" in bad.content.decode()
    entry = IndicatorValue.objects.get(first_year=2023)
    review = reverse("programme:value_review", args=[entry.pk])
    no_reason = client_for("secretariat").post(review, {"action": "return", "reason": ""})
    assert no_reason.status_code == 422
    assert (
        client_for("secretariat").post(review, {"action": "return", "reason": "Check"}).status_code
        == 302
    )
    entry.refresh_from_db()
    assert entry.status == "returned"
    page = client_for("focal_point_mn").get(
        reverse("programme:indicator", args=["pm25-annual-mean"])
    )
    assert "Returned because" in page.content.decode()


def test_import_page_lists_row_errors(
    client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    file = _csv(HEADER + "pm25-annual-mean,MN,20x3,,,41,,Report A\n")
    client = client_for("focal_point_mn")
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(reverse("programme:import"), {"what": "values", "file": file})
    page = client.get(sent["Location"]).content.decode()
    assert "Row 2: first_year must be a year" in page
    assert "Nothing was imported" in page


@pytest.mark.parametrize("extra", [0, 12])
def test_area_and_plan_pages_have_bounded_queries(
    client_for: Any, django_assert_max_num_queries: Any, extra: int
) -> None:
    biodiversity_plan = ActivityPlan.objects.get(plan_area__area__code="biodiversity")
    for n in range(extra):
        PlannedActivity.objects.create(
            activity_plan=biodiversity_plan,
            code=f"C.{n}",
            title="More work",
            lead_state=MemberState.objects.get(code="MN"),
            lead="state",
        )
    client = client_for("secretariat")
    # A fixed set of prefetches (plans, objectives, activity plans, activities, revisions,
    # indicators, values, targets, reference lines) however many activities there are; and, as
    # on every page the Secretariat reads, the two-factor device its session signed in with.
    with django_assert_max_num_queries(20):
        assert client.get(reverse("programme:area", args=["biodiversity"])).status_code == 200
    with django_assert_max_num_queries(20):
        assert client.get(reverse("programme:plan", args=["2021-2025"])).status_code == 200
    # The indicator's page adds, for the Secretariat, the member States of its target and
    # reference-line forms (a list of six each).
    with django_assert_max_num_queries(17):
        assert (
            client.get(reverse("programme:indicator", args=["threatened-species"])).status_code
            == 200
        )


def test_state_profile_lists_what_the_state_leads_and_reports(client_for: Any) -> None:
    page = client_for("public").get(reverse("directory:state", args=["KR"])).content.decode()
    assert "Workshop on biodiversity and nature conservation" in page
    assert "Threatened species on the IUCN Red List" in page


@pytest.mark.parametrize(
    "content",
    [b"\x00\x01\x02binary", "indicator,state\n".encode("utf-16"), b"PK\x03\x04not a workbook"],
)
def test_a_file_that_is_not_csv_or_excel_is_refused_clearly(
    users: dict[str, Any], content: bytes
) -> None:
    job = run_import(users["secretariat"], "values", SimpleUploadedFile("x.csv", content))
    (message,) = import_problems(job).values()
    assert job.status == "refused"
    assert "cannot be read" in message or "not UTF-8" in message


@pytest.mark.parametrize("extra", [0, 120])
def test_the_indicator_page_pages_its_values_at_constant_cost(
    client_for: Any, users: dict[str, Any], django_assert_max_num_queries: Any, extra: int
) -> None:
    mongolia = MemberState.objects.get(code="MN")
    indicator = Indicator.objects.get(code="pm25-annual-mean")
    for n in range(extra):
        IndicatorValue.objects.create(
            indicator=indicator,
            state=mongolia,
            first_year=2020,
            last_year=2020,
            breakdown=f"station {n:03d}",
            value=Decimal(n),
            status="approved",
            source="Station readings",
        )
    client = client_for("public")
    url = reverse("programme:indicator", args=["pm25-annual-mean"])
    with django_assert_max_num_queries(14):
        page = client.get(url).content.decode()
    total = IndicatorValue.objects.filter(indicator=indicator, status="approved").count()
    assert f"All values ({total})" in page
    assert page.count('id="value-') == min(total, 50)
    shown, number = page.count('id="value-'), 1
    while 'rel="next"' in page:
        number += 1
        page = client.get(f"{url}?page={number}").content.decode()
        shown += page.count('id="value-')
    assert shown == total  # every value on one of the pages, none twice
    assert number == -(-total // 50)
    listing = client.get(reverse("programme:indicators")).content.decode()
    assert f"<td>{total}</td>" in listing
