from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "neaspec.directory"
    label = "directory"
