"""The assembled JSON API: each app contributes its router; errors share one shape."""

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import OperationalError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.csp import CSP
from django.views.decorators.csp import csp_override
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.operation import Operation

from neaspec.accounts.api import router as tokens_router
from neaspec.api.bodies import objects_only
from neaspec.api.errors import database_unavailable, error_response, failure, field_errors
from neaspec.api.names import use_qualified_names
from neaspec.conflicts import DUPLICATE, ConflictError, is_duplicate
from neaspec.consultations.api import router as consultations_router
from neaspec.decisions.api import router as decisions_router
from neaspec.directory.api import router as directory_router
from neaspec.extraction.api import router as extraction_router
from neaspec.finance.api import router as finance_router
from neaspec.library.api import router as library_router
from neaspec.library.meeting_documents_api import router as meeting_documents_router
from neaspec.mail.api import router as outbox_router
from neaspec.meetings.api import router as meetings_router
from neaspec.networks.api import router as networks_router
from neaspec.people.api import router as people_router
from neaspec.proceedings.api import router as proceedings_router
from neaspec.programme.api import router as programme_router
from neaspec.projects.api import router as projects_router
from neaspec.reports.api import router as reports_router

# Swagger UI sets inline styles; its page alone may use them, scripts stay same-origin only.
docs_csp = csp_override(
    {
        "default-src": [CSP.SELF],
        "script-src": [CSP.SELF],
        "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
        "img-src": [CSP.SELF, "data:"],
        "object-src": [CSP.NONE],
        "base-uri": [CSP.NONE],
        "frame-ancestors": [CSP.NONE],
    }
)


class HubAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation: Operation) -> str:
        """An operation is named by its app's API and its function: `neaspec_<app>_api_<name>`
        whether the API is one module (<app>/api.py) or a package of them (<app>/api/), so
        that moving an operation between a package's modules does not rename it for clients."""
        app, package, _ = operation.view_func.__module__.partition(".api.")
        module = f"{app}.api" if package else app
        return f"{module}_{operation.view_func.__name__}".replace(".", "_")


use_qualified_names()  # before any schema is built: components named apart (api/names.py)
api = HubAPI(
    title="NEASPEC Hub API",
    version="1",
    description=(
        "The programme's record: its institutions, plans, meetings, decisions and their "
        "follow-up, consultations, money and networks. Reads need no sign-in; the public sees "
        "public fields only.\n\n"
        "**Signing in.** A script sends a personal access token: `Authorization: Bearer "
        "<token>` (made on the Hub's page *Your account → Your API tokens*, or by `POST "
        "/api/tokens` from a signed-in session; read-only or read and write; shown once). "
        "With a token no CSRF token is needed. A browser's session may call the API too: its "
        "writes send the `X-CSRFToken` header with the value of the `csrftoken` cookie. A "
        "write without either is answered 401.\n\n"
        '**Errors** share one shape: `{"error": {"status", "code", "message", '
        '"fields"}}`; 409 means someone changed the record first or it exists already.'
    ),
    docs_url="/docs",
    openapi_url="/openapi.json",
    docs_decorator=docs_csp,
    urls_namespace="api",
)
api.add_decorator(objects_only, mode="view")  # before a body is read: see api/bodies.py
# Before the directory's: its /people/{key} would take /people/invitations for a key.
api.add_router("/", people_router)
api.add_router("/", tokens_router)
api.add_router("/", outbox_router)
api.add_router("/", directory_router)
api.add_router("/", programme_router)
api.add_router("/", meetings_router)
api.add_router("/", decisions_router)
api.add_router("/", proceedings_router)
api.add_router("/", consultations_router)
api.add_router("/", library_router)
api.add_router("/", meeting_documents_router)
api.add_router("/", extraction_router)
api.add_router("/", finance_router)
api.add_router("/", projects_router)
api.add_router("/", networks_router)
api.add_router("/", reports_router)


@api.exception_handler(Http404)
def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error_response(404, "not_found", str(exc) or "No such resource.")


@api.exception_handler(PermissionDenied)
def on_denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return error_response(403, "forbidden", "You may not do this.")


@api.exception_handler(AuthenticationError)
def on_unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return error_response(401, "unauthenticated", "Sign in first.")


@api.exception_handler(ValidationError)
def on_invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return error_response(422, "invalid", "The request is not valid.", field_errors(exc.errors))


@api.exception_handler(ConflictError)
def on_conflict(request: HttpRequest, exc: ConflictError) -> HttpResponse:
    """Someone else changed the record first; nothing was changed."""
    return error_response(409, "conflict", " ".join(exc.messages))


@api.exception_handler(DjangoValidationError)
def on_refused(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
    """A service refused the change (a rule of the programme, not the request's shape); a
    record that exists already is a conflict with it."""
    if is_duplicate(exc):
        return error_response(409, DUPLICATE, " ".join(exc.messages))
    return error_response(422, "refused", " ".join(exc.messages))


@api.exception_handler(HttpError)
def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return error_response(exc.status_code, "error", str(exc))


@api.exception_handler(OperationalError)
def on_database_unavailable(request: HttpRequest, exc: OperationalError) -> HttpResponse:
    return database_unavailable(request, exc)


@api.exception_handler(Exception)
def on_failure(request: HttpRequest, exc: Exception) -> HttpResponse:
    return failure(request, exc)
