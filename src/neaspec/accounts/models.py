from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import AbstractUser, AnonymousUser
from django.db import models
from django.db.models import ProtectedError, Q
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class User(AbstractUser):
    person = models.ForeignKey(
        "directory.Person",
        verbose_name=_("directory entry"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="accounts",
    )
    # Who changed an account and when, without keeping password hashes in the history.
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    @property
    def has_changed_records(self) -> bool:
        """Whether the audit trail names this user as the author of any change."""
        return any(
            model._default_manager.filter(history_user_id=self.pk).exists()
            for model in historical_models()
        )

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        # Deleting would blank the author of every change this user made: deactivate instead.
        if self.pk and self.has_changed_records:
            raise ProtectedError(
                str(_("This user changed records; deactivate the account instead of deleting it.")),
                set(),
            )
        return super().delete(*args, **kwargs)


def historical_models() -> list[type[models.Model]]:
    """Every model's history table (django-simple-history keeps one per audited model)."""
    return [
        m
        for m in apps.get_models()
        if m.__name__.startswith("Historical") and hasattr(m, "history_user_id")
    ]


# Who acts in a service or asks a selector: a signed-in user or the anonymous visitor. Work done
# by the system (the worker, the seed, a sweep) is audited with `actor=None`, which only
# `audit.save_audited` and the outbox accept (`Actor | None`).
type Actor = User | AnonymousUser


class AuthenticatedRequest(HttpRequest):
    """A request that passed `login_required`: its user is an account, never the visitor."""

    user: User


def account_of(actor: Actor | None) -> User | None:
    """The account to name in a "by" column: nobody for a visitor or the system."""
    return actor if isinstance(actor, User) else None


class Role(models.TextChoices):
    SECRETARIAT = "secretariat", _("Secretariat")
    FOCAL_POINT = "focal_point", _("Focal point")
    COMMITTEE_MEMBER = "committee_member", _("Committee member")
    PARTNER = "partner", _("Partner")
    TRANSLATOR = "translator", _("Translator")


class RoleGrant(models.Model):
    """What a user may do: a role, scoped to a member State, a body or an organization."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="grants")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    state = models.ForeignKey(
        "directory.MemberState", null=True, blank=True, on_delete=models.CASCADE
    )
    body = models.ForeignKey("directory.Body", null=True, blank=True, on_delete=models.CASCADE)
    # A translator translates content into one language (a grant per language).
    language = models.CharField(
        _("language"), max_length=7, choices=settings.LANGUAGES, blank=True, default=""
    )
    organization = models.ForeignKey(
        "directory.Organization", null=True, blank=True, on_delete=models.CASCADE
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("role grant")
        constraints = [
            models.CheckConstraint(
                name="grant_scope_matches_role",
                condition=(
                    Q(role="secretariat", state=None, body=None, organization=None, language="")
                    | Q(
                        role="focal_point",
                        state__isnull=False,
                        body=None,
                        organization=None,
                        language="",
                    )
                    | Q(
                        role="committee_member",
                        state=None,
                        body__isnull=False,
                        organization=None,
                        language="",
                    )
                    | Q(
                        role="partner",
                        state=None,
                        body=None,
                        organization__isnull=False,
                        language="",
                    )
                    | (
                        Q(role="translator", state=None, body=None, organization=None)
                        & ~Q(language="")
                    )
                ),
            ),
        ]

    def __str__(self) -> str:
        scope = self.state or self.body or self.organization or self.get_language_display()
        label = self.get_role_display()
        return f"{self.user} — {label} ({scope})" if scope else f"{self.user} — {label}"


class SignIn(models.Model):
    """One signed-in session of an account, so its owner can see where they are signed in and
    end a session elsewhere. The session itself lives in whatever store SESSION_ENGINE names;
    this row keeps its key, and the session keeps this row's id (`accounts.sign_ins`)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="sign_ins")
    # Blank for a store whose sessions have no key of their own (signed cookies).
    session_key = models.CharField(_("session key"), max_length=40, blank=True, db_index=True)
    user_agent = models.CharField(_("browser"), max_length=300, blank=True)
    address = models.GenericIPAddressField(_("network address"), null=True, blank=True)
    signed_in_at = models.DateTimeField(_("signed in at"))
    last_seen = models.DateTimeField(_("last seen"))

    class Meta:
        verbose_name = _("sign-in")
        ordering = ["-last_seen"]
        indexes = [models.Index(fields=["user", "-last_seen"], name="sign_in_by_user")]

    def __str__(self) -> str:
        return f"{self.user} — {self.signed_in_at:%Y-%m-%d %H:%M}"


class ApiToken(models.Model):
    """A personal access token: a script or another system acts through the API as its owner
    (`Authorization: Bearer …`), reading only or reading and writing. Only the token's SHA-256
    digest is kept: the token is shown once, when it is made (`accounts.tokens`)."""

    class Scope(models.TextChoices):
        READ = "read", _("Read only")
        READ_WRITE = "read_write", _("Read and write")

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100)
    scope = models.CharField(_("scope"), max_length=10, choices=Scope.choices)
    # The token's first characters, to tell one's tokens apart; not enough to use one.
    prefix = models.CharField(_("begins with"), max_length=12)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(_("made"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["last_used_at"])

    class Meta:
        verbose_name = _("API token")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.user} — {self.name}"

    @property
    def may_write(self) -> bool:
        return self.scope == self.Scope.READ_WRITE
