"""One way to page a list on a page: numbered pages that keep the other filters."""

from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

from django.core.paginator import Page, Paginator
from django.db.models import Model, QuerySet
from django.http import HttpRequest

PER_PAGE = 50


def page_of(
    request: HttpRequest, items: QuerySet[Model] | Sequence[object], per_page: int = PER_PAGE
) -> Page:
    """The page of `items` that `?page=` asks for; a page past the end gives the last one.
    `page.nearby` is the pager's numbers: the first, the last and two either side of this one,
    with `…` between (Django's elided range), however many pages there are."""
    if isinstance(items, QuerySet):
        items = Rows(items, list)  # read a page by its ids (see Rows)
    page = Paginator(items, per_page).get_page(request.GET.get("page"))
    page.nearby = list(  # type: ignore[attr-defined]
        page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    )
    return page


def other_params(request: HttpRequest) -> str:
    """The query string without `page`, so pager links keep the filters."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


class Rows[T](Sequence[T]):
    """Rows (a queryset or a list) shown through `show` (a list of rows to a list of what the
    page shows), one slice at a time: a pager counts them (in SQL for a queryset), and only the
    slice shown is read and shown — so what needs more than a row to be shown (deadlines
    resolved together, snippets) is done for that slice only.

    A queryset's slice is read in two steps: the ids of its rows, in order (a narrow sort, by
    the indexes), then those rows with everything they join — so the database never sorts tens
    of thousands of wide joined rows to keep fifty."""

    def __init__(self, rows: Any, show: Callable[[list[Any]], list[T]]) -> None:
        self.rows, self.show = rows, show

    def __len__(self) -> int:
        return self.rows.count() if isinstance(self.rows, QuerySet) else len(self.rows)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice) and not isinstance(self.rows, QuerySet):
            return self.show(list(self.rows[index]))
        if isinstance(index, slice):
            ids = list(self.rows.values_list("pk", flat=True)[index])
            found = {row.pk: row for row in self.rows.filter(pk__in=ids).order_by()}
            return self.show([found[pk] for pk in ids])
        return self[index : index + 1][0]

    def __iter__(self) -> Iterator[T]:
        return iter(self[:])
