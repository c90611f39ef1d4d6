import datetime
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from neaspec.sweeps import sweep_all


class Command(BaseCommand):
    help = (
        "Queue again the work whose worker stopped: documents left reading, imports left half "
        "way (`neaspec serve` does it every minute)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--minutes", type=int, default=settings.NEASPEC_TASK_STALE_MINUTES)

    def handle(self, *args: Any, minutes: int, **options: Any) -> None:
        found = sweep_all(older_than=datetime.timedelta(minutes=minutes))
        for what, names in found.items():
            self.stdout.write(f"{len(names)} {what}.")
