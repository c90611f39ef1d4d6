from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from neaspec.accounts.models import AuthenticatedRequest
from neaspec.accounts.rules import is_secretariat
from neaspec.decisions import selectors, services
from neaspec.decisions.forms import (
    CloseForm,
    DecisionFilterForm,
    FollowUpFilterForm,
    LinkForm,
    PositionForm,
    ProgressForm,
)
from neaspec.decisions.models import Decision, FollowUp
from neaspec.htmx import after_save, page_or_part, wants_part
from neaspec.meetings.selectors import meeting_choices, upcoming
from neaspec.paging import other_params, page_of
from neaspec.submission import refusal_status, refuse, submit


def decision_list(request: HttpRequest) -> HttpResponse:
    form = DecisionFilterForm(request.GET or None)
    decisions = selectors.decision_list(
        actor=request.user, today=timezone.localdate(), **form.filters()
    )
    context = {
        "form": form,
        "page": page_of(request, decisions),
        "params": other_params(request),
        "meeting_labels": meeting_choices(),
    }
    return render(request, "decisions/decision_list.html", context)


DETAIL = "decisions/decision_detail.html"
# The thread section of the page: its links, and the form to link the decision.
THREAD = "decisions/_thread.html#thread"


def _decision_page(
    request: HttpRequest,
    decision: Decision,
    *,
    part: str = "",
    status: int = 200,
    link_form: LinkForm | None = None,
    saved: str = "",
    refused: str = "",
) -> HttpResponse:
    """A decision's page, or to htmx its `part` (the thread), with a refused link form in
    place, `saved` or `refused` said."""
    thread, links = selectors.decision_thread(decision=decision, actor=request.user)
    links_out, links_in = selectors.links_of(decision, links)
    may_link = request.user.has_perm("decisions.link_decisions")
    context = {
        "decision": decision,
        "thread": thread,
        "links_out": links_out,
        "links_in": links_in,
        "link_form": (link_form or LinkForm()) if may_link else None,
        "saved": saved,
        "refused": refused,
    }
    if not (part and wants_part(request)):
        states = selectors.states_spoken_for(actor=request.user)
        may_record = states.exists() and (not decision.adopted or is_secretariat(request.user))
        context |= {
            "consensus": selectors.decision_consensus(decision=decision),
            "versions": selectors.draft_versions(decision),
            "tracked": selectors.track(decision.follow_ups.all(), today=timezone.localdate()),
            "position_form": PositionForm(states=states) if may_record else None,
        }
    return page_or_part(request, DETAIL, context, part=part, status=status)


def decision_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _decision_page(request, selectors.decision_get(pk=pk, actor=request.user))


def _may_link(request: AuthenticatedRequest) -> None:
    # Before the decision is looked up: whoever may not link is told so, draft or not.
    if not request.user.has_perm("decisions.link_decisions"):
        raise PermissionDenied


@login_required
@require_POST
def link_add(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Link the decision to another, named by its citation; a refused link comes back in the
    thread with its reasons (422, or 409 when the two are linked already)."""
    _may_link(request)
    decision = selectors.decision_get(pk=pk, actor=request.user)
    form = LinkForm(request.POST)
    status = 422
    if form.is_valid():
        try:
            services.decision_link(actor=request.user, source=decision, **form.cleaned_data)
        except ValidationError as error:
            status = refuse(form, error)
        else:
            said = _("The decisions are linked.")
            return after_save(
                request,
                reverse("decisions:detail", args=[pk]) + "#thread",
                lambda: _decision_page(request, decision, part=THREAD, saved=said),
                message=said,
            )
    return _decision_page(request, decision, part=THREAD, status=status, link_form=form)


@login_required
@require_POST
def link_remove(request: AuthenticatedRequest, pk: int, link: int) -> HttpResponse:
    """Remove a link from or to the decision."""
    _may_link(request)
    decision = selectors.decision_get(pk=pk, actor=request.user)
    found = selectors.decision_link_get(decision=decision, pk=link)
    try:
        services.decision_unlink(actor=request.user, link=found)
    except ValidationError as error:
        said = " ".join(error.messages)
        return _decision_page(
            request, decision, part=THREAD, status=refusal_status(error), refused=said
        )
    said = _("The link is removed.")
    return after_save(
        request,
        reverse("decisions:detail", args=[pk]) + "#thread",
        lambda: _decision_page(request, decision, part=THREAD, saved=said),
        message=said,
    )


@login_required
@require_POST
def position_add(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    decision = selectors.decision_get(pk=pk, actor=request.user)
    form = PositionForm(request.POST, states=selectors.states_spoken_for(actor=request.user))
    if not form.is_valid():
        if "state" in form.errors:
            raise PermissionDenied
        return render(request, "decisions/position_form.html", {"form": form, "decision": decision})
    try:
        services.position_record(actor=request.user, decision=decision, **form.cleaned_data)
    except ValidationError as error:
        form.add_error(None, error)
        return render(request, "decisions/position_form.html", {"form": form, "decision": decision})
    return redirect("decisions:detail", pk=decision.pk)


def tracker(request: HttpRequest) -> HttpResponse:
    """The follow-up tracker: open actions by default, or done, dropped or all, filtered by
    meeting, whom they ask, programme area, overdue and due date, page by page."""
    today = timezone.localdate()
    form = FollowUpFilterForm(request.GET or None)
    filters = form.filters()
    tracked = selectors.follow_up_list(actor=request.user, today=today, **filters)
    next_som = upcoming(series_code="SOM", today=today)
    context = {
        "form": form,
        "filters": filters,
        "today": today,
        "page": page_of(request, tracked),
        "params": other_params(request),
        "meeting_labels": meeting_choices(),
        "next_som": next_som,
        # The views (open, overdue, done...) keep the meeting and area the reader chose.
        "kept": "".join(
            f"&{urlencode({name: request.GET[name]})}"
            for name in ("meeting", "area")
            if request.GET.get(name)
        ),
    }
    return render(request, "decisions/tracker.html", context)


def _hub_hosts(request: HttpRequest) -> set[str]:
    """The Hub's own host names: the one this request came to, and the one its mail links to."""
    return {request.get_host().lower(), urlsplit(settings.NEASPEC_SITE_URL).netloc.lower()}


def follow_up_detail(request: HttpRequest, pk: int) -> HttpResponse:
    follow_up = selectors.follow_up_get(pk=pk, actor=request.user)
    tracked = selectors.track([follow_up], today=timezone.localdate())[0]
    form = close_form = None
    if request.user.has_perm("decisions.update_followup", follow_up):
        form = ProgressForm(initial={"progress": follow_up.progress, "status": follow_up.status})
    if request.user.has_perm("decisions.close_followup", follow_up) and not follow_up.is_closed:
        close_form = CloseForm(actor=request.user, hosts=_hub_hosts(request))
    context = {"follow_up": follow_up, "tracked": tracked, "form": form, "close_form": close_form}
    return render(request, "decisions/follow_up_detail.html", context)


@login_required
@require_POST
def follow_up_close(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Close an action as done or dropped on evidence; a refused form comes back with 422."""
    follow_up = selectors.follow_up_get(pk=pk, actor=request.user)
    if not request.user.has_perm("decisions.close_followup", follow_up):
        raise PermissionDenied
    form = CloseForm(request.POST, actor=request.user, hosts=_hub_hosts(request))
    if submit(form, services.follow_up_close, actor=request.user, follow_up=follow_up):
        follow_up.refresh_from_db()
        messages.success(
            request,
            _("The action is closed as %(status)s.")
            % {"status": follow_up.get_status_display().lower()},
        )
        return redirect("decisions:follow_up", pk=follow_up.pk)
    tracked = selectors.track([follow_up], today=timezone.localdate())[0]
    context = {"follow_up": follow_up, "tracked": tracked, "form": None, "close_form": form}
    return render(request, "decisions/follow_up_detail.html", context, status=422)


@login_required
@require_POST
def follow_up_progress(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    follow_up = selectors.follow_up_get(pk=pk, actor=request.user)
    if not request.user.has_perm("decisions.update_followup", follow_up):
        raise PermissionDenied
    form = ProgressForm(request.POST)
    if submit(form, services.follow_up_progress_record, actor=request.user, follow_up=follow_up):
        messages.success(
            request,
            _("Progress recorded: %(progress)s %%, %(status)s.")
            % {
                "progress": form.cleaned_data["progress"],
                "status": FollowUp.Status(form.cleaned_data["status"]).label.lower(),
            },
        )
        return redirect("decisions:follow_up", pk=follow_up.pk)
    tracked = selectors.track([follow_up], today=timezone.localdate())[0]
    context = {"follow_up": follow_up, "tracked": tracked, "form": form}
    return render(request, "decisions/follow_up_detail.html", context, status=422)
