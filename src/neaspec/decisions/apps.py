from django.apps import AppConfig


class DecisionsConfig(AppConfig):
    name = "neaspec.decisions"
    label = "decisions"
