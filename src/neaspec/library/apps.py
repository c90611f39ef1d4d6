from django.apps import AppConfig


class LibraryConfig(AppConfig):
    name = "neaspec.library"
    label = "library"
