from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from neaspec.accounts.models import AuthenticatedRequest
from neaspec.htmx import page_or_part
from neaspec.imports import selectors, services


def import_page(
    request: HttpRequest, form: Any, *, template: str, kinds: tuple[str, ...]
) -> HttpResponse:
    """An app's import page: the form, the reader's latest imports; a file sent starts a job
    and the browser goes to its page."""
    if form.is_bound and form.is_valid():
        job = services.import_start(
            actor=request.user, kind=form.cleaned_data["what"], file=form.cleaned_data["file"]
        )
        return redirect("imports:job", pk=job.pk)
    context = {
        "form": form,
        "jobs": selectors.import_jobs_recent(actor=request.user, kinds=kinds),
    }
    return render(request, template, context, status=422 if form.is_bound else 200)


@login_required
@never_cache  # its progress says how long since the worker last wrote: always as of now
def job(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    found = selectors.import_job_get(pk=pk, actor=request.user)
    # The poll asks only for the progress part.
    return page_or_part(request, "imports/job.html", {"job": found}, part="progress")
