from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "neaspec.consultations"
    label = "consultations"
    verbose_name = "Consultations and surveys"

    def ready(self) -> None:
        # The permissions, the Secretariat's workspace panel and the sweep of unsent reminders.
        from neaspec.consultations import rules, workspace  # noqa: F401
