from django.tasks import task

from neaspec.imports.services import import_job_run


@task()
def import_run(*, job_id: int) -> str:
    """Background: check and write an imported file (its page shows the progress)."""
    return import_job_run(job_id=job_id)
