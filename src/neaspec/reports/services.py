"""Asking for a report, and building it: served again from its file while its data stands,
built at once when small, by the task worker (with its progress shown) when not.

A build's rows are written in short transactions of their own; the reading in between holds
no lock, so a large report never keeps others from writing. A worker that dies mid-build
leaves its build to be queued again (`builds_requeue_stale`, swept by `neaspec serve`)."""

import datetime
import functools
import hashlib
import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Count, F, Max
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor
from neaspec.reports.catalogue import (
    FORMATS,
    BadParametersError,
    Report,
    Values,
    canonical,
    datasets,
    params_key,
    report_get,
)
from neaspec.reports.models import ReportBuild
from neaspec.reports.render import render

logger = logging.getLogger(__name__)
Status = ReportBuild.Status
# Bumped when the reports' code changes what a file holds, so old files are not served again.
LAYOUT_VERSION = "1"
HEARTBEAT_SECONDS = 15


def audience(actor: Actor) -> str:
    """Who else may be given the same file: the public's reports are the same for every
    signed-out reader; a signed-in reader may see more, so theirs are theirs."""
    return f"user:{actor.pk}" if actor.is_authenticated else "public"


def data_version(report: Report) -> str:
    """A fingerprint of everything the report reads: per model its row count, its highest key
    and its newest history record (every save and delete through a service leaves one), with
    the day, which "overdue" and "as of today" depend on."""
    parts = [LAYOUT_VERSION, timezone.localdate().isoformat()]
    for model in report.reads:
        found = model._default_manager.aggregate(n=Count("pk"), top=Max("pk"))
        parts.append(f"{model._meta.label}:{found['n']}:{found['top']}")
        history = getattr(model, "history", None)
        if history is not None:
            parts.append(str(history.model.objects.aggregate(top=Max("history_id"))["top"]))
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def report_request(*, actor: Actor, key: str, fmt: str, params: Values) -> ReportBuild:
    """The build that answers this request: a finished one made from the same data, one
    under way, or a new one — built here when small, queued for the worker when not.
    `params` are already checked (`Report.clean`); a PDF too large to lay out is refused
    (BadParametersError)."""
    report = report_get(key)
    if report is None or fmt not in report.formats:
        raise LookupError(key)
    if not report.may_read(actor):
        raise PermissionDenied
    language = translation.get_language() or settings.LANGUAGE_CODE
    request = {
        "report": key,
        "format": fmt,
        "language": language,
        "audience": audience(actor),
        "params_key": params_key(params),
    }
    size = report.size(actor=actor, params=params)
    if fmt == "pdf" and size > settings.NEASPEC_REPORT_MAX_PDF_ROWS:
        # Laying out a PDF takes memory by the page: 98,000 rows took the worker past 4 GB
        # (bench/reports.py). Word, Excel and the print view carry any size.
        message = _(
            "This report would hold %(rows)s rows, more than a PDF can carry (%(limit)s): "
            "narrow it (a shorter period, one area) or take it as Word or the print view."
        ) % {"rows": f"{size:,}", "limit": f"{settings.NEASPEC_REPORT_MAX_PDF_ROWS:,}"}
        raise BadParametersError({"format": [message]})
    version = data_version(report)
    same = ReportBuild.objects.filter(**request, data_version=version)
    found = same.filter(status__in=[Status.DONE, *ReportBuild.ACTIVE]).order_by("-pk").first()
    if found is not None:
        return found
    build = ReportBuild.objects.create(
        **request,
        params=canonical(params),
        actor=actor if actor.is_authenticated else None,
        data_version=version,
    )
    if size <= settings.NEASPEC_REPORT_INLINE_ROWS:
        report_build_run(build_id=build.pk, actor=actor, params=params)
        build.refresh_from_db()
    else:
        transaction.on_commit(lambda: _enqueue(build.pk))
    return build


def _enqueue(build_id: int) -> None:
    from neaspec.reports.tasks import report_build

    report_build.enqueue(build_id=build_id)


def report_build_run(
    *, build_id: int, actor: Actor | None = None, params: Values | None = None
) -> str:
    """Build the file; returns the status it ends in. The worker passes only the id: the
    reader and the parameters are read again from the build (a user's build reads as that
    user, a public one as the public)."""
    build = ReportBuild.objects.filter(pk=build_id).first()
    if build is None or not build.active:
        return build.status if build else "gone"
    report = report_get(build.report)
    _update(build, status=Status.BUILDING, attempts=F("attempts") + 1, heartbeat_at=timezone.now())
    started = time.monotonic()
    try:
        if report is None:
            raise LookupError(build.report)
        reader = actor if actor is not None else _reader(build)
        if params is None:
            params = report.clean(build.params)

        def progress(done: int, total: int) -> None:
            _update(build, steps_done=done, steps_total=total + 1, heartbeat_at=timezone.now())

        with translation.override(build.language):
            document = report.build(actor=reader, params=params, progress=progress)
            content = render(document, build.format, alive=_heartbeat(build))
        name = file_name(build)
        with transaction.atomic():
            locked = ReportBuild.objects.select_for_update().get(pk=build.pk)
            if locked.status != Status.BUILDING:
                return locked.status  # another run of the same build finished first
            locked.file.save(name, ContentFile(content), save=False)
            locked.file_name = name
            locked.size = len(content)
            locked.seconds = round(time.monotonic() - started, 3)
            locked.status = Status.DONE
            locked.steps_done = locked.steps_total = max(locked.steps_total, 1)
            locked.finished_at = timezone.now()
            locked.save()
        _forget_older(locked)
    except Exception:
        logger.exception("report build %s stopped", build.pk)
        ReportBuild.objects.filter(pk=build.pk, status=Status.BUILDING).update(
            status=Status.FAILED,
            error="The report could not be built.",
            finished_at=timezone.now(),
        )
        return Status.FAILED
    return Status.DONE


def _heartbeat(build: ReportBuild) -> Callable[[], None]:
    """Marks the build alive, at most every HEARTBEAT_SECONDS (rendering calls it often)."""
    last = [time.monotonic()]

    def alive() -> None:
        if time.monotonic() - last[0] >= HEARTBEAT_SECONDS:
            last[0] = time.monotonic()
            _update(build, heartbeat_at=timezone.now())

    return alive


def _reader(build: ReportBuild) -> Actor:
    return build.actor if build.actor is not None else AnonymousUser()


def _update(build: ReportBuild, **fields: object) -> None:
    """Set fields of the build's row (values or expressions, as `QuerySet.update` takes)."""
    ReportBuild.objects.filter(pk=build.pk).update(**fields)


def file_name(build: ReportBuild) -> str:
    """ "status-of-contributions-2018.pdf": the report and the values it was asked with."""
    values = [v for _, v in sorted(build.params.items())]
    stem = "-".join([build.report, *values]).replace("/", "-")[:150]
    return f"{stem}.{build.format}"


def _forget_older(build: ReportBuild) -> None:
    """Files of the same request made from older data are not served again: removed, while
    their rows stay as the record of who asked for what."""
    older = ReportBuild.objects.filter(
        report=build.report,
        format=build.format,
        language=build.language,
        audience=build.audience,
        params_key=build.params_key,
        status=Status.DONE,
        pk__lt=build.pk,
    ).exclude(file="")
    for old in older:
        old.file.delete(save=False)
    older.update(file="")


def builds_requeue_stale(*, older_than: datetime.timedelta) -> list[ReportBuild]:
    """Builds a stopped worker left waiting or half done, queued again."""
    cutoff = timezone.now() - older_than
    stale = list(
        ReportBuild.objects.filter(status__in=ReportBuild.ACTIVE)
        .exclude(heartbeat_at__gt=cutoff)
        .exclude(heartbeat_at=None, created_at__gt=cutoff)
    )
    for build in stale:
        ReportBuild.objects.filter(pk=build.pk).update(
            status=Status.QUEUED, heartbeat_at=timezone.now()
        )
        transaction.on_commit(functools.partial(_enqueue, build.pk))
    return stale


def content_type(fmt: str) -> str:
    return FORMATS[fmt][0]


# The language the data page's files are kept built in; other languages are built when asked.
DATASET_LANGUAGE = "en"


def dataset_request(*, key: str, fmt: str) -> ReportBuild:
    """A dataset's file as the public sees it — the data page serves the same file to every
    reader, signed in or not."""
    return report_request(actor=AnonymousUser(), key=key, fmt=fmt, params={})


def datasets_refresh() -> list[str]:
    """Build every dataset file whose data changed since its last build (in the data page's
    language): the task the data page's button and the sweep of `neaspec serve` queue. Returns
    the files built or queued."""
    built = []
    started = timezone.now()
    with translation.override(DATASET_LANGUAGE):
        for report in datasets():
            for fmt in report.formats:
                build = dataset_request(key=report.key, fmt=fmt)
                if build.created_at >= started:  # not one already made from this data
                    built.append(f"{report.key}.{fmt}")
    return built


def datasets_outdated(*, older_than: datetime.timedelta) -> list[str]:
    """The datasets whose data changed since their files were built: the refresh task is
    queued once for all of them (a minute's sweep reads only counts and the newest keys)."""
    outdated = []
    for report in datasets():
        version = data_version(report)
        current = ReportBuild.objects.filter(
            report=report.key,
            language=DATASET_LANGUAGE,
            audience="public",
            data_version=version,
            status__in=[Status.DONE, *ReportBuild.ACTIVE],
        )
        if not current.exists():
            outdated.append(report.key)
    if outdated:
        transaction.on_commit(_enqueue_refresh)
    return outdated


def _enqueue_refresh() -> None:
    from neaspec.reports.tasks import datasets_refresh as refresh

    refresh.enqueue()


def datasets_refresh_ask(*, actor: Actor) -> None:
    """The Secretariat asks for the files to be built again now, not at the next sweep."""
    if not actor.has_perm("reports.refresh_datasets"):
        raise PermissionDenied
    logger.info("dataset files: a new build asked by %s", actor)
    transaction.on_commit(_enqueue_refresh)
