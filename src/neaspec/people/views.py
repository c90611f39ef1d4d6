"""The Secretariat's people pages, and the page where an invited person sets their password."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from neaspec.accounts import services as accounts_services
from neaspec.accounts.models import AuthenticatedRequest, RoleGrant, User
from neaspec.audit import history_for
from neaspec.htmx import after_save, page_or_part
from neaspec.mail.selectors import outbox_list
from neaspec.paging import other_params, page_of
from neaspec.people import selectors, services
from neaspec.people.forms import GrantForm, InviteForm, PeopleFilterForm, ReasonForm
from neaspec.people.tokens import join_tokens
from neaspec.submission import attempt, submit


def _manager(request: HttpRequest) -> None:
    if not request.user.has_perm("accounts.manage_grants"):
        raise PermissionDenied


@login_required
def people(request: AuthenticatedRequest) -> HttpResponse:
    _manager(request)
    form = PeopleFilterForm(request.GET or None)
    found = selectors.people_list(**form.filters())
    context = {"form": form, "page": page_of(request, found), "params": other_params(request)}
    return page_or_part(request, "people/list.html", context, part="results")


@login_required
def invite(request: AuthenticatedRequest) -> HttpResponse:
    _manager(request)
    form = InviteForm(request.POST or None)
    if request.method == "POST":
        user = submit(form, services.person_invite, actor=request.user)
        if user is not None:
            messages.success(
                request,
                _("%(name)s is invited; the e-mail with their link is queued (%(email)s).")
                % {"name": user.first_name, "email": user.email},
            )
            return redirect("people:detail", pk=user.pk)
    status = 422 if form.errors else 200
    return render(request, "people/invite.html", {"form": form}, status=status)


def _person(pk: int) -> User:
    return get_object_or_404(selectors.people_list(), pk=pk)


def _person_page(
    request: AuthenticatedRequest,
    pk: int,
    *,
    part: str = "",
    status: int = 200,
    grant_form: GrantForm | None = None,
    saved: str = "",
) -> HttpResponse:
    """A person's page, or to htmx its `part` "roles" (their roles, and the form to grant one),
    with a refused grant form in place or `saved` said."""
    person = _person(pk)
    context = {
        "person": person,
        "standing": selectors.standing(person),
        "grant_form": grant_form or GrantForm(),
        "reason_form": ReasonForm(),
        "mail": outbox_list(regarding=f"user:{person.pk}")[:10],
        "history": history_for(actor=request.user, obj=person),
        "saved": saved,
    }
    return page_or_part(request, "people/detail.html", context, part=part, status=status)


@login_required
def detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    _manager(request)
    return _person_page(request, pk)


@login_required
@require_POST
def grant_add(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    _manager(request)
    person = _person(pk)
    form = GrantForm(request.POST)
    if submit(form, services.role_grant_add, actor=request.user, user=person) is None:
        return _person_page(request, pk, part="roles", status=422, grant_form=form)
    said = _("The role is granted.")
    return after_save(
        request,
        reverse("people:detail", args=[pk]),
        lambda: _person_page(request, pk, part="roles", saved=said),
        message=said,
    )


@login_required
@require_POST
def grant_revoke(request: AuthenticatedRequest, pk: int, grant: int) -> HttpResponse:
    _manager(request)
    found = get_object_or_404(RoleGrant, pk=grant, user_id=pk)
    reason = request.POST.get("reason", "")
    if (
        attempt(request, accounts_services.role_grant_revoke, grant=found, reason=reason)
        is not None
    ):
        messages.success(request, _("The role is revoked."))
    return redirect("people:detail", pk=pk)


@login_required
@require_POST
def active_set(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    _manager(request)
    person = _person(pk)
    active = request.POST.get("active") == "1"
    reason = request.POST.get("reason", "")
    if (
        attempt(
            request, accounts_services.account_active_set, user=person, active=active, reason=reason
        )
        is not None
    ):
        messages.success(
            request, _("The account is active.") if active else _("The account is deactivated.")
        )
    return redirect("people:detail", pk=pk)


@login_required
@require_POST
def invitation_resend(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    _manager(request)
    if attempt(request, services.invitation_resend, user=_person(pk)) is not None:
        messages.success(request, _("A new link is queued; the list below says when it is sent."))
    return redirect("people:detail", pk=pk)


def join(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    """An invited person sets their password with their one-time link, and is signed in."""
    try:
        pk = int(force_str(urlsafe_base64_decode(uidb64)))
    except (ValueError, TypeError, OverflowError):
        pk = 0
    user = User.objects.filter(pk=pk, is_active=True).first() if pk else None
    if user is None or not join_tokens.check_token(user, token):
        return render(request, "people/join_invalid.html", status=404)
    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = accounts_services.account_password_set(
            user=user, password=form.cleaned_data["new_password1"]
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome. Protect your account with a second factor now."))
        return redirect(f"{reverse('two_factor')}?next={reverse('home')}")
    status = 422 if form.errors else 200
    return render(request, "people/join.html", {"form": form, "person": user}, status=status)
