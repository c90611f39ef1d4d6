from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from neaspec.stored_files import copy_in


class Command(BaseCommand):
    help = (
        "Load what `neaspec export` wrote into this installation (migrated, without data): "
        "the records with their history as they were, and the stored files into its file "
        "storage (disk or bucket)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory")

    def handle(self, *args: Any, directory: str, **options: Any) -> None:
        source = Path(directory)
        if not (source / "data.json").is_file():
            raise CommandError(f"{source} holds no data.json written by `neaspec export`.")
        # The export carries each record's history; loading must not add a second one.
        settings.SIMPLE_HISTORY_ENABLED = False
        call_command("loaddata", str(source / "data.json"), verbosity=0)
        if (source / "media").is_dir():
            copy_in(source / "media")
        self.stdout.write(f"Loaded the records and the files of {source}.")
