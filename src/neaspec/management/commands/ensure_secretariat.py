import os
import secrets
from typing import Any

from django.core.management.base import BaseCommand

from neaspec.accounts.services import secretariat_account_ensure


class Command(BaseCommand):
    help = (
        "Ensure a local Secretariat account exists. Credentials come from NEASPEC_ADMIN_USER and "
        "NEASPEC_ADMIN_PASSWORD, or a password is generated and printed once."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        username = os.environ.get("NEASPEC_ADMIN_USER", "secretariat")
        password = os.environ.get("NEASPEC_ADMIN_PASSWORD", "")
        generated = "" if password else secrets.token_urlsafe(12)
        user, created = secretariat_account_ensure(
            username=username, password=password or generated
        )
        if not created:
            self.stdout.write(f"Secretariat account '{user.username}' already exists.")
        elif generated:
            self.stdout.write(
                self.style.WARNING(
                    f"Created Secretariat account '{username}' with password '{generated}' "
                    "(shown once; set NEASPEC_ADMIN_PASSWORD to choose it)."
                )
            )
        else:
            self.stdout.write(f"Created Secretariat account '{username}'.")
