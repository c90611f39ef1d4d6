import rules

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import is_secretariat
from neaspec.imports.models import ImportJob


@rules.predicate
def sent_it(user: Actor, job: ImportJob | None) -> bool:
    return job is not None and job.actor_id == user.pk


rules.add_perm("imports.view_job", is_secretariat | sent_it)
