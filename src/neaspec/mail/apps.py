from django.apps import AppConfig


class MailConfig(AppConfig):
    name = "neaspec.mail"
    label = "mail"

    def ready(self) -> None:
        from neaspec import sweeps
        from neaspec.mail import rules  # noqa: F401
        from neaspec.mail.digest import digests_due
        from neaspec.mail.services import messages_requeue_stale

        sweeps.register("e-mail(s) queued again", messages_requeue_stale)
        sweeps.register("weekly digest(s) queued", digests_due)
