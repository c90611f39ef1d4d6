"""Pages under load, against the framework's floor: gunicorn (2 workers) serves the app and
Locust drives it with 20 clients; each page's run is preceded by a run of `/healthz` (a view
that reads nothing) on the same server, so that each ratio compares like with like.

    .venv/bin/python bench/scale.py --multiple 1 --var-dir /tmp/neaspec-1x
    .venv/bin/python bench/load.py --var-dir /tmp/neaspec-1x --label 1x
    DATABASE_URL=postgres://... .venv/bin/python bench/load.py --label 100x

Signed out, as the public asks: by default the public page cache is on (as deployed);
`--rendered` turns it off, so that every answer is rendered as a signed-in person's is.
Prints, per page: p50 and p95 (ms), the floor's p95 in the same run, their ratio, the queries
the page costs (counted in-process on the same database), and the largest resident memory a
worker reached so far. Writes bench/results/<date>-<host>-load-<label>-<database>.json.
"""

import gevent.monkey  # before anything opens a socket: Locust runs its clients on gevent

gevent.monkey.patch_all()

import argparse  # noqa: E402
import os  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import gevent  # noqa: E402
from locust import FastHttpUser, constant, events, task  # noqa: E402
from locust.env import Environment  # noqa: E402
from recording import record  # noqa: E402  (bench/recording.py)

FLOOR = "/healthz"
PAGES = {
    "home": "/",
    "meetings": "/meetings/",
    "meeting SOM-25": "/meetings/som-25/",
    "decision": "/decisions/{decision}/",
    "decisions": "/decisions/",
    "tracker": "/follow-ups/",
    "plan": "/plans/2021-2025/",
    "contributions": "/contributions/",
    "search (word)": "/library/?q={word}",
    "search (CJK, 2 chars)": "/library/?q={cjk}",
    "search (CJK, absent)": "/library/?q=龘",
    "calendar": "/meetings/calendar.ics",
    "API decisions": "/api/decisions",
    "API follow-ups": "/api/followups",
    "API meetings": "/api/meetings",
    "API documents": "/api/documents",
}
ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(port: int, workers: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "neaspec.wsgi",
            f"--workers={workers}",
            f"--bind=127.0.0.1:{port}",
            "--timeout=30",
            "--log-level=warning",
        ],
        env=os.environ.copy(),
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{FLOOR}", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    sys.exit("gunicorn did not start")


def _worker_peak_mb(master: int) -> float:
    """The largest peak resident memory (VmHWM) of the server's workers."""
    peak = 0
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peak = max(peak, int(line.split()[1]))
    return round(peak / 1024, 1)


def _queries(paths: dict[str, str]) -> dict[str, int]:
    """What rendering each page costs the database, counted with Django's test client
    in-process (the page cache off: a cached answer costs none)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "neaspec.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.NEASPEC_PAGE_CACHE_SECONDS = 0  # what rendering the page costs, cached or not
    client, counts = Client(), {}
    for name, path in paths.items():
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        counts[name] = len(queries)
    connection.close()
    return counts


def _phase(host: str, path: str, users: int, seconds: float) -> dict[str, Any]:
    """`users` clients asking for `path` as fast as answers come, for `seconds`."""

    class Visitor(FastHttpUser):
        wait_time = constant(0)

        @task
        def ask(self) -> None:
            self.client.get(path, name="ask")

    env = Environment(user_classes=[Visitor], host=host, events=events)
    runner = env.create_local_runner()
    runner.start(users, spawn_rate=users)
    gevent.sleep(1)  # every client started, the first answers in
    env.stats.reset_all()
    gevent.sleep(seconds)
    runner.quit()
    entry = env.stats.get("ask", "GET")
    return {
        "requests": entry.num_requests,
        "failures": entry.num_failures,
        "p50_ms": entry.get_response_time_percentile(0.5),
        "p95_ms": entry.get_response_time_percentile(0.95),
        "bytes": round(entry.avg_content_length),
    }


def _run(host: str, path: str, users: int, seconds: float) -> dict[str, Any]:
    """The floor, then the page, on the same server one after the other: whatever else the
    machine is doing meanwhile weighs on both alike."""
    return {
        "floor": _phase(host, FLOOR, users, seconds),
        "page": _phase(host, path, users, seconds),
    }


def _examples() -> dict[str, str]:
    """A decision of SOM-25, a word and a two-character CJK word that occur in the documents."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "neaspec.settings")
    import django

    django.setup()
    from neaspec.decisions.models import Decision

    sys.path.insert(0, str(Path(__file__).parent))
    from scale import Writer

    vocabulary = Writer(7).vocabulary
    decision = Decision.objects.filter(meeting__key="som-25", adopted=True).order_by("pk").first()
    cjk = next(w for w in vocabulary["zh-hans"][40:] if len(w) == 2)
    return {
        "decision": str(decision.pk if decision else 0),
        "word": vocabulary["en"][40],
        "cjk": cjk,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--var-dir", help="the SQLite database bench/scale.py built")
    parser.add_argument("--label", default="", help="e.g. 1x or 100x, for the results file")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--only", nargs="*", help="page names to run (default: all)")
    parser.add_argument(
        "--rendered",
        action="store_true",
        help="turn the public page cache off: every answer is rendered (the signed-in cost)",
    )
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        if not args.var_dir:
            sys.exit("Give --var-dir (built by bench/scale.py) or DATABASE_URL.")
        os.environ["NEASPEC_VAR_DIR"] = args.var_dir
    os.environ.update(
        {
            "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1,testserver",
            "SECRET_KEY": "bench-only-" + "x" * 50,
            "LOG_LEVEL": "WARNING",
        }
    )
    if args.rendered:
        os.environ["NEASPEC_PAGE_CACHE_SECONDS"] = "0"
    mode = "rendered" if args.rendered else "cached"
    database = "postgresql" if os.environ.get("DATABASE_URL") else "sqlite"
    examples = _examples()
    paths = {
        name: path.format(**examples)
        for name, path in PAGES.items()
        if not args.only or name in args.only
    }
    queries = _queries(paths)
    port = _free_port()
    server = _serve(port, args.workers)
    rows = {}
    try:
        header = f"{'page':24} {'p50':>6} {'p95':>6} {'floor p95':>9} {'ratio':>6}"
        header += f" {'queries':>7} {'peak MB':>7}"
        print(
            f"{args.users} clients, gunicorn {args.workers} workers, {database} {args.label}, "
            f"{mode} (public page cache {'off' if args.rendered else 'on'})"
        )
        print(header)
        for name, path in paths.items():
            figures = _run(f"http://127.0.0.1:{port}", path, args.users, args.seconds)
            page, floor = figures["page"], figures["floor"]
            ratio = page["p95_ms"] / max(floor["p95_ms"], 1)
            rows[name] = {
                "path": path,
                **figures,
                "ratio_p95": round(ratio, 2),
                "queries": queries[name],
                "worker_peak_mb": _worker_peak_mb(server.pid),
            }
            failed = f"  {page['failures']} failed" if page["failures"] else ""
            print(
                f"{name:24} {page['p50_ms']:6.0f} {page['p95_ms']:6.0f} {floor['p95_ms']:9.0f} "
                f"{ratio:6.1f} {queries[name]:7d} {rows[name]['worker_peak_mb']:7.0f}{failed}",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(timeout=30)
    label = "-".join(filter(None, ["load", args.label, mode, database]))
    record(
        label,
        {
            "users": args.users,
            "workers": args.workers,
            "seconds_per_page": args.seconds,
            "database": database,
            "page_cache": not args.rendered,
            "pages": rows,
        },
    )


if __name__ == "__main__":
    main()
