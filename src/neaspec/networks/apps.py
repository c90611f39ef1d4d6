from django.apps import AppConfig


class NetworksConfig(AppConfig):
    name = "neaspec.networks"
    label = "networks"

    def ready(self) -> None:
        from neaspec.networks import rules, workspace  # noqa: F401  (permissions, home panels)
