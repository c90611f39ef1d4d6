import signal
import subprocess
import sys
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Run the web server and the background task worker together; Ctrl-C stops both."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--addrport", default="127.0.0.1:8000")

    def handle(self, *args: Any, addrport: str, **options: Any) -> None:
        base = [sys.executable, "-m", "neaspec.cli"]
        processes = [
            subprocess.Popen([*base, "runserver", addrport, "--noreload"]),
            subprocess.Popen([*base, "db_worker"]),
        ]
        self.stdout.write(f"NEASPEC Hub on http://{addrport}/ (Ctrl-C to stop)")
        stopping = False

        def stop(*_: Any) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        # Whichever ends first (Ctrl-C or a crash of either process) stops the other.
        while not stopping and all(p.poll() is None for p in processes):
            time.sleep(0.3)
        for process in processes:
            if process.poll() is None:
                process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        self.stdout.write("Stopped the web server and the task worker.")
