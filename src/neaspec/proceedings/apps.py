from django.apps import AppConfig


class ProceedingsConfig(AppConfig):
    """The meeting recorded as it happens: officers, statements, draft decisions on the screen
    and where each member State stands on them. It keeps no tables of its own: what it records
    is the meetings' and the decisions' (their services write it)."""

    name = "neaspec.proceedings"
    label = "proceedings"
