"""The open data page: the public record in bulk, each kind of record as CSV, JSON and Excel
(and the indicator values as SDMX-CSV), read here as an analyst's tools read them (pandas,
openpyxl), with the columns the page documents and nothing a visitor may not see."""

import io
import json
from decimal import Decimal
from typing import Any

import pandas as pd
import pytest
from django.test import Client
from django.urls import reverse

from neaspec.directory.models import MemberState
from neaspec.programme.models import Indicator, IndicatorValue
from neaspec.reports import services
from neaspec.reports.catalogue import datasets, report_get
from neaspec.reports.models import ReportBuild
from tests.factories import draft_decision, library_document
from tests.reports.conftest import body, workbook

pytestmark = pytest.mark.django_db
MARK = "ZZ-NOT-PUBLIC"


def _get(client: Client, key: str, fmt: str) -> bytes:
    response = client.get(reverse("reports:data_file", args=[key, fmt]))
    assert response.status_code == 200, (key, fmt, response.status_code)
    return body(response)


def _restricted() -> None:
    """One record of each kind the public may not see, each carrying MARK."""
    draft_decision(f"{MARK} draft decision")
    library_document(f"{MARK} note", "Restricted.", visibility="secretariat")
    IndicatorValue.objects.create(
        indicator=Indicator.objects.get(code="pm25-annual-mean"),
        state=MemberState.objects.get(code="MN"),
        first_year=2031,
        last_year=2031,
        value=Decimal("12.5"),
        note=MARK,
        status=IndicatorValue.Status.SUBMITTED,
        source="tests",
    )


def test_every_dataset_opens_in_the_tools_with_its_documented_columns(
    reference: None, client_for: Any
) -> None:
    _restricted()
    library_document("A public study", "Open to all.")  # a fresh library holds none yet
    secretariat = client_for("secretariat")  # the data page's files are the public's for all
    for report in datasets():
        keys = [c.key for c in report.columns()]  # type: ignore[misc]
        for fmt in report.formats:
            data = _get(secretariat, report.key, fmt)
            assert MARK.encode() not in data, (report.key, fmt)
            if fmt == "csv":
                assert data.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
                frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str)
                assert list(frame.columns) == keys, report.key
                assert len(frame) > 0, report.key
            elif fmt == "json":
                rows = json.loads(data)
                assert rows, report.key
                assert list(rows[0]) == keys
            else:
                sheet = workbook(data).worksheets[1]  # after the sheet that says what it is
                header = [c.value for c in next(sheet.iter_rows(max_row=1))]
                assert header == [c.label for c in report.columns()], report.key  # type: ignore[misc]


def test_the_values_are_typed_and_the_sdmx_file_is_a_dataflow(
    reference: None, client_for: Any
) -> None:
    public = client_for("public")
    values = json.loads(_get(public, "indicator-values", "json"))
    assert all(isinstance(v["value"], int | float) for v in values)
    assert all(isinstance(v["first_year"], int) for v in values)
    assert all(v["source"] for v in values)  # each value says where it comes from
    approved = IndicatorValue.objects.filter(status=IndicatorValue.Status.APPROVED)
    assert len(values) == approved.count()

    sdmx = pd.read_csv(
        io.BytesIO(_get(public, "indicator-values-sdmx", "csv")), encoding="utf-8-sig"
    )
    assert list(sdmx.columns)[:2] == ["DATAFLOW", "REF_AREA"]
    assert set(sdmx["DATAFLOW"]) == {"NEASPEC:INDICATOR_VALUES(1.0)"}
    assert len(sdmx) == len(values)
    assert sdmx["OBS_VALUE"].dtype.kind == "f"
    assert set(sdmx["REF_AREA"]) <= {"CN", "KP", "JP", "MN", "KR", "RU", "NEA"}
    assert sdmx["TIME_PERIOD"].astype(str).str.fullmatch(r"\d{4}(/\d{4})?").all()

    meetings = json.loads(_get(public, "meetings", "json"))
    som25 = next(m for m in meetings if m["key"] == "som-25")
    assert (som25["start"], som25["end"]) == ("2022-09-20", "2022-09-21")  # ISO dates
    assert som25["page"].endswith("/meetings/som-25/")
    contributions = json.loads(_get(public, "contributions", "json"))
    korea_2018 = next(c for c in contributions if c["state"] == "KR" and c["year"] == 2018)
    assert isinstance(korea_2018["pledged"], int | float)
    # What the record does not say stays empty, never 0.
    assert korea_2018["received"] is None or isinstance(korea_2018["received"], int | float)


def test_the_page_documents_each_file_and_when_it_was_built(
    reference: None, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    public = client_for("public")
    page = public.get(reverse("reports:data")).content.decode()
    for report in datasets():
        assert f'id="{report.key}"' in page
        assert reverse("reports:data_file", args=[report.key, report.formats[0]]) in page
    assert "<code>REF_AREA</code>" in page
    assert "not built yet" in page
    assert "Build the files again now" not in page

    assert client_for("focal_point_mn").post(reverse("reports:data_refresh")).status_code == 403
    secretariat = client_for("secretariat")
    assert "Build the files again now" in secretariat.get(reverse("reports:data")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        answer = secretariat.post(reverse("reports:data_refresh"), follow=True)
    assert "being built again" in answer.content.decode()
    files = sum(len(r.formats) for r in datasets())
    assert ReportBuild.objects.filter(audience="public", status="done").count() == files
    page = public.get(reverse("reports:data")).content.decode()
    assert "not built yet" not in page
    assert page.count("built ") >= files


def test_a_change_to_the_record_queues_the_files_to_be_built_again(
    reference: None, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        first = services.datasets_outdated(older_than=None)  # type: ignore[arg-type]
    assert set(first) == {r.key for r in datasets()}  # nothing built yet: all, and built now
    assert services.datasets_outdated(older_than=None) == []  # type: ignore[arg-type]
    library_document("A new study", "Text.")
    with django_capture_on_commit_callbacks(execute=True):
        assert services.datasets_outdated(older_than=None) == ["documents"]  # type: ignore[arg-type]
    built = ReportBuild.objects.filter(report="documents", format="csv", status="done")
    assert built.count() == 2
    newest = built.order_by("-pk").first()
    assert b"A new study" in newest.file.read()


def test_unknown_datasets_and_formats_are_not_found(client_for: Any) -> None:
    public = client_for("public")
    assert public.get("/data/nothing.csv").status_code == 404
    assert public.get("/data/indicator-values-sdmx.json").status_code == 404
    assert report_get("decision-follow-up") is not None
    assert public.get("/data/decision-follow-up.pdf").status_code == 404  # a report, not data
