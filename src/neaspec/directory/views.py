from collections.abc import Callable

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from neaspec.accounts.models import AuthenticatedRequest
from neaspec.audit import history_for
from neaspec.directory import profile, selectors, services
from neaspec.directory.forms import (
    ContactForm,
    FocalPointForm,
    MembershipForm,
    OnDateForm,
    PeopleFilterForm,
)
from neaspec.directory.models import FocalPoint, Person
from neaspec.htmx import page_or_part
from neaspec.paging import other_params, page_of
from neaspec.submission import refuse


def state_list(request: HttpRequest) -> HttpResponse:
    return render(request, "directory/state_list.html", {"states": selectors.state_list()})


def state_detail(request: HttpRequest, code: str) -> HttpResponse:
    state = selectors.state_get(code=code)
    focal_points = selectors.state_focal_points(state=state)
    contacts = list(selectors.state_contacts(state=state))
    shown = selectors.contact_ids(
        actor=request.user, people=[fp.person_id for fp in focal_points] + [p.pk for p in contacts]
    )
    context = {
        "state": state,
        "focal_points": focal_points,
        "contacts": contacts,
        "memberships": selectors.state_memberships(state=state),
        "today": timezone.localdate(),
        "can_add_focal_point": request.user.has_perm("directory.add_focalpoint", state),
        "can_keep_contacts": request.user.has_perm("directory.add_person", state),
        "contact_ids": shown,
        "history": history_for(actor=request.user, obj=state),
        "sections": profile.sections(request, state),
    }
    return render(request, "directory/state_detail.html", context)


def _saved(form: Form, service: Callable[..., object], **context: object) -> int:
    """Hand a valid form to `service`: 0 when saved; else the status of the page that shows
    why (409 when someone saved first, 422 for a refusal), the reasons on the form."""
    if not form.is_valid():
        return 422
    try:
        service(**context, **form.cleaned_data)
    except ValidationError as error:
        return refuse(form, error)  # the reasons beside their fields; 409 or 422
    return 0


@login_required
def focal_point_add(request: AuthenticatedRequest, code: str) -> HttpResponse:
    state = selectors.state_get(code=code)
    if not request.user.has_perm("directory.add_focalpoint", state):
        raise PermissionDenied
    form = FocalPointForm(request.POST or None, state=state)
    status = 200
    if request.method == "POST":
        status = _saved(form, services.focal_point_create, actor=request.user, state=state)
        if not status:
            return redirect("directory:state", code=state.code)
    context = {"form": form, "state": state}
    return render(request, "directory/focal_point_form.html", context, status=status)


@login_required
def focal_point_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    focal_point = get_object_or_404(FocalPoint.objects.select_related("state", "person"), pk=pk)
    if not request.user.has_perm("directory.change_focalpoint", focal_point):
        raise PermissionDenied
    person = focal_point.person
    initial = {
        "position": person.position,
        "email": person.email,
        "phone": person.phone,
        "institution": focal_point.institution_id,
        "rank": focal_point.rank,
        "start": focal_point.start,
        "end": focal_point.end,
        "seen": selectors.focal_point_version(focal_point),
    }
    form = FocalPointForm(request.POST or None, initial=initial, naming=False)
    status = 200
    if request.method == "POST":
        status = _saved(
            form, services.focal_point_update, actor=request.user, focal_point=focal_point
        )
        if not status:
            return redirect("directory:state", code=focal_point.state.code)
    context = {"form": form, "state": focal_point.state, "focal_point": focal_point}
    return render(request, "directory/focal_point_form.html", context, status=status)


@login_required
def contact_add(request: AuthenticatedRequest, code: str) -> HttpResponse:
    """A new contact person of a member State, entered by its focal point or the Secretariat."""
    state = selectors.state_get(code=code)
    if not request.user.has_perm("directory.add_person", state):
        raise PermissionDenied
    form = ContactForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = _saved(form, services.contact_create, actor=request.user, state=state)
        if not status:
            return redirect("directory:state", code=state.code)
    context = {"form": form, "state": state}
    return render(request, "directory/contact_form.html", context, status=status)


@login_required
def contact_edit(request: AuthenticatedRequest, key: str) -> HttpResponse:
    person = get_object_or_404(Person.objects.select_related("state"), key=key)
    if not request.user.has_perm("directory.change_person", person):
        raise PermissionDenied
    initial = {
        "honorific": person.honorific,
        "name": person.name,
        "position": person.position,
        "organization": person.organization_id,
        "email": person.email,
        "phone": person.phone,
        "seen": selectors.contact_version(person),
    }
    form = ContactForm(request.POST or None, initial=initial, editing=True)
    status = 200
    if request.method == "POST":
        status = _saved(form, services.contact_update, actor=request.user, person=person)
        if not status:
            return redirect("directory:person", key=person.key)
    context = {"form": form, "state": person.state, "person": person}
    return render(request, "directory/contact_form.html", context, status=status)


def body_list(request: HttpRequest) -> HttpResponse:
    return render(request, "directory/body_list.html", {"bodies": selectors.body_list()})


def body_detail(request: HttpRequest, key: str) -> HttpResponse:
    body = selectors.body_get(key=key)
    form = OnDateForm(request.GET or None)
    on = form.cleaned_data["on"] if form.is_valid() and form.cleaned_data["on"] else None
    day = on or timezone.localdate()
    context = {
        "body": body,
        "form": form,
        "on": on,
        "chair": selectors.body_chair_on(body=body, on=day),
        "chairs": selectors.body_chairs(body=body),
        "members": selectors.body_members_on(body=body, on=day),
        "can_add_member": request.user.has_perm("directory.add_membership", body),
        "history": history_for(actor=request.user, obj=body),
    }
    return render(request, "directory/body_detail.html", context)


@login_required
def membership_add(request: AuthenticatedRequest, key: str) -> HttpResponse:
    body = selectors.body_get(key=key)
    if not request.user.has_perm("directory.add_membership", body):
        raise PermissionDenied
    form = MembershipForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_create(actor=request.user, body=body, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("directory:body", key=body.key)
    return render(request, "directory/membership_form.html", {"form": form, "body": body})


def people(request: HttpRequest) -> HttpResponse:
    form = PeopleFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    state = filters.get("state")
    found = selectors.people_search(
        text=filters.get("q", ""), state_code=state.code if state else ""
    )
    page = page_of(request, found)
    context = {
        "form": form,
        "page": page,
        "params": other_params(request),
        "contacts_column": not selectors.contact_scope(request.user).nobody,
        "contact_ids": selectors.contact_ids(actor=request.user, people=page.object_list),
    }
    return page_or_part(request, "directory/people.html", context, part="results")


def person_detail(request: HttpRequest, key: str) -> HttpResponse:
    person = selectors.person_get(key=key)
    context = {
        "person": person,
        "can_see_contacts": request.user.has_perm("directory.view_contacts", person),
        "can_edit": request.user.has_perm("directory.change_person", person),
        "history": history_for(actor=request.user, obj=person),
    }
    return render(request, "directory/person_detail.html", context)
