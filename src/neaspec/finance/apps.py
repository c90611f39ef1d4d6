from django.apps import AppConfig


class FinanceConfig(AppConfig):
    name = "neaspec.finance"
    label = "finance"

    def ready(self) -> None:
        # Register the files it imports, permissions and the home page panels.
        from neaspec.finance import imports, rules, workspace  # noqa: F401
