from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from neaspec.accounts.rules import is_secretariat
from neaspec.decisions import selectors, services
from neaspec.decisions.forms import DecisionFilterForm, PositionForm, ProgressForm
from neaspec.directory.models import MemberState
from neaspec.directory.selectors import state_get


def decision_list(request: HttpRequest) -> HttpResponse:
    form = DecisionFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    area = filters.get("area")
    decisions = selectors.decision_list(
        actor=request.user,
        today=timezone.localdate(),
        meeting=filters.get("meeting", ""),
        area=area.code if area else "",
        kind=filters.get("kind", ""),
        addressee=filters.get("addressee", ""),
    )
    context = {"form": form, "decisions": decisions[:500]}
    return render(request, "decisions/decision_list.html", context)


def decision_detail(request: HttpRequest, pk: int) -> HttpResponse:
    decision = selectors.decision_get(pk=pk, actor=request.user)
    thread, links = selectors.decision_thread(decision=decision, actor=request.user)
    states = selectors.states_spoken_for(actor=request.user)
    may_record = states.exists() and (not decision.adopted or is_secretariat(request.user))
    context = {
        "decision": decision,
        "thread": thread,
        "links": links,
        "consensus": selectors.decision_consensus(decision=decision),
        "tracked": selectors.track(decision.follow_ups.all(), today=timezone.localdate()),
        "position_form": PositionForm(states=states) if may_record else None,
    }
    return render(request, "decisions/decision_detail.html", context)


@login_required
@require_POST
def position_add(request: HttpRequest, pk: int) -> HttpResponse:
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
    """The follow-up tracker: all open requests, those to the Secretariat, what is asked of a
    State, or what is due before the next SOM."""
    today = timezone.localdate()
    view = request.GET.get("view", "all")
    context: dict = {"view": view, "today": today, "states": MemberState.objects.all()}
    actor = request.user
    if view == "state":
        state = state_get(code=request.GET.get("state", ""))
        tracked = selectors.asked_of_state(actor=actor, state=state, today=today)
        context |= {"state": state, "tracked": tracked}
    elif view == "next-som":
        next_som, tracked = selectors.due_before_next_som(actor=actor, today=today)
        context |= {"next_som": next_som, "tracked": tracked}
    elif view == "secretariat":
        context["tracked"] = selectors.open_requests_to_secretariat(actor=actor, today=today)
    else:
        context |= {"view": "all", "tracked": selectors.open_requests(actor=actor, today=today)}
    return render(request, "decisions/tracker.html", context)


def follow_up_detail(request: HttpRequest, pk: int) -> HttpResponse:
    follow_up = selectors.follow_up_get(pk=pk, actor=request.user)
    tracked = selectors.track([follow_up], today=timezone.localdate())[0]
    form = None
    if request.user.has_perm("decisions.update_followup", follow_up):
        form = ProgressForm(initial={"progress": follow_up.progress, "status": follow_up.status})
    context = {"follow_up": follow_up, "tracked": tracked, "form": form}
    return render(request, "decisions/follow_up_detail.html", context)


@login_required
@require_POST
def follow_up_progress(request: HttpRequest, pk: int) -> HttpResponse:
    follow_up = selectors.follow_up_get(pk=pk, actor=request.user)
    if not request.user.has_perm("decisions.update_followup", follow_up):
        raise PermissionDenied
    form = ProgressForm(request.POST)
    if form.is_valid():
        services.follow_up_progress_record(
            actor=request.user, follow_up=follow_up, **form.cleaned_data
        )
        return redirect("decisions:follow_up", pk=follow_up.pk)
    tracked = selectors.track([follow_up], today=timezone.localdate())[0]
    context = {"follow_up": follow_up, "tracked": tracked, "form": form}
    return render(request, "decisions/follow_up_detail.html", context, status=400)
