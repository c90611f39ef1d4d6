"""The API's one error shape: {"error": {"status", "code", "message", "fields"}}."""

import logging
import sys
import uuid
from typing import Any

from django.db import OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from ninja import Schema

logger = logging.getLogger("neaspec.api")
# How long a client should wait before trying again when the database is busy or away.
RETRY_AFTER_SECONDS = 5


class FieldError(Schema):
    location: str
    message: str


class ErrorBody(Schema):
    status: int
    code: str
    message: str
    fields: list[FieldError] = []


class ErrorOut(Schema):
    error: ErrorBody


# What any write operation may answer besides its success, for its OpenAPI entry: 400 a body
# that is not JSON, 401 not signed in, 403 not allowed, 404 no such record, 409 a lost race or
# a record that exists already, 422 a body or a value refused.
WRITES = dict.fromkeys((400, 401, 403, 404, 409, 422), ErrorOut)


def error_response(
    status: int, code: str, message: str, fields: list[dict[str, str]] | None = None
) -> HttpResponse:
    body = {"error": {"status": status, "code": code, "message": message, "fields": fields or []}}
    return JsonResponse(body, status=status)


def field_errors(errors: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [
        {
            "location": ".".join(str(part) for part in e.get("loc", [])),
            "message": str(e.get("msg", "")),
        }
        for e in errors
    ]


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Django's 404 for any URL; under /api/ it answers in the API's error shape."""
    if request.path.startswith("/api/"):
        return error_response(404, "not_found", "No such resource.")
    from django.views.defaults import page_not_found

    return page_not_found(request, exception or Exception("not found"))


def database_unavailable(request: HttpRequest, exc: BaseException) -> HttpResponse:
    """The database did not answer, or a lock was held past the wait: nothing was done, and
    the same request may succeed in a moment."""
    logger.warning("%s %s: database unavailable: %s", request.method, request.path, exc)
    response = error_response(
        503,
        "unavailable",
        "The database is busy or cannot be reached; nothing was changed. Try again shortly.",
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def failure(request: HttpRequest, exc: BaseException | None) -> HttpResponse:
    """A failure of ours: the client gets the API's error with an id that is in the log."""
    error_id = uuid.uuid4().hex[:12]
    logger.error("%s %s failed (error %s)", request.method, request.path, error_id, exc_info=exc)
    message = f"Something went wrong on our side: error {error_id}, under which it is logged."
    return error_response(500, "server_error", message)


def server_error(request: HttpRequest) -> HttpResponse:
    """Django's 500 for a failure outside a view's own handlers — in a middleware that reads the
    session or a token before the API is reached, say. Under /api/ it answers in the API's shape;
    a database that is busy or away is a 503 with Retry-After on pages too, since trying again
    is the right thing to do. Django calls this inside its `except`, so the failure is known."""
    exc = sys.exc_info()[1]
    unavailable = isinstance(exc, OperationalError)
    if request.path.startswith("/api/"):
        return database_unavailable(request, exc) if unavailable else failure(request, exc)  # type: ignore[arg-type]
    # Rendered without a request context: the context processors would ask the database.
    if unavailable:
        page = loader.get_template("503.html").render()
        response = HttpResponse(page, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponse(loader.get_template("500.html").render(), status=500)
