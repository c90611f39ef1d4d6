from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from neaspec.accounts.models import Actor, AuthenticatedRequest
from neaspec.accounts.rules import focal_point_state_ids, is_secretariat
from neaspec.conflicts import ConflictError
from neaspec.directory.models import MemberState
from neaspec.directory.selectors import state_list
from neaspec.htmx import after_save, page_or_part
from neaspec.networks import maps, selectors, services
from neaspec.networks.forms import (
    InclusionForm,
    NominationForm,
    SheetForm,
    SheetReviewForm,
    SiteFilterForm,
    SiteReviewForm,
)
from neaspec.networks.models import SiteSheet
from neaspec.submission import submit


def _nominating_states(user: Actor) -> QuerySet[MemberState]:
    """Coastal States the user may nominate for: all for the Secretariat, else their own."""
    coastal = MemberState.objects.filter(coastal=True)
    return coastal if is_secretariat(user) else coastal.filter(pk__in=focal_point_state_ids(user))


def _site_points(sites: object) -> list[tuple]:
    return [
        (s.name, s.latitude, s.longitude, reverse("networks:site", args=[s.key]))
        for s in sites  # type: ignore[attr-defined]
        if s.latitude is not None
    ]


def neampan(request: HttpRequest) -> HttpResponse:
    form = SiteFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    state = filters.get("state")
    sites = selectors.site_list(
        network="neampan",
        state=state.code if state else "",
        status=filters.get("status", ""),
        inscription=filters.get("inscription", ""),
    )
    today = timezone.localdate()
    context = {
        "form": form,
        "sites": [(site, selectors.sheet_staleness(site, today)) for site in sites],
        "counts": selectors.published_counts(network="neampan"),
        "coverage": selectors.coverage(actor=request.user),
        "decisions": selectors.decisions_on_sites(),
        "may_nominate": _nominating_states(request.user).exists(),
        "map": maps.north_east_asia(points=_site_points(sites), state_names=_state_names()),
    }
    return render(request, "networks/neampan.html", context)


SITE_PAGE = "networks/site_detail.html"


def _state_names() -> dict[str, str]:
    """The member States' names in the reader's language, for the map."""
    return {state.code: str(state) for state in state_list()}


def _site_page(
    request: HttpRequest, key: str, *, part: str = "", status: int = 200, **forms: object
) -> HttpResponse:
    """The site's page, or to htmx its `part`: "nomination" (what the site is and the steps
    of its nomination, with their forms) or "sheets" (its sheets, their review, a new one).
    A refused form comes in `forms` and stands in place of a fresh one."""
    site = selectors.site_get(key=key)
    user = request.user
    secretariat = is_secretariat(user)
    sheets = selectors.sheets_visible(site=site, actor=user)
    context = {
        "site": site,
        "sheets": sheets,
        "changes": selectors.sheet_changes(sheets),
        "staleness": selectors.sheet_staleness(site, timezone.localdate()),
        "map": maps.north_east_asia(
            points=_site_points([site]),
            boundaries=[site.boundary] if site.boundary else [],
            state_names=_state_names(),
        ),
        "sheet_form": forms.get("sheet_form")
        or (SheetForm() if user.has_perm("networks.submit_sheet", site.state) else None),
        "review_form": SheetReviewForm() if secretariat else None,
        "refused_review": forms.get("refused_review"),
        "site_review_form": forms.get("site_review_form")
        or (SiteReviewForm() if secretariat and site.status == "nominated" else None),
        "inclusion_form": forms.get("inclusion_form")
        or (InclusionForm() if secretariat and site.status == "reviewed" else None),
    }
    return page_or_part(request, SITE_PAGE, context, part=part, status=status)


def _site_saved(request: HttpRequest, key: str, part: str) -> HttpResponse:
    url = reverse("networks:site", args=[key])
    return after_save(request, url, lambda: _site_page(request, key, part=part))


def site_detail(request: HttpRequest, key: str) -> HttpResponse:
    return _site_page(request, key)


@login_required
def site_nominate(request: AuthenticatedRequest) -> HttpResponse:
    states = _nominating_states(request.user)
    if not states.exists():
        raise PermissionDenied
    form = NominationForm(request.POST or None, states=states)
    if request.method == "POST":
        site = submit(form, services.site_nominate, actor=request.user)
        if site:
            return redirect("networks:site", key=site.key)
    status = 422 if request.method == "POST" else 200
    return render(request, "networks/nominate.html", {"form": form}, status=status)


@login_required
@require_POST
def sheet_submit(request: AuthenticatedRequest, key: str) -> HttpResponse:
    site = selectors.site_get(key=key)
    if not request.user.has_perm("networks.submit_sheet", site.state):
        raise PermissionDenied
    form = SheetForm(request.POST)
    if submit(form, services.sheet_submit, actor=request.user, site=site):
        return _site_saved(request, key, "sheets")
    return _site_page(request, key, part="sheets", status=422, sheet_form=form)


@login_required
@require_POST
def sheet_review(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    sheet = get_object_or_404(SiteSheet.objects.select_related("site"), pk=pk)
    if not request.user.has_perm("networks.validate_sheet", sheet):
        raise PermissionDenied
    form = SheetReviewForm(request.POST)
    status = 422
    if form.is_valid():
        try:
            if form.cleaned_data["action"] == "validate":
                services.sheet_validate(actor=request.user, sheet=sheet)
            else:
                services.sheet_return(
                    actor=request.user, sheet=sheet, reason=form.cleaned_data["reason"]
                )
        except ValidationError as error:
            # 409 when someone reviewed the sheet first: the page shows it as it now stands.
            status = 409 if isinstance(error, ConflictError) else 422
            form.add_error(None, error)
        else:
            return _site_saved(request, sheet.site.key, "sheets")
    refused = {"sheet": sheet.pk, "form": form}
    return _site_page(request, sheet.site.key, part="sheets", status=status, refused_review=refused)


@login_required
@require_POST
def site_review(request: AuthenticatedRequest, key: str) -> HttpResponse:
    site = selectors.site_get(key=key)
    if not request.user.has_perm("networks.record_nomination_step", site):
        raise PermissionDenied
    form = SiteReviewForm(request.POST)
    if submit(form, services.site_review_record, actor=request.user, site=site):
        return _site_saved(request, key, "nomination")
    return _site_page(request, key, part="nomination", status=422, site_review_form=form)


@login_required
@require_POST
def site_inclusion(request: AuthenticatedRequest, key: str) -> HttpResponse:
    site = selectors.site_get(key=key)
    if not request.user.has_perm("networks.record_nomination_step", site):
        raise PermissionDenied
    form = InclusionForm(request.POST)
    if submit(form, services.site_inclusion_record, actor=request.user, site=site):
        return _site_saved(request, key, "nomination")
    return _site_page(request, key, part="nomination", status=422, inclusion_form=form)


def neacap(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    context = {"today": today, **selectors.committee(body_key="neacap-spc", on=today)}
    return render(request, "networks/neacap.html", context)


def lccp(request: HttpRequest) -> HttpResponse:
    cities = selectors.city_list()
    context = {
        "programmes": selectors.national_programmes(),
        "cities": cities,
        "reviews": selectors.peer_reviews(),
        "counts": selectors.published_counts(network="nea-lccp"),
        "map": maps.north_east_asia(
            points=[
                (c.name, c.latitude, c.longitude, "")
                for c in cities
                if c.latitude is not None and c.longitude is not None
            ],
            state_names=_state_names(),
        ),
    }
    return render(request, "networks/lccp.html", context)


def species(request: HttpRequest) -> HttpResponse:
    context = {
        "species": selectors.species_list(),
        "areas": selectors.site_list().exclude(kind="mpa"),
    }
    return render(request, "networks/species.html", context)
