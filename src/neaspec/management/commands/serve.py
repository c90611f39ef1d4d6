import datetime
import logging
import os
import signal
import subprocess
import sys
import time
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.db import DatabaseError, close_old_connections

from neaspec.sweeps import sweep_all

logger = logging.getLogger(__name__)
SWEEP_SECONDS = 60


class Command(BaseCommand):
    help = (
        "Run the web server and the background task worker together; a worker that stops is "
        "started again, and work its predecessor left unfinished is queued again. Ctrl-C stops "
        "both."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--addrport", default="127.0.0.1:8000")

    def handle(self, *args: Any, addrport: str, **options: Any) -> None:
        base = [sys.executable, "-m", "neaspec.cli"]
        # The worker's e-mails link to the address served here, unless NEASPEC_SITE_URL says.
        os.environ["NEASPEC_ADDRPORT"] = addrport
        # One thread per request: a persistent connection would outlive its thread.
        web_env = os.environ | {"NEASPEC_DB_CONN_MAX_AGE": "0"}
        # The system checks ran when this command started.
        web = subprocess.Popen(
            [*base, "runserver", addrport, "--noreload", "--skip-checks"], env=web_env
        )
        worker = subprocess.Popen([*base, "db_worker"])
        self.stdout.write(f"NEASPEC Hub on http://{addrport}/ (Ctrl-C to stop)")
        site = os.environ.get("NEASPEC_SITE_URL", "").rstrip("/")
        if site and site != f"http://{addrport}":
            self.stdout.write(f"E-mails link to {site} (NEASPEC_SITE_URL).")
        stopping = False

        def stop(*_: Any) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        restarts, next_sweep = 0, time.monotonic()
        # The web server ending (or Ctrl-C) stops everything; the worker ending does not.
        while not stopping and web.poll() is None:
            if worker.poll() is not None:
                restarts += 1
                wait = min(30, 2**restarts)
                self.stderr.write(
                    f"The task worker stopped ({worker.returncode}); restarting in {wait} s."
                )
                time.sleep(wait)
                worker = subprocess.Popen([*base, "db_worker"])
            elif time.monotonic() >= next_sweep:
                next_sweep = time.monotonic() + SWEEP_SECONDS
                self._sweep()
            time.sleep(0.3)
        for process in (web, worker):
            if process.poll() is None:
                process.terminate()
        for process in (web, worker):
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        self.stdout.write("Stopped the web server and the task worker.")

    def _sweep(self) -> None:
        """Queue again what a stopped worker left; a busy database only postpones the sweep."""
        minutes = settings.NEASPEC_TASK_STALE_MINUTES
        try:
            found = sweep_all(older_than=datetime.timedelta(minutes=minutes))
        except DatabaseError:
            logger.warning("the sweep for stopped work waits: the database is busy")
            return
        finally:
            close_old_connections()
        for what, names in found.items():
            if names:
                self.stdout.write(f"{len(names)} {what}: {', '.join(names)}")
