"""The admin: the Secretariat's back office, closed to every other role, checked model by
model. What a service writes is read there and never written (neaspec.admin.ReadOnlyInAdmin):
the service checks permission, validates, audits and keeps what follows from a change."""

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.apps import apps
from django.contrib.admin import ModelAdmin
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model
from django.test import Client
from django.urls import NoReverseMatch, reverse

from neaspec.admin import ReadOnlyInAdmin
from neaspec.directory.models import FocalPoint
from tests.access.probes import ROLES, som29


@dataclass
class AdminProbe:
    name: str
    kwargs: dict[str, Any] = field(default_factory=dict)


# The models of the Hub that no service writes, so the Secretariat keeps them in the admin (each
# app's admin.py says why); every other one is read only there.
EDITABLE_IN_ADMIN = {
    "directory.MemberState",
    "directory.Body",
    "finance.Fund",
    "finance.ExchangeRate",
    "finance.BudgetPlan",
    "finance.BudgetLine",
    "networks.City",
    "networks.ForumParticipation",
    "networks.Inscription",
    "networks.NationalProgramme",
    "networks.NetworkCount",
    "networks.PeerReview",
    "networks.Pollutant",
    "networks.Recommendation",
    "networks.RotationRule",
    "networks.Species",
    "networks.WorkPlanCategory",
    "programme.Activity",
    "programme.ActivityPlan",
    "programme.Cluster",
    "programme.Indicator",
    "programme.Objective",
    "programme.PlanApproach",
    "programme.PlanArea",
    "programme.PlanGoal",
    "programme.ProgrammeArea",
    "programme.SdgGoal",
    "programme.SdgLink",
    "programme.SdgTarget",
    "programme.StrategicPlan",
    "projects.Component",
    "projects.Participation",
    "projects.Project",
    "projects.ProjectBudget",
}


def _registry() -> dict[type[Model], ModelAdmin[Any]]:
    from django.contrib import admin

    return admin.site._registry


def _read_only(model: type[Model]) -> bool:
    return isinstance(_registry()[model], ReadOnlyInAdmin)


def _admin_apps() -> list[str]:
    from django.contrib import admin

    return sorted({m._meta.app_label for m in admin.site._registry})


def admin_probes(app_label: str) -> list[AdminProbe]:
    """One probe per admin URL of every model an app registers, with a real object where
    needed; the site's own pages go with the accounts app."""
    from django.contrib import admin

    probes = [AdminProbe("admin:app_list", {"app_label": app_label})]
    if app_label == "accounts":
        probes += [AdminProbe("admin:index"), AdminProbe("admin:password_change")]
    for model in admin.site._registry:
        if model._meta.app_label != app_label:
            continue
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        probes.append(AdminProbe(f"{prefix}_changelist"))
        if not _read_only(model):
            probes.append(AdminProbe(f"{prefix}_add"))
        obj = model._default_manager.first()
        if obj is not None:
            # A read-only admin's change page shows the object; its delete page is refused.
            actions = ["change", "history"] + ([] if _read_only(model) else ["delete"])
            for action in actions:
                probes.append(AdminProbe(f"{prefix}_{action}", {"object_id": obj.pk}))
    return probes


def test_every_domain_model_has_an_admin() -> None:
    from django.contrib import admin

    ours = [
        m
        for m in apps.get_models()
        if m._meta.app_label
        in {
            "accounts",
            "mail",
            "directory",
            "programme",
            "meetings",
            "decisions",
            "consultations",
            "finance",
            "projects",
            "networks",
        }
        and not m.__name__.startswith("Historical")
    ]
    assert ours
    assert [m.__name__ for m in ours if m not in admin.site._registry] == []


# An app at a time: every admin page of the whole site is over three hundred, too many for one
# test to render in good time.
@pytest.mark.parametrize("app_label", _admin_apps())
def test_admin_is_secretariat_only(
    world: None, client_for: Callable[[str], Client], app_label: str
) -> None:
    probes = admin_probes(app_label)
    clients = {role: client_for(role) for role in ROLES}
    for probe in probes:
        url = reverse(probe.name, kwargs=probe.kwargs)
        assert clients["secretariat"].get(url).status_code == 200, url
        for role in (*ROLES[2:], "public"):
            response = clients[role].get(url)
            assert response.status_code == 302, (role, url)
            assert "/admin/login/" in response["Location"], (role, url)


def test_what_a_service_writes_is_read_only_in_the_admin() -> None:
    ours = [m for m in _registry() if m.__module__.startswith("neaspec.")]
    assert {m._meta.label for m in ours if not _read_only(m)} == EDITABLE_IN_ADMIN
    # A read-only model is read only inside another model's page too.
    carried = [
        f"{model._meta.label}: {inline.__name__}"
        for model, model_admin in _registry().items()
        for inline in model_admin.inlines
        if inline.model in _registry()
        and _read_only(inline.model)
        and not issubclass(inline, ReadOnlyInAdmin)
    ]
    assert carried == []


def _rows(model: type[Model]) -> list[tuple[Any, ...]]:
    fields = [f.attname for f in model._meta.concrete_fields]
    return list(model._default_manager.order_by("pk").values_list(*fields))


def _writes(prefix: str, obj: Model | None) -> list[str]:
    """The admin URLs a POST would write through: add, and for `obj` change, delete, its
    password (users) and the revert to a past version (django-simple-history)."""
    urls = [reverse(f"{prefix}_add")]
    if obj is None:
        return urls
    urls += [reverse(f"{prefix}_{action}", args=[obj.pk]) for action in ("change", "delete")]
    with contextlib.suppress(NoReverseMatch):
        urls.append(reverse(f"{prefix}_password_change", args=[obj.pk]))
    history = getattr(obj, "history", None)
    version = history.first() if history is not None else None
    if version is not None:
        urls.append(reverse(f"{prefix}_simple_history", args=[obj.pk, version.history_id]))
    return urls


def test_read_only_admins_take_no_writes(world: None, client_for: Callable[[str], Client]) -> None:
    """Every read-only admin refuses a POST to each page that would write, and a bulk delete
    from its list does nothing: its rows stay as they were."""
    som29()  # a meeting in preparation: invitations, registrations and their e-mails too
    secretariat = client_for("secretariat")
    read_only = sorted((m for m in _registry() if _read_only(m)), key=lambda m: m._meta.label)
    with_rows = 0
    for model in read_only:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        before = _rows(model)
        obj = model._default_manager.order_by("pk").first()
        with_rows += obj is not None
        for url in _writes(prefix, obj):
            response = secretariat.post(url, {"post": "yes", "_save": "Save"})
            assert response.status_code == 403, url
        chosen = [] if obj is None else [obj.pk]
        bulk = {"action": "delete_selected", "index": 0, "_selected_action": chosen, "post": "yes"}
        assert secretariat.post(reverse(f"{prefix}_changelist"), bulk).status_code == 200
        assert _rows(model) == before, model._meta.label
    # The world holds rows of most of them, so change, delete and revert were tried.
    assert with_rows > len(read_only) / 2


def test_admin_open_doors_are_harmless(world: None, client_for: Callable[[str], Client]) -> None:
    """The only admin page a visitor reaches is the sign-in page; nothing else answers."""
    public = client_for("public")
    assert public.get(reverse("admin:login")).status_code == 200
    assert public.get(reverse("admin:jsi18n")).status_code == 302
    assert public.get(reverse("admin:logout")).status_code != 200
    ct = ContentType.objects.get_for_model(FocalPoint)
    fp = FocalPoint.objects.first()
    assert fp is not None
    response = public.get(reverse("admin:view_on_site", args=[ct.pk, fp.pk]))
    assert response.status_code in {302, 404}
    assert "/focal-points/" not in response.get("Location", "")
