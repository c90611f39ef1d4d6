"""The API's one error shape: {"error": {"status", "code", "message", "fields"}}."""

from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from ninja import Schema


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
