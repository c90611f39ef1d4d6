from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig


class NeaspecConfig(AppConfig):
    name = "neaspec"
    label = "neaspec"


class SecretariatAdminConfig(AdminConfig):
    default_site = "neaspec.admin.SecretariatAdminSite"
