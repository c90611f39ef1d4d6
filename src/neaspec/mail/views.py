"""The outbox for the Secretariat (every e-mail and where it stands, a failed one tried again),
and each person's choice of the weekly digest."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from neaspec.accounts.models import AuthenticatedRequest, User
from neaspec.mail import selectors, services
from neaspec.mail.forms import OutboxFilterForm
from neaspec.mail.models import Message, OptOut, Purpose
from neaspec.paging import other_params, page_of


@login_required
def outbox(request: AuthenticatedRequest) -> HttpResponse:
    if not request.user.has_perm("mail.view_outbox"):
        raise PermissionDenied
    form = OutboxFilterForm(request.GET or None)
    found = selectors.outbox_list(**form.filters())
    context = {"form": form, "page": page_of(request, found), "params": other_params(request)}
    return render(request, "mail/outbox.html", context)


@login_required
@require_POST
def retry(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    message = get_object_or_404(Message, pk=pk)
    if not request.user.has_perm("mail.retry", message):
        raise PermissionDenied
    try:
        services.message_retry(actor=request.user, message=message)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The e-mail is queued again."))
    return redirect("mail:outbox")


@login_required
def preferences(request: AuthenticatedRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)  # signed in
    if request.method == "POST":
        receive = request.POST.get("digest") == "1"
        services.opt_out_set(actor=user, user=user, purpose=Purpose.DIGEST, receive=receive)
        messages.success(
            request,
            _("You will receive the weekly digest.")
            if receive
            else _("You will no longer receive the weekly digest."),
        )
        return redirect("mail:preferences")
    receives = not OptOut.objects.filter(user=user, purpose=Purpose.DIGEST).exists()
    return render(request, "mail/preferences.html", {"receives_digest": receives})
