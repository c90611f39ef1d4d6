"""One way to page a list on a page: numbered pages that keep the other filters."""

from collections.abc import Sequence
from typing import Any

from django.core.paginator import Page, Paginator
from django.http import HttpRequest

PER_PAGE = 50


def page_of(request: HttpRequest, items: Sequence[Any] | Any, per_page: int = PER_PAGE) -> Page:
    """The page of `items` that `?page=` asks for; a page past the end gives the last one."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))


def other_params(request: HttpRequest) -> str:
    """The query string without `page`, so pager links keep the filters."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
