from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from neaspec.stored_files import copy_out

# Rebuilt by `migrate` or only about the running system: sign-in attempts, sessions, task runs.
NOT_EXPORTED = ["contenttypes", "auth.permission", "sessions", "axes", "django_tasks_database"]


class Command(BaseCommand):
    help = (
        "Write every record (with its history) and every stored file to a new directory, to "
        "leave the system or move it: DIR/data.json and DIR/media/. Load it into a new "
        "installation with `neaspec migrate` and `neaspec load_export DIR` (docs/operations.md)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory")

    def handle(self, *args: Any, directory: str, **options: Any) -> None:
        out = Path(directory)
        if out.exists():
            raise CommandError(f"{out} exists; name a new directory.")
        out.mkdir(parents=True)
        call_command(
            "dumpdata",
            natural_foreign=True,
            exclude=NOT_EXPORTED,
            indent=1,
            output=str(out / "data.json"),
            verbosity=0,
        )
        (out / "media").mkdir()
        files = copy_out(out / "media")
        self.stdout.write(f"Exported the records to {out / 'data.json'} and {files} file(s).")
