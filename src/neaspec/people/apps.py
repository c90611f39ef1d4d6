from django.apps import AppConfig


class PeopleConfig(AppConfig):
    """Bringing the programme's people in: builds on accounts, the directory and the outbox."""

    name = "neaspec.people"
    label = "people"
