from django.tasks import task

from neaspec.reports import services
from neaspec.reports.services import report_build_run


@task()
def report_build(*, build_id: int) -> str:
    """Background: build a report's file (its page shows the progress)."""
    return report_build_run(build_id=build_id)


@task()
def datasets_refresh() -> list[str]:
    """Background: the data page's files built again where their data changed."""
    return services.datasets_refresh()
