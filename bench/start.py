"""How long `make run` takes on a fresh clone before the home page answers: the first start
(making .venv, installing, migrating, seeding) and the second (everything already there).

    python3 bench/start.py [--cold]

Copies the checkout's files (tracked and new, as git lists them, without .venv or var/) into a
temporary folder, runs `make run` there twice on a free port,
and prints the seconds until the home page answered 200 each time. --cold gives uv and pip empty
caches of their own, as on a machine that never installed the Hub. Written to
bench/results/start.txt.
"""

import argparse
import os
import platform
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 600


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def answers(url: str) -> bool:
    try:
        return urllib.request.urlopen(url, timeout=5).status == 200
    except OSError:
        return False


def start(clone: Path, env: dict[str, str], log: Path) -> float:
    """Seconds from `make run` until the home page answers; the server is stopped after."""
    port = free_port()
    began = time.monotonic()
    with log.open("a") as out:
        run = subprocess.Popen(
            ["make", "run", f"PORT={port}"],
            cwd=clone,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            while time.monotonic() - began < LIMIT:
                if run.poll() is not None:
                    sys.exit(f"make run stopped with {run.returncode}: see {log}")
                if answers(f"http://127.0.0.1:{port}/"):
                    return time.monotonic() - began
                time.sleep(0.25)
            sys.exit(f"the home page did not answer within {LIMIT} s: see {log}")
        finally:
            os.killpg(run.pid, signal.SIGINT)
            try:
                run.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(run.pid, signal.SIGKILL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold", action="store_true", help="empty uv and pip caches")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        clone = Path(tmp) / "hub"
        files = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout.split(b"\0")
        # Files deleted in the checkout but not yet committed are left out.
        files = [f for f in files if f and (ROOT / os.fsdecode(f)).exists()]
        clone.mkdir()
        subprocess.run(
            ["tar", "-c", "--null", "-T", "-", "-f", "-"],
            cwd=ROOT,
            input=b"\0".join(files),
            stdout=open(Path(tmp) / "files.tar", "wb"),  # noqa: SIM115
            check=True,
        )
        subprocess.run(["tar", "-x", "-f", Path(tmp) / "files.tar", "-C", clone], check=True)
        env = dict(os.environ)
        if args.cold:
            env |= {"UV_CACHE_DIR": f"{tmp}/uv-cache", "PIP_NO_CACHE_DIR": "1"}
        log = Path(tmp) / "make-run.log"
        first = start(clone, env, log)
        second = start(clone, env, log)
    cache = "empty caches" if args.cold else "caches as this machine has them"
    line = (
        f"{date.today()} {platform.node()} ({os.cpu_count()} cores), {cache}: "
        f"first make run {first:.0f} s, second {second:.0f} s to the home page"
    )
    print(line)
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    with (results / "start.txt").open("a") as out:
        out.write(line + "\n")


if __name__ == "__main__":
    main()
