"""Importing a file in the background, all rows or none, without holding the database.

A file is checked whole first (every problem reported with its row number), then written in
batches of `NEASPEC_IMPORT_BATCH_ROWS` rows, each batch one short transaction, so other people
keep reading and writing while a 100,000-row file goes in. Each batch keeps what undoes it; if a
later row fails after all, the batches written are undone, newest first, so the file is
imported whole or not at all. Every step is safe to run again: a worker that dies mid-way leaves
the job to be taken up where its last batch ended (`imports_requeue_stale`).
"""

import datetime
import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.core.files import File
from django.db import OperationalError, connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks_db.utils import is_locked_database_exception

from neaspec.accounts.models import Actor, account_of
from neaspec.accounts.rules import require
from neaspec.audit import journaled, undo_journal
from neaspec.imports.kinds import Kind, Reading, Rows, importer_for
from neaspec.imports.models import ImportBatch, ImportJob
from neaspec.planner import statistics_refresh
from neaspec.tables import ImportRefusedError, RowError, check_columns, read_table

logger = logging.getLogger(__name__)
Status = ImportJob.Status
MAX_ERRORS_KEPT = 500  # a file with more problems shows the first ones and the count
LOCK_RETRIES = 8


class _SupersededError(Exception):
    """Another run of the same job got here first; this one stops."""


def import_start(*, actor: Actor, kind: str, file: File[bytes]) -> ImportJob:
    """Keep the file and queue its import; the job's page follows it."""
    importer = importer_for(kind)
    require(actor, importer.permission)
    name = getattr(file, "name", "") or "import"
    with transaction.atomic():
        job = ImportJob(kind=kind, actor=account_of(actor), file_name=name[-255:])
        job.file.save(name, file, save=False)
        job.save()
        transaction.on_commit(lambda: _enqueue(job.pk))
    return job


def _enqueue(job_id: int) -> None:
    from neaspec.imports.tasks import import_run

    import_run.enqueue(job_id=job_id)


def import_job_run(*, job_id: int) -> str:
    """Take the job as far as it goes: check, write, or undo; returns the status it ends in."""
    job = ImportJob.objects.select_related("actor").filter(pk=job_id).first()
    if job is None or not job.active:
        return job.status if job else "gone"
    _update(job, attempts=F("attempts") + 1)
    importer = importer_for(job.kind)
    try:
        if job.status == Status.UNDOING:
            return _undo(job)
        rows = _rows(job, importer)
        reading = importer.reading(job.actor)
        if job.status == Status.WRITING:
            # Taken up again after a worker stopped: read only the rows still to write (those
            # written are in the database now and would read as already recorded).
            start = job.rows_done
            pending = reading.resume(rows[start:])
        else:
            _move(job, (Status.QUEUED, Status.CHECKING), Status.CHECKING, rows_total=len(rows))
            start = 0
            pending = reading.check(rows)
            _move(job, (Status.CHECKING,), Status.WRITING)
        _write(job, reading, pending, start)
        _move(job, (Status.WRITING,), Status.DONE, finished_at=timezone.now())
        statistics_refresh()  # the planner learns of the rows just written
    except ImportRefusedError as refused:
        return _refuse(job, refused.errors)
    except _SupersededError:
        pass
    except Exception:
        # A fault of ours or of the machine: nothing may stay half written.
        logger.exception("import %s stopped", job.pk)
        return _refuse(job, [RowError(0, _("The import stopped on an unexpected error."))])
    return ImportJob.objects.values_list("status", flat=True).get(pk=job.pk)


def _rows(job: ImportJob, importer: Kind) -> Rows:
    with job.file.open("rb") as file:
        rows = read_table(file)
    check_columns(rows, importer.required)
    return rows


def _write(job: ImportJob, reading: Reading, pending: int, start: int) -> None:
    """Write the `pending` rows read, in batches; the first is the file's row `start`."""
    size = settings.NEASPEC_IMPORT_BATCH_ROWS
    for offset in range(0, pending, size):
        stop = min(offset + size, pending)
        _retrying(lambda: _write_batch(job, reading, start, offset, stop))  # noqa: B023
        _let_others_write()


def _let_others_write() -> None:
    """SQLite has one writer at a time and its waiting writers poll (every 25-100 ms) instead
    of queueing: an import that took the lock again at once after each batch would starve them
    past their timeout. A pause between batches lets them in. PostgreSQL locks rows, not the
    database, and needs none."""
    if connection.vendor == "sqlite":
        time.sleep(settings.NEASPEC_IMPORT_PAUSE_MS / 1000)


def _write_batch(job: ImportJob, reading: Reading, start: int, offset: int, stop: int) -> None:
    """Write the rows read from `offset` to `stop` in one transaction, with what undoes them,
    unless another run has written them (the job's rows_done is not where this run is)."""
    with transaction.atomic():
        locked = ImportJob.objects.select_for_update().get(pk=job.pk)
        if locked.status != Status.WRITING or locked.rows_done != start + offset:
            raise _SupersededError
        with journaled() as journal:
            reading.write(offset, stop)
        rows = stop - offset
        ImportBatch.objects.create(
            job=locked, first_index=start + offset, rows=rows, journal=journal
        )
        _update(locked, rows_done=F("rows_done") + rows)


def _undo(job: ImportJob) -> str:
    """Undo the batches written, newest first, each in its own short transaction."""
    reason = f"import {job.pk} undone"
    for batch_id in job.batches.order_by("-first_index").values_list("pk", flat=True):

        def undo_one(batch_id: int = batch_id) -> None:
            with transaction.atomic():
                ImportJob.objects.select_for_update().get(pk=job.pk)
                batch = ImportBatch.objects.filter(pk=batch_id).first()
                if batch is None:
                    return  # undone by another run
                undo_journal(batch.journal, actor=job.actor, reason=reason)
                _update(job, rows_done=F("rows_done") - batch.rows)
                batch.delete()

        _retrying(undo_one)
    ImportJob.objects.filter(pk=job.pk, status=Status.UNDOING).update(
        status=Status.REFUSED, finished_at=timezone.now(), heartbeat_at=timezone.now()
    )
    return Status.REFUSED


def _refuse(job: ImportJob, errors: list[RowError]) -> str:
    kept = [[e.row, e.message] for e in errors[:MAX_ERRORS_KEPT]]
    try:
        _move(
            job,
            (Status.QUEUED, Status.CHECKING, Status.WRITING),
            Status.UNDOING,
            errors=kept,
            error_count=len(errors),
        )
    except _SupersededError:
        return ImportJob.objects.values_list("status", flat=True).get(pk=job.pk)
    return _undo(job)


def _move(job: ImportJob, sources: tuple[str, ...], target: str, **fields: object) -> None:
    """Change the job's status only from where this run believes it is (`fields`: values or
    expressions, as `QuerySet.update` takes them)."""
    fields.update(status=target, heartbeat_at=timezone.now())
    if not ImportJob.objects.filter(pk=job.pk, status__in=sources).update(**fields):
        raise _SupersededError


def _update(job: ImportJob, **fields: object) -> None:
    """Progress is written with `update` (no lost update between two runs of a job)."""
    fields["heartbeat_at"] = timezone.now()
    ImportJob.objects.filter(pk=job.pk).update(**fields)


def _retrying(step: Callable[[], None]) -> None:
    """Run a step again when SQLite says the database is busy, instead of failing the import."""
    for attempt in range(LOCK_RETRIES):
        try:
            step()
            return
        except OperationalError as error:
            if not is_locked_database_exception(error) or attempt == LOCK_RETRIES - 1:
                raise
            logger.warning("import waits: the database is busy (attempt %s)", attempt + 1)
            time.sleep(min(30, 2**attempt))


def imports_requeue_stale(*, older_than: datetime.timedelta) -> list[ImportJob]:
    """Queue again the imports whose worker stopped: no progress for `older_than`."""
    cutoff = timezone.now() - older_than
    stale = list(ImportJob.objects.filter(status__in=ImportJob.ACTIVE, heartbeat_at__lt=cutoff))
    never_started = ImportJob.objects.filter(
        status=Status.QUEUED, heartbeat_at__isnull=True, created_at__lt=cutoff
    )
    stale += list(never_started)
    for job in stale:
        _update(job)  # the next sweep waits for this run
        transaction.on_commit(lambda pk=job.pk: _enqueue(pk))  # type: ignore[misc]
    return stale
