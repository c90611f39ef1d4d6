from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig


class NeaspecConfig(AppConfig):
    name = "neaspec"
    label = "neaspec"

    def ready(self) -> None:
        from neaspec import checks  # noqa: F401  (registers the system checks)


class SecretariatAdminConfig(AdminConfig):
    default_site = "neaspec.admin.SecretariatAdminSite"
