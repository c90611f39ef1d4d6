"""The API's one way to page a list: `?limit=` (1 to 200, 50 by default) and `?offset=`, answered
as {"items": [...], "count": N, "next": URL or null}. Only the page's rows are read (and, for
`Rows`, shown: a selector's records made for the page alone); the operation's Out schema reads
them. Nothing returns an unbounded number of rows."""

from collections.abc import Sequence
from typing import Any, TypedDict

from django.db.models import Model, QuerySet
from django.http import HttpRequest
from ninja import Field, Schema
from ninja.pagination import PaginationBase

from neaspec.paging import Rows

MAX_LIMIT = 200
MAX_OFFSET = 10**9


class Paged(TypedDict):
    """A page as `Page.Output` gives it; the operation's Out schema reads the items."""

    items: list[object]
    count: int
    next: str | None


class Page(PaginationBase):
    class Input(Schema):
        limit: int = Field(
            50, ge=1, le=MAX_LIMIT, description=f"Items per page, at most {MAX_LIMIT}"
        )
        # Bounded: a number past what SQLite stores would be a database error, not an answer.
        offset: int = Field(0, ge=0, le=MAX_OFFSET, description="How many items to skip")

    class Output(Schema):
        items: list[Any]
        count: int
        next: str | None = Field(description="The next page's URL; null on the last page")

    def paginate_queryset(
        self,
        queryset: QuerySet[Model] | Sequence[object],
        pagination: Input,
        request: HttpRequest,
        **params: Any,
    ) -> Paged:
        if isinstance(queryset, QuerySet):
            queryset = Rows(queryset, list)  # read a page by its ids (neaspec.paging.Rows)
        count = len(queryset)
        end = pagination.offset + pagination.limit
        following = None
        if end < count:
            query = request.GET.copy()
            query["offset"], query["limit"] = str(end), str(pagination.limit)
            following = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
        return {"items": list(queryset[pagination.offset : end]), "count": count, "next": following}
