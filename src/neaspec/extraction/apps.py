from django.apps import AppConfig


class ExtractionConfig(AppConfig):
    name = "neaspec.extraction"
    label = "extraction"
