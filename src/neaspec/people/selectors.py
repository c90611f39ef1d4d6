"""Reads of the programme's people for the Secretariat's people pages and the API: each
account with its roles, the terms of its directory entry, and whether it has joined."""

from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from neaspec.accounts.models import RoleGrant, User
from neaspec.directory.models import FocalPoint, Membership


def people_list(
    *, text: str = "", state_code: str = "", body_key: str = "", role: str = ""
) -> QuerySet[User]:
    """Every account, by name, with what the page shows of it read in a fixed number of
    queries, whatever the number of people."""
    people = User.objects.select_related("person", "person__state").prefetch_related(
        Prefetch(
            "grants",
            queryset=RoleGrant.objects.select_related("state", "body", "organization").order_by(
                "role", "pk"
            ),
        ),
        Prefetch(
            "person__focal_points",
            queryset=FocalPoint.objects.select_related("state").order_by("-start"),
        ),
        Prefetch(
            "person__memberships",
            queryset=Membership.objects.select_related("body").order_by("-start"),
        ),
    )
    if text:
        people = people.filter(
            Q(first_name__icontains=text)
            | Q(last_name__icontains=text)
            | Q(email__icontains=text)
            | Q(person__name__icontains=text)
        )
    if state_code:
        code = state_code.upper()
        people = people.filter(Q(grants__state__code=code) | Q(person__state__code=code))
    if body_key:
        people = people.filter(
            Q(grants__body__key=body_key) | Q(person__memberships__body__key=body_key)
        )
    if role:
        people = people.filter(grants__role=role)
    return people.distinct().order_by("first_name", "email")


@dataclass(frozen=True)
class Standing:
    key: str
    label: str


def standing(user: User) -> Standing:
    """Where the account stands: deactivated, invited but not joined, or active."""
    if not user.is_active:
        return Standing("deactivated", str(_("Deactivated")))
    if not user.has_usable_password():
        return Standing("invited", str(_("Invited, not joined yet")))
    return Standing("active", str(_("Active")))
