from django.apps import AppConfig


class TranslationsConfig(AppConfig):
    name = "neaspec.translations"
    label = "translations"
    verbose_name = "Translations"

    def ready(self) -> None:
        # The permissions, and the translator's home page panel and due rows.
        from neaspec.translations import rules, workspace  # noqa: F401
