from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render

from neaspec.accounts.models import AuthenticatedRequest
from neaspec.decisions.models import Decision
from neaspec.extraction import services
from neaspec.extraction.models import Extraction
from neaspec.extraction.review import corrected, reasons
from neaspec.extraction.services import AREAS
from neaspec.library.selectors import document_get
from neaspec.submission import refusal_status


@login_required
def review(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The Secretariat checks a report's proposal beside its source sentences, then confirms."""
    if not request.user.has_perm("extraction.review"):
        raise PermissionDenied
    document = document_get(pk=pk, actor=request.user)
    extraction = Extraction.objects.filter(document=document).first()
    if extraction is None:
        raise Http404("No proposal for this document")
    errors: list[str] = []
    status = 200
    if request.method == "POST" and extraction.status == Extraction.Status.PROPOSED:
        action = request.POST.get("action", "save")
        if action == "discard":
            services.extraction_discard(actor=request.user, extraction=extraction)
            return redirect("library:document", pk=document.pk)
        record, errors = corrected(extraction.record, request.POST)
        if not errors:
            extraction = services.extraction_review_save(
                actor=request.user, extraction=extraction, record=record
            )
            if action == "confirm":
                keep = {
                    f"+{k[7:]}" if v == "report" else k[7:]
                    for k, v in request.POST.items()
                    if k.startswith("choose-")
                }
                try:
                    services.extraction_commit(
                        actor=request.user, extraction=extraction, keep_recorded=keep
                    )
                except ValidationError as error:
                    errors = list(error.messages)
                    status = refusal_status(error)  # 409 when confirmed or discarded meanwhile
                else:
                    extraction.refresh_from_db()  # the service confirmed its locked copy
                    return redirect("meetings:detail", key=extraction.outcome["meeting"])
    context = {
        "document": document,
        "extraction": extraction,
        "record": extraction.record,
        "decisions": [(row, reasons(row)) for row in extraction.record["decisions"]],
        "conflicts": services.extraction_conflicts(extraction=extraction),
        "recorded": services.recorded_meeting(extraction.record),
        "errors": errors,
        "areas": list(AREAS),
        "kinds": Decision.Kind.choices,
    }
    if errors and status == 200:
        status = 422  # corrections that cannot be read, listed above the form
    return render(request, "extraction/review.html", context, status=status)
