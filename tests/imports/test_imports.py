"""An import is written in short batches and stays all rows or none: a row that fails late undoes
the batches already written; a run that stops is taken up where its last batch ended."""

import dataclasses
import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from neaspec.directory.models import MemberState
from neaspec.imports import kinds
from neaspec.imports.models import ImportBatch, ImportJob
from neaspec.imports.services import import_job_run, import_start, imports_requeue_stale
from neaspec.programme import services
from neaspec.programme.models import Indicator, IndicatorValue
from tests.factories import import_problems, run_import

HEADER = "indicator,state,first_year,last_year,breakdown,value,note,source\n"


@pytest.fixture(autouse=True)
def _small_batches(settings: Any) -> None:
    settings.NEASPEC_IMPORT_BATCH_ROWS = 2


def _rows(count: int, *, first_year: int = 2001) -> str:
    return "".join(
        f"pm25-annual-mean,MN,{first_year + n},,,{40 + n},,Report A\n" for n in range(count)
    )


def _file(text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("values.csv", (HEADER + text).encode())


def _mongolia_values() -> dict[int, Decimal]:
    found = IndicatorValue.objects.filter(indicator__code="pm25-annual-mean", state__code="MN")
    return dict(found.values_list("first_year", "value"))


def test_a_clean_file_is_written_in_batches(users: dict[str, Any]) -> None:
    job = run_import(users["focal_point_mn"], "values", _file(_rows(5)))
    assert (job.status, job.rows_total, job.rows_done, job.percent) == ("done", 5, 5, 100)
    assert list(ImportBatch.objects.filter(job=job).values_list("rows", flat=True)) == [2, 2, 1]
    assert {y: _mongolia_values()[y] for y in range(2001, 2006)} == {
        2001: 40,
        2002: 41,
        2003: 42,
        2004: 43,
        2005: 44,
    }


def test_a_row_refused_late_undoes_the_batches_already_written(users: dict[str, Any]) -> None:
    indicator, mongolia = (
        Indicator.objects.get(code="pm25-annual-mean"),
        MemberState.objects.get(code="MN"),
    )

    def value(year: int, amount: int) -> IndicatorValue:
        return services.indicator_value_submit(
            actor=users["focal_point_mn"],
            indicator=indicator,
            state=mongolia,
            first_year=year,
            value=Decimal(amount),
            source="Earlier report",
        )

    corrected = value(2001, 7)  # the file corrects it: it must come back as it was
    approved = value(2005, 9)
    services.indicator_value_approve(actor=users["secretariat"], value=approved)
    before = _mongolia_values()
    count = IndicatorValue.objects.count()
    # Row 6 (year 2005) passes the checks but the service refuses it: the value is approved.
    job = run_import(users["focal_point_mn"], "values", _file(_rows(6)))
    assert job.status == "refused"
    assert import_problems(job) == {
        6: "This value is approved. Ask the Secretariat to return it before changing it."
    }
    assert (IndicatorValue.objects.count(), _mongolia_values()) == (count, before)
    corrected.refresh_from_db()
    assert (corrected.value, corrected.source, corrected.status) == (
        7,
        "Earlier report",
        "submitted",
    )
    assert not ImportBatch.objects.filter(job=job).exists()
    assert job.rows_done == 0
    assert f"import {job.pk} undone" in corrected.history.values_list(
        "history_change_reason", flat=True
    )


class WorkerKilledError(BaseException):
    """Stands for the SIGKILL: not an error the import could catch and undo."""


def test_a_run_that_stopped_is_taken_up_where_its_last_batch_ended(
    users: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    importer = kinds.importer_for("values")
    written: list[int] = []

    def dies_on_the_third_batch(actor: Any, known: Any, rows: list[dict[str, Any]]) -> None:
        if len(written) == 4:
            raise WorkerKilledError
        written.extend(row["first_year"] for row in rows)
        importer.write_batch(actor, known, rows)

    replaced = dataclasses.replace(importer, write_batch=dies_on_the_third_batch)
    monkeypatch.setitem(kinds._KINDS, "values", replaced)
    job = import_start(actor=users["focal_point_mn"], kind="values", file=_file(_rows(7)))
    with pytest.raises(WorkerKilledError):
        import_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert (job.status, job.rows_done) == ("writing", 4)  # two batches committed, the third not
    written.append(0)  # the next run lives
    assert import_job_run(job_id=job.pk) == "done"
    job.refresh_from_db()
    assert (job.rows_done, job.attempts) == (7, 2)
    assert written[:4] + written[5:] == list(range(2001, 2008))  # each row written once
    entries = IndicatorValue.objects.filter(state__code="MN", first_year__range=(2001, 2007))
    assert entries.count() == 7
    assert all(e.history.count() == 1 for e in entries)


def test_a_job_whose_worker_stopped_is_queued_again(
    users: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    job = import_start(actor=users["focal_point_mn"], kind="values", file=_file(_rows(3)))
    ImportJob.objects.filter(pk=job.pk).update(
        status="writing", rows_total=3, heartbeat_at=timezone.now() - datetime.timedelta(hours=1)
    )
    assert imports_requeue_stale(older_than=datetime.timedelta(hours=2)) == []
    with django_capture_on_commit_callbacks(execute=True):
        assert imports_requeue_stale(older_than=datetime.timedelta(minutes=30)) == [job]
    job.refresh_from_db()
    assert (job.status, job.rows_done) == ("done", 3)
