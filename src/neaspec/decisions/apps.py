from django.apps import AppConfig


class DecisionsConfig(AppConfig):
    name = "neaspec.decisions"
    label = "decisions"

    def ready(self) -> None:
        # Register the State profile section, the home page panels and the meeting page's
        # decision lines.
        from neaspec.decisions import deadlines, lines, profile, workspace  # noqa: F401
        from neaspec.meetings.services import when_meeting_dated

        # A meeting added to a series or moved moves the deadlines "before the next meeting"
        # of that series' follow-ups (the meetings app does not import the decisions).
        when_meeting_dated(deadlines.due_by_refresh)
