from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from neaspec.accounts.models import Actor
from neaspec.imports.models import ImportJob


def import_job_get(*, pk: int, actor: Actor) -> ImportJob:
    """An import, for the one who sent it and the Secretariat."""
    job = get_object_or_404(ImportJob.objects.select_related("actor"), pk=pk)
    if not actor.has_perm("imports.view_job", job):
        raise PermissionDenied
    return job


def import_jobs_recent(
    *, actor: Actor, kinds: tuple[str, ...], limit: int = 10
) -> QuerySet[ImportJob]:
    """The reader's own latest imports of these kinds, newest first."""
    if not actor.is_authenticated:
        return ImportJob.objects.none()
    return ImportJob.objects.filter(actor=actor, kind__in=kinds)[:limit]
