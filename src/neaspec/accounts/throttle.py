"""Sign-in throttling that holds: django-axes' database handler, with two counters kept apart.

django-axes counts failed sign-ins in rows keyed by account and address. Out of the box, with
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"] and AXES_RESET_ON_SUCCESS, a good sign-in
deletes every row of its account *and of its address*: eight wrong guesses on someone else's
account, then one good sign-in to one's own from the same address, and the other account's
count was back to nought, for ever. Here:

- an account's failures are counted wherever they come from, and lock it at AXES_FAILURE_LIMIT;
- an address's failures, on whatever accounts, lock it at NEASPEC_LOGIN_ADDRESS_FAILURES
  (higher: an office behind one address shares it, settings.py says why);
- a good sign-in forgives that account's own failures only: the failures on other accounts stay,
  on their accounts and on the address they came from.

Wrong two-factor codes count as failures of the account too (`accounts.views.sign_in_code`).
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import QuerySet, Sum
from django.http import HttpRequest


class SignInThrottle(AxesDatabaseHandler):
    # `credentials` are what `authenticate` was given: the username and password, by name.
    def get_failures(
        self, request: HttpRequest, credentials: dict[str, object] | None = None
    ) -> int:
        """The account's failures, or the address's measured against the account's limit,
        whichever is nearer its own limit: axes compares one number with AXES_FAILURE_LIMIT."""
        recent = AccessAttempt.objects.all()
        if settings.AXES_COOLOFF_TIME is not None:
            recent = recent.filter(attempt_time__gte=get_cool_off_threshold(request))
        by_account = _failures(recent.filter(username=get_client_username(request, credentials)))
        by_address = _failures(recent.filter(ip_address=request.axes_ip_address))  # type: ignore[attr-defined]
        account_limit = settings.AXES_FAILURE_LIMIT
        address_limit = settings.NEASPEC_LOGIN_ADDRESS_FAILURES
        # Locked when by_account >= account_limit or by_address >= address_limit.
        return max(by_account, account_limit - (address_limit - by_address))

    def reset_user_attempts(
        self, request: HttpRequest, credentials: dict[str, object] | None = None
    ) -> int:
        """A good sign-in forgives its own account's failures, from any address, and nothing
        else (axes' own handler also forgave every failure from the address)."""
        username = get_client_username(request, credentials)
        if not username:
            return 0
        count, _ = AccessAttempt.objects.filter(username=username).delete()
        return count


def _failures(attempts: QuerySet[AccessAttempt]) -> int:
    return int(attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0)
