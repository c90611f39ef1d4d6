from django.apps import AppConfig


class FinanceConfig(AppConfig):
    name = "neaspec.finance"
    label = "finance"

    def ready(self) -> None:
        from neaspec.finance import rules  # noqa: F401  (registers permissions)
