from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from neaspec.data.loader import SeedError, load
from neaspec.planner import statistics_refresh


class Command(BaseCommand):
    help = "Load the NEASPEC reference dataset (idempotent; all or nothing)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="*", type=Path, help="YAML files (default: all)")

    def handle(self, *args: Any, files: list[Path], **options: Any) -> None:
        try:
            tally = load(files or None)
        except SeedError as error:
            raise CommandError(f"Reference data rejected, nothing loaded: {error}") from error
        statistics_refresh()  # thousands of rows on a new database: tell the planner
        self.stdout.write(
            f"Reference data: {tally.created} created, {tally.updated} updated, "
            f"{tally.unchanged} unchanged."
        )
        if tally.conflicts:
            self.stdout.write(
                f"{len(tally.conflicts)} value(s) changed by people were kept, not reverted:"
            )
            for conflict in tally.conflicts:
                self.stdout.write(f"  {conflict}")
