from django.tasks import task

from neaspec.reports.services import report_build_run


@task()
def report_build(*, build_id: int) -> str:
    """Background: build a report's file (its page shows the progress)."""
    return report_build_run(build_id=build_id)
