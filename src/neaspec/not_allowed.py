"""A 405 people and programs can read. Django's `require_POST` and django-ninja answer a GET on a
form's or an operation's address with an empty page or a bare "Method not allowed"; here a page
gets the site's frame with what to do instead, and the API its JSON error, the Allow header kept."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from neaspec.api.errors import error_response


class MethodNotAllowedPage:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 405 or getattr(response, "streaming", False):
            return response
        allow = response.get("Allow", "")
        if request.path.startswith("/api/"):
            if response.get("Content-Type", "").startswith("application/json"):
                return response  # already the API's own answer
            message = f"{request.method} is not allowed here; this address takes {allow}."
            answer = error_response(405, "method_not_allowed", message)
        elif response.content.strip():
            return response
        else:
            answer = render(request, "405.html", {"allow": allow}, status=405)
        answer["Allow"] = allow
        return answer
