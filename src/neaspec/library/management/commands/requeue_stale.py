import datetime
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from neaspec.library.services import documents_requeue_stale


class Command(BaseCommand):
    help = "Queue again the reading of documents whose worker stopped (run by `neaspec serve`)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--minutes", type=int, default=settings.NEASPEC_TASK_STALE_MINUTES)

    def handle(self, *args: Any, minutes: int, **options: Any) -> None:
        requeued = documents_requeue_stale(older_than=datetime.timedelta(minutes=minutes))
        self.stdout.write(f"{len(requeued)} document(s) queued again for reading.")
