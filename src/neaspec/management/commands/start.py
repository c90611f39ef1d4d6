from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = (
        "What `make run` does, in one process: migrate, load the reference data (`seed`), "
        "ensure the local Secretariat account, then `serve` (web server and task worker)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--addrport", default="127.0.0.1:8000")

    def handle(self, *args: Any, addrport: str, **options: Any) -> None:
        # One process instead of four: each would spend a second or two starting Django.
        call_command("migrate", interactive=False, skip_checks=True, stdout=self.stdout)
        call_command("seed", stdout=self.stdout)
        call_command("ensure_secretariat", stdout=self.stdout)
        call_command("serve", addrport=addrport, skip_checks=True, stdout=self.stdout)
