import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from neaspec.extraction.reading import UnreadableReportError, read_report
from neaspec.extraction.report import extract


class Command(BaseCommand):
    help = "Extract meetings, decisions and statements from meeting reports (neaspec-extract/1)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", type=Path, required=True, help="directory for <stem>.json")
        parser.add_argument("files", nargs="+", type=Path)

    def handle(self, *args: Any, out: Path, files: list[Path], **options: Any) -> None:
        out.mkdir(parents=True, exist_ok=True)
        failed = 0
        for path in files:
            try:
                record = extract(read_report(path), source=path.name)
            except (OSError, UnreadableReportError) as error:
                failed += 1
                self.stderr.write(f"{path}: {error}")
                continue
            target = out / f"{path.stem}.json"
            target.write_text(
                json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            self.stdout.write(
                f"{path.name}: {len(record['decisions'])} decisions, "
                f"{len(record['statements'])} statements → {target}"
            )
        if failed:
            raise CommandError(f"{failed} of {len(files)} file(s) could not be read")
