from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "neaspec.reports"
    verbose_name = _("Reports")

    def ready(self) -> None:
        from neaspec import sweeps
        from neaspec.reports import catalogue, rules  # noqa: F401
        from neaspec.reports.services import builds_requeue_stale, datasets_outdated

        catalogue.load_definitions()
        sweeps.register("report(s) queued again for building", builds_requeue_stale)
        sweeps.register("dataset file(s) out of date, queued for building", datasets_outdated)
