from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRedirect

from neaspec.accounts.models import AuthenticatedRequest
from neaspec.htmx import page_or_part, wants_part
from neaspec.library import selectors, services
from neaspec.library.forms import MeetingDocumentForm, SearchForm, UploadForm
from neaspec.library.meeting_documents import meeting_document_upload
from neaspec.meetings import preparation_views
from neaspec.meetings.models import Meeting
from neaspec.paging import other_params, page_of
from neaspec.submission import refuse


def library(request: HttpRequest) -> HttpResponse:
    """The library: recent documents, or search results when there is a query."""
    form = SearchForm(request.GET or None)
    filters = form.filters()
    searching = bool(filters["query"])
    if searching:
        found: Any = selectors.document_search(actor=request.user, **filters)
    else:
        found = selectors.document_list(actor=request.user)
    context = {
        "form": form,
        "searching": searching,
        "page": page_of(request, found),
        "params": other_params(request),
        "can_upload": request.user.has_perm("library.add_document"),
    }
    return render(request, "library/library.html", context)


@login_required
def upload(request: AuthenticatedRequest) -> HttpResponse:
    if not request.user.has_perm("library.add_document"):
        raise PermissionDenied
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        file = data.pop("file")
        try:
            services.refuse_oversize(file.size)  # before reading it into memory
            document = services.document_upload(
                actor=request.user, filename=file.name, data=file.read(), **data
            )
        except ValidationError as error:
            form.add_error("file", error)
        except PermissionDenied:
            refusal = _("Only the Secretariat publishes documents to the public.")
            form.add_error("visibility", refusal)
        else:
            return redirect("library:document", pk=document.pk)
    return render(request, "library/upload.html", {"form": form})


DOCUMENT = "library/document.html"


def document(request: HttpRequest, pk: int) -> HttpResponse:
    found = selectors.document_get(pk=pk, actor=request.user)
    # The progress poll asks only for the status part.
    return page_or_part(request, DOCUMENT, {"document": found}, part="status")


def document_file(request: HttpRequest, pk: int) -> FileResponse:
    """The stored file, to whoever may see the document (others get 404, as for the page)."""
    found = selectors.document_get(pk=pk, actor=request.user)
    try:
        handle = found.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404(_("The file of this document is missing.")) from missing
    name = f"{slugify(found.title)[:80] or 'document'}.{found.file_type or 'bin'}"
    return FileResponse(handle, as_attachment=True, filename=name)


def document_text(request: HttpRequest, pk: int) -> HttpResponse:
    """The whole text read from the document, as plain text."""
    found = selectors.document_get(pk=pk, actor=request.user)
    if found.status != found.Status.READY:
        raise Http404(_("The text of this document has not been read yet."))
    return HttpResponse(found.text, content_type="text/plain; charset=utf-8")


@login_required
@require_POST
def document_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    if not request.user.has_perm("library.delete_document"):
        raise PermissionDenied
    found = selectors.document_get(pk=pk, actor=request.user)
    try:
        services.document_delete(actor=request.user, document=found)
    except ValidationError as refused:
        # A record cites it (409): the page, or to htmx its deleting part, says which.
        context = {"document": found, "delete_error": " ".join(refused.messages)}
        return page_or_part(request, DOCUMENT, context, part="removal", status=409)
    messages.success(request, _('The document "%(title)s" was deleted.') % {"title": found.title})
    url = reverse("library:library")
    # The page is of a document that is gone: htmx loads the library whole, as a redirect does.
    response = HttpResponseClientRedirect(url) if wants_part(request) else redirect(url)
    patch_vary_headers(response, ("HX-Request",))
    return response


@login_required
@require_POST
def meeting_document_add(request: AuthenticatedRequest, key: str) -> HttpResponse:
    """Upload a meeting document's file in one language, from the meeting's preparation page."""
    meeting = get_object_or_404(Meeting, key=key)
    if not request.user.has_perm("meetings.organize", meeting):
        raise PermissionDenied
    form = MeetingDocumentForm(request.POST, request.FILES, meeting=meeting)
    status = 422
    if form.is_valid():
        data = form.cleaned_data
        file = data.pop("file")
        try:
            services.refuse_oversize(file.size)
            meeting_document_upload(
                actor=request.user, meeting=meeting, filename=file.name, data=file.read(), **data
            )
        except ValidationError as error:
            status = refuse(form, error)
        except PermissionDenied:
            form.add_error(
                "visibility", _("Only the Secretariat publishes documents to the public.")
            )
        else:
            done = _("%s is added.") % data["symbol"]
            return preparation_views.prepare_saved(request, key, "documents", done=done)
    # The preparation page's documents section, with the form and its reasons.
    return preparation_views.prepare_page(
        request, key, part="documents", status=status, document_form=form
    )
