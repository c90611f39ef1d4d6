from django.apps import AppConfig


class FinanceConfig(AppConfig):
    name = "neaspec.finance"
    label = "finance"

    def ready(self) -> None:
        from neaspec.finance import rules, workspace  # noqa: F401  (permissions, home panels)
