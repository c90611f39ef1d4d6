from typing import TYPE_CHECKING, Any

from django.apps import AppConfig

if TYPE_CHECKING:  # the models load after the app's config
    from neaspec.accounts.models import User


class AccountsConfig(AppConfig):
    name = "neaspec.accounts"
    label = "accounts"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_logged_out

        # Every session signed in, however it was (the sign-in pages, the admin's, a test
        # client's force_login), is listed in "Your sessions" and knows whether it owes a
        # two-factor code.
        user_logged_in.connect(_signed_in, dispatch_uid="neaspec.accounts.sign_in_record")
        user_logged_out.connect(_signed_out, dispatch_uid="neaspec.accounts.sign_in_forget")


def _signed_in(sender: Any, request: Any, user: "User", **kwargs: Any) -> None:
    from neaspec.accounts.sign_ins import sign_in_record
    from neaspec.accounts.two_factor import session_owes_code_note

    if request is not None and hasattr(request, "session"):
        sign_in_record(request=request, user=user)
        session_owes_code_note(request=request, user=user)


def _signed_out(sender: Any, request: Any, user: "User", **kwargs: Any) -> None:
    from neaspec.accounts.sign_ins import sign_in_forget

    if request is not None and hasattr(request, "session"):
        sign_in_forget(request=request)
