"""Every body the API takes is a JSON object. django-ninja reads a body's fields by name and
fills those it cannot find from their defaults, so `"hello"`, `null` or `[null, null]` passed
as a body would be an empty but valid request, and a write with only optional fields would
store an empty record. Refused here, before any operation reads it: once for all of them."""

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse

from neaspec.api.errors import error_response

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Read as fields and files, not as JSON (django-ninja reads any other body as JSON).
FORMS = frozenset({"multipart/form-data", "application/x-www-form-urlencoded"})
KINDS = {bool: "true or false", int: "a number", float: "a number", str: "a string", list: "a list"}


def _not_an_object(request: HttpRequest) -> str:
    """Why the request's body is not a JSON object ("" when it is, or is not JSON at all:
    files and forms are read by their own rules, and unreadable JSON is the parser's 400)."""
    if request.method not in WRITE_METHODS or request.content_type in FORMS:
        return ""
    if not request.body.strip():
        return ""
    try:
        given = json.loads(request.body)
    except ValueError:
        return ""
    if isinstance(given, dict):
        return ""
    kind = "null" if given is None else KINDS.get(type(given), type(given).__name__)
    return f"The body must be a JSON object of the operation's fields, not {kind}."


def objects_only(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """An operation's view that answers 422 to a body that is not a JSON object."""

    @wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        reason = _not_an_object(request)
        if reason:
            fields = [{"location": "body", "message": reason}]
            return error_response(422, "invalid", "The request is not valid.", fields)
        return view(request, *args, **kwargs)

    return checked
