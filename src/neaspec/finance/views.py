from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from neaspec.accounts.models import AuthenticatedRequest
from neaspec.audit import history_for
from neaspec.finance import exports, selectors, services
from neaspec.finance.forms import (
    ContributionForm,
    FinanceImportForm,
    NotReceivedForm,
    PledgeForm,
    ReceiptForm,
    StatusDateForm,
)
from neaspec.finance.ledger import fund_status
from neaspec.htmx import after_save, page_or_part
from neaspec.imports.views import import_page
from neaspec.paging import other_params, page_of
from neaspec.submission import submit
from neaspec.tables import download

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _manager_only(request: HttpRequest) -> None:
    if not request.user.has_perm("finance.manage"):
        raise PermissionDenied


def fund_list(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    funds = [
        (fund, fund_status(fund=fund, on=today, actor=request.user))
        for fund in selectors.fund_list()
    ]
    return render(request, "finance/fund_list.html", {"funds": funds, "today": today})


def fund_detail(request: HttpRequest, key: str) -> HttpResponse:
    fund = selectors.fund_get(key=key)
    form = StatusDateForm(request.GET or None)
    on = (form.cleaned_data.get("date") if form.is_valid() else None) or timezone.localdate()
    context = {
        "fund": fund,
        "form": form,
        "status": fund_status(fund=fund, on=on, actor=request.user),
        "plans": selectors.budget_plans(fund=fund),
        "spending": selectors.expenditure_by_line(fund=fund, on=on),
    }
    return render(request, "finance/fund_detail.html", context)


# The status page shows this many years at a time, newest first; the download has them all.
YEARS_PER_PAGE = 5


def contribution_status(request: HttpRequest) -> HttpResponse:
    page = page_of(request, selectors.contribution_years(actor=request.user), YEARS_PER_PAGE)
    status = selectors.contribution_status(actor=request.user, years=list(page.object_list))
    context = {**status, "page": page, "params": other_params(request), "years": page.object_list}
    return render(request, "finance/contribution_status.html", context)


def contributions_export(request: HttpRequest, fmt: str) -> HttpResponse:
    """The status of contributions to save: cash as CSV (`?table=in-kind` for those in kind),
    or both as a workbook."""
    status = selectors.contribution_status(actor=request.user)
    name = f"status-of-contributions.{fmt}"
    if fmt == "csv":
        in_kind = request.GET.get("table") == "in-kind"
        if in_kind:
            name = "status-of-contributions-in-kind.csv"
        return download(
            exports.status_csv(status, in_kind=in_kind), name, "text/csv; charset=utf-8"
        )
    if fmt == "xlsx":
        return download(exports.status_xlsx(status), name, XLSX)
    raise Http404("Unknown format")


CONTRIBUTION_PAGE = "finance/contribution_detail.html"


def _contribution_page(
    request: HttpRequest, pk: int, *, part: str = "", status: int = 200, **forms: object
) -> HttpResponse:
    """The contribution's page, or to htmx its `part` "record" (what is recorded of it, with
    the forms that record its pledge and receipts). A refused form comes in `forms`."""
    contribution = selectors.contribution_get(pk=pk, actor=request.user)
    manages = request.user.has_perm("finance.manage")
    context = {
        "contribution": contribution,
        "history": history_for(actor=request.user, obj=contribution),
        "pledge_form": forms.get("pledge_form") or (PledgeForm() if manages else None),
        "receipt_form": forms.get("receipt_form") or (ReceiptForm() if manages else None),
        "awaited_form": forms.get("awaited_form") or (NotReceivedForm() if manages else None),
        "may_confirm": request.user.has_perm("finance.confirm_contribution", contribution),
    }
    return page_or_part(request, CONTRIBUTION_PAGE, context, part=part, status=status)


def _contribution_saved(request: HttpRequest, pk: int) -> HttpResponse:
    url = reverse("finance:contribution", args=[pk])
    return after_save(request, url, lambda: _contribution_page(request, pk, part="record"))


def contribution_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _contribution_page(request, pk)


@login_required
def contribution_add(request: AuthenticatedRequest) -> HttpResponse:
    _manager_only(request)
    form = ContributionForm(request.POST or None)
    if request.method == "POST":
        contribution = submit(form, services.contribution_announce, actor=request.user)
        if contribution:
            return redirect("finance:contribution", pk=contribution.pk)
    status = 422 if request.method == "POST" else 200
    return render(request, "finance/contribution_form.html", {"form": form}, status=status)


@login_required
@require_POST
def contribution_pledge(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    _manager_only(request)
    contribution = selectors.contribution_get(pk=pk, actor=request.user)
    form = PledgeForm(request.POST)
    if submit(form, services.contribution_pledge, actor=request.user, contribution=contribution):
        return _contribution_saved(request, pk)
    return _contribution_page(request, pk, part="record", status=422, pledge_form=form)


@login_required
@require_POST
def contribution_receive(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    _manager_only(request)
    contribution = selectors.contribution_get(pk=pk, actor=request.user)
    form = ReceiptForm(request.POST)
    if submit(form, services.contribution_receive, actor=request.user, contribution=contribution):
        return _contribution_saved(request, pk)
    return _contribution_page(request, pk, part="record", status=422, receipt_form=form)


@login_required
@require_POST
def contribution_not_received(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    _manager_only(request)
    contribution = selectors.contribution_get(pk=pk, actor=request.user)
    form = NotReceivedForm(request.POST)
    service = services.contribution_not_received
    if submit(form, service, actor=request.user, contribution=contribution):
        return _contribution_saved(request, pk)
    return _contribution_page(request, pk, part="record", status=422, awaited_form=form)


@login_required
@require_POST
def contribution_confirm(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    contribution = selectors.contribution_get(pk=pk, actor=request.user)
    services.contribution_confirm(actor=request.user, contribution=contribution)
    return redirect("finance:contributions")


@login_required
def finance_import(request: AuthenticatedRequest) -> HttpResponse:
    _manager_only(request)
    form = FinanceImportForm(request.POST or None, request.FILES or None)
    return import_page(
        request, form, template="finance/import.html", kinds=("contributions", "expenditure")
    )
