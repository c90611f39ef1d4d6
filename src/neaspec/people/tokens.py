"""The one-time link of an invitation to join: Django's own token machinery (the one behind
password reset), so no token is stored. A token names the account's password and last sign-in:
setting the password spends it. It lasts NEASPEC_INVITATION_DAYS, longer than a reset link."""

from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.utils.crypto import constant_time_compare
from django.utils.http import base36_to_int

from neaspec.accounts.models import User


class JoinTokens(PasswordResetTokenGenerator):
    key_salt = "neaspec.people.JoinTokens"

    def check_token(self, user: User | None, token: str | None) -> bool:
        if not (user and token) or token.count("-") != 1:
            return False
        stamp = token.split("-")[0]
        try:
            made = base36_to_int(stamp)
        except ValueError:
            return False
        valid = any(
            constant_time_compare(self._make_token_with_timestamp(user, made, secret), token)
            for secret in [self.secret, *self.secret_fallbacks]
        )
        age = self._num_seconds(self._now()) - made
        return valid and age <= settings.NEASPEC_INVITATION_DAYS * 86400


join_tokens = JoinTokens()
