from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig


class NeaspecConfig(AppConfig):
    name = "neaspec"
    label = "neaspec"

    def ready(self) -> None:
        from neaspec import (
            checks,  # noqa: F401  (registers the system checks)
            multilingual,
            record_version,
        )

        record_version.install_on_open_connections()
        multilingual.install_source_descriptors()


class SecretariatAdminConfig(AdminConfig):
    default_site = "neaspec.admin.SecretariatAdminSite"
