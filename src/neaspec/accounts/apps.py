from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "neaspec.accounts"
    label = "accounts"
