from django.apps import AppConfig


class TranslationsConfig(AppConfig):
    name = "neaspec.translations"
    label = "translations"
    verbose_name = "Translations"

    def ready(self) -> None:
        from neaspec.translations import rules  # noqa: F401
