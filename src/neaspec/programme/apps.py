from django.apps import AppConfig


class ProgrammeConfig(AppConfig):
    name = "neaspec.programme"
    label = "programme"
