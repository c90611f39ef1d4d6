from typing import Any

from django.core.management.base import BaseCommand

from neaspec.mail.digest import digests_queue


class Command(BaseCommand):
    help = (
        "Queue this week's digest for each person with something due (`neaspec serve` does it "
        "on Mondays); a person who had this week's digest is not sent another."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        queued = digests_queue()
        self.stdout.write(f"{len(queued)} digest(s) queued.")
