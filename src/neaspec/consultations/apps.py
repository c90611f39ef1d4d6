from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "neaspec.consultations"
    label = "consultations"
    verbose_name = "Consultations and surveys"

    def ready(self) -> None:
        # The permissions, the Secretariat's workspace panel, the sweep of unsent reminders, and
        # what a reminder or a survey link does once sent.
        from neaspec.consultations import mail, rules, workspace  # noqa: F401
