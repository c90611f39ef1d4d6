"""System checks (`neaspec check`, and every start): settings that would make the Hub fail in a
way nobody sees at once, such as e-mails whose links lead to another address."""

import os
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import CheckMessage, Warning, register


def _port(url: Any) -> int:
    return url.port or (443 if url.scheme == "https" else 80)


@register()
def site_address(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """The address in e-mails (NEASPEC_SITE_URL) must be one this server answers on."""
    found: list[CheckMessage] = []
    site = urlsplit(settings.NEASPEC_SITE_URL)
    hosts = settings.ALLOWED_HOSTS
    host = site.hostname or ""
    if "*" not in hosts and not any(
        host == h or (h.startswith(".") and host.endswith(h)) for h in hosts
    ):
        found.append(
            Warning(
                f"NEASPEC_SITE_URL ({settings.NEASPEC_SITE_URL}) names the host {host!r}, which "
                f"this server does not answer for (ALLOWED_HOSTS: {', '.join(hosts)}): links "
                "in e-mails would fail.",
                hint="Set NEASPEC_SITE_URL to the address people use, or add its host to "
                "ALLOWED_HOSTS.",
                id="neaspec.W001",
            )
        )
    # The address `neaspec start`/`serve` listens on (make run PORT=...), when serving directly.
    served = os.environ.get("NEASPEC_ADDRPORT", "")
    if served and host in ("127.0.0.1", "localhost"):
        served_port = int(served.rpartition(":")[2] or 80)
        if served_port != _port(site):
            found.append(
                Warning(
                    f"NEASPEC_SITE_URL ({settings.NEASPEC_SITE_URL}) is not the address this "
                    f"server listens on (http://{served}/): links in e-mails would lead "
                    "nowhere.",
                    hint="Leave NEASPEC_SITE_URL unset for `make run`, or give the same port.",
                    id="neaspec.W002",
                )
            )
    return found
