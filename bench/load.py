"""Pages under load as users get them, against the framework's floor: gunicorn (2 workers) serves
the app and Locust drives it with 20 clients; each page kind's run is preceded by a run of
`/healthz` (a view that reads nothing) on the same server, so that each ratio compares like
with like.

    .venv/bin/python bench/scale.py --multiple 1 --var-dir /tmp/neaspec-1x
    .venv/bin/python bench/load.py --var-dir /tmp/neaspec-1x --label 1x
    .venv/bin/python bench/load.py --var-dir /tmp/neaspec-1x --label 1x --role focal --only home
    .venv/bin/python bench/load.py --var-dir /tmp/neaspec-1x --label 1x --writes
    DATABASE_URL=postgres://... .venv/bin/python bench/load.py --label 100x

In this order, unless `--role` picks one: signed in as the Secretariat (bench/scale.py's
BENCH_SECRETARIAT), signed in as the focal point of Mongolia (BENCH_FOCAL_POINT), then signed
out with the page caches cold (off: every answer rendered) and warm (on, as deployed, and filled
first with each URL in each language). The signed-in runs are on a server as deployed: the
public page cache never serves a signed-in person, but where the Hub keeps a signed-in person's
own pages while the record is unchanged (NEASPEC_SIGNED_IN_CACHE_SECONDS), they get those.

Signing in: for each client, a session is made in-process on the same database, as a sign-in
with the password and the two-factor code leaves it (the account's id, backend and hash;
django-otp's device, so the session has given its code; its SignIn row, as "Your sessions"
keeps it), and its cookie is sent with every request. Before a run, a page only that role may
see is asked with such a cookie: anything but 200 stops the benchmark. The sessions are ended
after the run.

Each page kind is a list of URLs (many meetings with SOM-25 first, many decisions, each State,
search terms of each kind, filters of the lists); each client asks for one at random each
time, in its own language (drawn at random, English for half the clients), so no single
cached answer stands for the kind. The floor is asked without a cookie, whatever the role.

Prints, per page kind: how many URLs, p50 and p95 (ms), the floor's p95 in the same run, their
ratio, the queries a page of the kind costs (the most over three of its URLs, counted
in-process on the same database as the same role, every cache off), one request's time alone
in-process (ms, the median of those three) and the largest resident memory a worker reached so
far. A kind none of whose URLs the role may see (the public and the States' consultations) is
left out. Writes
bench/results/<date>-<host>-load-<label>-<role>-cache-<on|off>-<database>.json.

A database built before a new migration is migrated first.

`--writes`: 20 signed-in Secretariat clients record progress on follow-up actions at once, as the
follow-up page's form posts it (with its CSRF token), each on its own actions and now and then
on a few that all share; prints requests, errors (a 409 counted apart), p50/p95 and the ratio to
the floor, and writes .../<date>-<host>-writes-<label>-secretariat-<database>.json.
"""

import gevent.monkey  # before anything opens a socket: Locust runs its clients on gevent

gevent.monkey.patch_all()

import argparse  # noqa: E402
import collections  # noqa: E402
import datetime  # noqa: E402
import itertools  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import socket  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import urllib.error  # noqa: E402
import urllib.request  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402
from urllib.parse import quote, urlencode  # noqa: E402

import gevent  # noqa: E402
from locust import FastHttpUser, constant, events, task  # noqa: E402
from locust.env import Environment  # noqa: E402
from recording import record  # noqa: E402  (bench/recording.py)
from scale import (  # noqa: E402  (bench/scale.py)
    BENCH_FOCAL_POINT,
    BENCH_SECRETARIAT,
    PHRASES,
    QUERY_ENDINGS,
    SHORT_WORDS,
    Writer,
)

FLOOR = "/healthz"
ROOT = Path(__file__).resolve().parent.parent
ROLES = ("secretariat", "focal", "public")
LOGINS = {"secretariat": BENCH_SECRETARIAT, "focal": BENCH_FOCAL_POINT}
# A page only the role may see: asked before a run, it must answer 200.
SIGNED_IN_CHECK = {"secretariat": "/indicators/review/", "focal": "/account/"}
# The languages a request asks for (Accept-Language), English half the time.
LANGUAGES = ["en"] * 5 + ["zh-hans", "ja", "ko", "mn", "ru"]
KINDS = [
    "home",
    "meetings",
    "meeting",
    "decision",
    "decisions",
    "tracker",
    "state",
    "plan",
    "contributions",
    "consultation",
    "search (word)",
    "search (inflected)",
    "search (2 letters)",
    "search (CJK 1-2)",
    "search (phrase)",
    "search (miss)",
    "API follow-ups",
    "API decisions",
]
PER_KIND = 40
# The page caches a cold run turns off: the public one and, where the Hub has it, the one that
# keeps a signed-in person's pages while the record is unchanged.
CACHES = ("NEASPEC_PAGE_CACHE_SECONDS", "NEASPEC_SIGNED_IN_CACHE_SECONDS")


def _django() -> None:
    """Django in this process, on the benchmark's database, brought up to the code's schema
    (a database built before a new migration gets it, as a deployment would)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "neaspec.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        print(f"applying {len(pending)} migrations the database lacks…", flush=True)
        call_command("migrate", verbosity=0)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(port: int, workers: int, cache: bool) -> subprocess.Popen[bytes]:
    env = os.environ.copy()
    for name in CACHES:
        if cache:
            env.pop(name, None)  # as deployed
        else:
            env[name] = "0"
    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "neaspec.wsgi",
            f"--workers={workers}",
            f"--bind=127.0.0.1:{port}",
            "--timeout=60",
            "--log-level=warning",
        ],
        env=env,
    )
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{FLOOR}", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    sys.exit("gunicorn did not start")


def _stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    server.wait(timeout=30)


def _worker_peak_mb(master: int) -> float:
    """The largest peak resident memory (VmHWM) of the server's workers."""
    peak = 0
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peak = max(peak, int(line.split()[1]))
    return round(peak / 1024, 1)


# --- the URLs of each page kind ----------------------------------------------------------------


def _q(term: str) -> str:
    return "/library/?q=" + quote(term)


def _search_terms(seed: int, rng: random.Random) -> dict[str, list[str]]:
    """Search terms of each kind, from the vocabulary bench/scale.py wrote the documents in."""
    from neaspec.library.stems import search_form

    vocabulary = Writer(seed).vocabulary
    ranks = [3, 7, 12, 20, 35, 50, 80, 120, 200, 350, 600, 1000, 1600, 2400]

    def spread(language: str, n: int, fit: Any = lambda w: True) -> list[str]:
        words = [w for w in vocabulary[language] if fit(w)]
        return [words[r % len(words)] for r in rng.sample(ranks, min(n, len(ranks)))]

    words = (
        spread("en", 14)
        + spread("ru", 6, lambda w: len(w) >= 5)
        + spread("mn", 6, lambda w: len(w) >= 5)
        + spread("ko", 6)
        + spread("ja", 4)
        + spread("zh-hans", 4, lambda w: len(w) == 3)
    )
    # A Russian or Mongolian word in a case form the documents may not have: search finds the
    # other forms by the stem (library/stems.py), which must be a start of the word.
    inflected: list[str] = []
    for language, endings in QUERY_ENDINGS.items():
        for word in vocabulary[language]:
            if len(word) < 5 or len(inflected) >= (20 if language == "ru" else 40):
                continue
            form = word + endings[len(inflected) % len(endings)]
            stem = search_form(form, language)
            if len(stem) < len(form) and word.startswith(stem) and form not in inflected:
                inflected.append(form)
    rng.shuffle(inflected)
    two_letters = [w.lower() for w in SHORT_WORDS] + ["ba", "ke", "zo", "mi", "tu", "ra"]
    cjk = [w for w in vocabulary["zh-hans"] if len(w) <= 2]
    cjk = (
        [cjk[r % len(cjk)] for r in ranks]
        + [vocabulary["ja"][r][:1] for r in ranks[:8]]
        + [w[:2] for w in spread("ko", 8)]
    )
    en = vocabulary["en"]
    phrases = [f'"{p}"' for p in PHRASES]
    phrases += [f'"{en[a]} {en[b]}"' for a, b in itertools.product(range(4), range(4))][:12]
    phrases += [f'"{w} {SHORT_WORDS[0]}"' for w in en[:4]]
    letters = "qxjwy"
    misses = ["".join(rng.choices(letters, k=rng.randint(4, 8))) for _ in range(10)]
    misses += ["龘", "龘龘", "힣힣", "ヴヵ", "щщщщщ", '"marine nonexistence"', "qx", "zz"]
    misses += [f"{en[5]} {''.join(rng.choices(letters, k=6))}"]  # one word present, one not
    return {
        "search (word)": [_q(w) for w in words],
        "search (inflected)": [_q(w) for w in inflected[:PER_KIND]],
        "search (2 letters)": [_q(w) for w in two_letters],
        "search (CJK 1-2)": [_q(w) for w in cjk],
        "search (phrase)": [_q(w) for w in phrases],
        "search (miss)": [_q(w) for w in misses],
    }


def _urls(seed: int) -> dict[str, list[str]]:
    """The URLs of each page kind (the canonical one first), the same for every role."""
    from neaspec.consultations.models import Consultation
    from neaspec.decisions.models import Decision, FollowUp
    from neaspec.directory.models import MemberState
    from neaspec.meetings.models import Meeting, MeetingSeries
    from neaspec.programme.models import ProgrammeArea

    rng = random.Random(seed)
    states = list(MemberState.objects.order_by("code").values_list("code", flat=True))
    series = list(MeetingSeries.objects.order_by("code").values_list("code", flat=True))
    areas = list(ProgrammeArea.objects.order_by("code").values_list("code", flat=True))
    years = sorted({d.year for d in Meeting.objects.dates("start", "year")})
    keys = list(Meeting.objects.exclude(key="som-25").order_by("pk").values_list("key", flat=True))
    meetings = ["som-25", *rng.sample(keys, min(PER_KIND - 1, len(keys)))]
    adopted = Decision.objects.filter(adopted=True)
    som25 = list(adopted.filter(meeting__key="som-25").order_by("pk").values_list("pk", flat=True))
    others = list(adopted.exclude(meeting__key="som-25").values_list("pk", flat=True))
    decisions = som25[:5] + rng.sample(others, min(PER_KIND - 5, len(others)))
    asked = list(
        FollowUp.objects.exclude(decision__meeting__key="som-25")
        .values_list("decision__meeting__key", flat=True)
        .distinct()[:200]
    )

    def some(values: list[Any], n: int) -> list[Any]:
        return rng.sample(values, min(n, len(values)))

    owners = ["secretariat", "member_states", *states]
    tracker = [
        "",
        "?status=all",
        "?status=done",
        "?status=in_progress",
        "?status=closed",
        "?overdue=yes",
        "?overdue=no",
        "?meeting=som-25",
        "?page=2",
        "?status=all&page=3",
        *(f"?owner={o}" for o in owners),
        *(f"?area={a}" for a in some(areas, 4)),
        *(f"?meeting={k}&status=all" for k in some(asked, 6)),
        "?owner=MN&overdue=yes",
        "?status=all&due_before=2020-01-01",
    ]
    api_follow_ups = [
        "",
        "?status=all",
        "?status=done",
        "?status=all&offset=50",
        "?status=all&offset=1000",
        "?limit=200",
        "?overdue=true",
        "?meeting=som-25",
        *(f"?owner={o}" for o in owners),
        *(f"?area={a}" for a in some(areas, 4)),
        *(f"?meeting={k}&status=all" for k in some(asked, 4)),
    ]
    decision_filters = [
        "",
        "?meeting=som-25",
        "?page=2",
        "?page=10",
        "?kind=operative",
        "?status=active",
        *(f"?addressee={o}" for o in owners),
        *(f"?area={a}" for a in some(areas, 4)),
        *(f"?meeting={k}" for k in some(keys, 6)),
    ]
    api_decisions = [
        "",
        "?meeting=som-25",
        "?offset=50",
        "?offset=2000",
        "?limit=200",
        "?overdue=true",
        *(f"?addressee={o}" for o in owners),
        *(f"?area={a}" for a in some(areas, 4)),
        *(f"?meeting={k}" for k in some(keys, 6)),
    ]
    meeting_list = [
        "",
        "?page=2",
        "?page=3",
        *(f"?series={s}" for s in series),
        *(f"?host={s}" for s in states),
        *(f"?year={y}" for y in some(years, 10)),
        *(f"?series=SOM&year={y}" for y in some(years, 4)),
    ]
    consultations = list(Consultation.objects.order_by("pk").values_list("key", flat=True))
    urls = {
        "home": ["/"],
        "meetings": ["/meetings/" + f for f in meeting_list],
        "meeting": [f"/meetings/{k}/" for k in meetings],
        "decision": [f"/decisions/{pk}/" for pk in decisions],
        "decisions": ["/decisions/" + f for f in decision_filters],
        "tracker": ["/follow-ups/" + f for f in tracker],
        "state": [f"/states/{code.lower()}/" for code in states],
        "plan": ["/plans/2021-2025/"],
        "contributions": ["/contributions/", "/contributions/?page=2", "/contributions/?page=3"],
        "consultation": [f"/consultations/{k}/" for k in consultations],
        **_search_terms(seed, rng),
        "API follow-ups": ["/api/followups" + f for f in api_follow_ups],
        "API decisions": ["/api/decisions" + f for f in api_decisions],
    }
    return {kind: urls[kind][:PER_KIND] for kind in KINDS}


# --- signing in --------------------------------------------------------------------------------


def _sessions(role: str, n: int) -> list[str]:
    """`n` signed-in sessions of the role's bench login, made in-process as a sign-in with the
    password and the two-factor code leaves one; their keys (the session cookie's value)."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.utils import timezone
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from neaspec.accounts import sign_ins
    from neaspec.accounts.models import SignIn, User
    from neaspec.accounts.two_factor import OWES_CODE

    user = User.objects.filter(username=LOGINS[role], is_active=True).first()
    if user is None:
        sys.exit(
            f"No bench login {LOGINS[role]}: run bench/scale.py (or, on a database built "
            "before, bench/scale.py --logins-only) first."
        )
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    store = import_module(settings.SESSION_ENGINE).SessionStore
    keyed = settings.SESSION_ENGINE != "django.contrib.sessions.backends.signed_cookies"
    keys, now = [], timezone.now()
    for _ in range(n):
        session = store()
        session[SESSION_KEY] = user._meta.pk.value_to_string(user)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session[OWES_CODE] = device is not None
        if device is not None:  # the code was given with this app
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
        row = SignIn.objects.create(
            user=user,
            session_key=session.session_key if keyed else "",
            user_agent="bench/load.py",
            address="127.0.0.1",
            signed_in_at=now,
            last_seen=now,
        )
        session[sign_ins.SIGN_IN] = row.pk
        session[sign_ins.SEEN_AT] = now.timestamp()
        session[sign_ins.SEEN_KEY] = session.session_key if keyed else ""
        session.save()
        keys.append(session.session_key)
    return keys


def _sign_out(keys: list[str]) -> None:
    """End the bench's sessions (and their SignIn rows), as "Sign out" would."""
    from importlib import import_module

    from django.conf import settings

    from neaspec.accounts.models import SignIn

    store = import_module(settings.SESSION_ENGINE).SessionStore
    for key in keys:
        store(session_key=key).delete()
    SignIn.objects.filter(user_agent="bench/load.py").delete()


def _cookie(key: str | None) -> str:
    from django.conf import settings

    return f"{settings.SESSION_COOKIE_NAME}={key}" if key else ""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _check_signed_in(host: str, role: str, key: str) -> None:
    """Ask a page only the role may see with the session's cookie: 200 or stop."""
    path = SIGNED_IN_CHECK[role]
    opener = urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(host + path, headers={"Cookie": _cookie(key)})
    try:
        with opener.open(request, timeout=30) as answer:
            status, body = answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        status, body = error.code, f"(to {error.headers.get('Location')})"
    if status != 200:
        sys.exit(
            f"The {role} session is not signed in: {path} answered {status} {body[:200]!r}. "
            "Check SESSION_ENGINE (it must be shared with the server) and the middleware's "
            "session keys (accounts/sign_ins.py, accounts/two_factor.py, django-otp)."
        )
    print(f"signed in as {LOGINS[role]}: {path} answered 200")


# --- measuring ---------------------------------------------------------------------------------


def _in_process(urls: dict[str, list[str]], key: str | None) -> dict[str, dict[str, Any]]:
    """What rendering a page of each kind costs, in-process with Django's test client, as the
    role (the page cache off: a cached answer costs none): the most queries and the median
    time alone over three of its URLs, and any that did not answer 200."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    for name in CACHES:  # what rendering the page costs, cached or not
        setattr(settings, name, 0)
    logging.getLogger("django.request").setLevel(logging.ERROR)  # a 404 is reported below
    client = Client()
    if key:
        client.cookies[settings.SESSION_COOKIE_NAME] = key
    figures = {}
    for kind, paths in urls.items():
        queries, times, statuses = [], [], []
        for path in paths[:3]:
            client.get(path)  # warm: the first request of a process reads more
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                answer = client.get(path)
                times.append((time.perf_counter() - started) * 1000)
            queries.append(len(captured))
            if answer.status_code != 200:
                statuses.append(f"{path} {answer.status_code}")
        figures[kind] = {
            "queries": max(queries),
            "alone_ms": round(statistics.median(times), 1),
            "refused": statuses,
        }
    connection.close()
    return figures


def _stats(env: Environment, name: str, method: str = "GET") -> dict[str, Any]:
    entry = env.stats.get(name, method)
    return {
        "requests": entry.num_requests,
        "failures": entry.num_failures,
        "p50_ms": entry.get_response_time_percentile(0.5),
        "p95_ms": entry.get_response_time_percentile(0.95),
        "bytes": round(entry.avg_content_length),
    }


def _phase(
    host: str, paths: list[str], users: int, seconds: float, cookies: list[str]
) -> dict[str, Any]:
    """`users` clients each asking, as fast as answers come, for one of `paths` at random, for
    `seconds`; each client with its own session cookie and language (drawn at random)."""
    rng = random.Random(len(paths))
    handed = itertools.cycle(cookies or [""])
    refused: collections.Counter[str] = collections.Counter()

    class Visitor(FastHttpUser):
        wait_time = constant(0)

        def on_start(self) -> None:
            self.cookie = next(handed)
            self.language = rng.choice(LANGUAGES)

        @task
        def ask(self) -> None:
            headers = {"Accept-Language": self.language}
            if self.cookie:
                headers["Cookie"] = self.cookie
            path = rng.choice(paths)
            with self.client.get(
                path, name="ask", headers=headers, allow_redirects=False, catch_response=True
            ) as answer:
                if answer.status_code != 200:
                    refused[f"{answer.status_code} {path}"] += 1
                    answer.failure(f"answered {answer.status_code}")

    env = Environment(user_classes=[Visitor], host=host, events=events)
    runner = env.create_local_runner()
    runner.start(users, spawn_rate=users)
    gevent.sleep(1)  # every client started, the first answers in
    env.stats.reset_all()
    refused.clear()
    gevent.sleep(seconds)
    runner.quit()
    return {**_stats(env, "ask"), "refused": dict(refused.most_common(5))}


def _ratio(page: dict[str, Any], floor: dict[str, Any]) -> float | None:
    """The page's p95 over the floor's; None when either phase got no answer in time (the
    machine too busy for the run to mean anything)."""
    if not page["requests"] or not floor["requests"] or not floor["p95_ms"]:
        return None
    return round(page["p95_ms"] / floor["p95_ms"], 2)


def _shown(ratio: float | None) -> str:
    return f"{ratio:6.1f}" if ratio is not None else f"{'n/a':>6}"


def _prime(host: str, paths: list[str], concurrency: int) -> None:
    """Fill the page cache with each URL in each language, as a steady stream of visitors
    keeps it (a signed-out page is rendered once a minute per URL and language)."""
    from gevent.pool import Pool

    def ask(item: tuple[str, str]) -> None:
        path, language = item
        headers = {"Accept-Language": language, "Accept-Encoding": "gzip, deflate, br"}
        try:
            with urllib.request.urlopen(
                urllib.request.Request(host + path, headers=headers), timeout=60
            ) as answer:
                answer.read()
        except urllib.error.HTTPError:
            pass  # counted in the run

    Pool(concurrency).map(ask, [(p, lang) for p in paths for lang in sorted(set(LANGUAGES))])


def _pages(
    host: str,
    server: subprocess.Popen[bytes],
    urls: dict[str, list[str]],
    alone: dict[str, dict[str, Any]],
    cookies: list[str],
    args: argparse.Namespace,
    warm: bool,
) -> dict[str, Any]:
    header = f"{'page':20} {'URLs':>4} {'p50':>6} {'p95':>6} {'floor p95':>9} {'ratio':>6}"
    print(header + f" {'queries':>7} {'alone':>6} {'peak MB':>7}")
    rows = {}
    for kind, paths in urls.items():
        if warm:
            _prime(host, paths, args.workers)
        # The floor, then the page, on the same server one after the other: whatever else the
        # machine does meanwhile weighs on both alike.
        # The floor is asked without a cookie whatever the role: the same floor for all.
        floor = _phase(host, [FLOOR], args.users, args.seconds, [])
        page = _phase(host, paths, args.users, args.seconds, cookies)
        ratio = _ratio(page, floor)
        rows[kind] = {
            "paths": paths,
            "floor": floor,
            "page": page,
            "ratio_p95": ratio,
            **alone[kind],
            "worker_peak_mb": _worker_peak_mb(server.pid),
        }
        failed = f"  {page['failures']} failed: {page['refused']}" if page["failures"] else ""
        print(
            f"{kind:20} {len(paths):4d} {page['p50_ms']:6.0f} {page['p95_ms']:6.0f} "
            f"{floor['p95_ms']:9.0f} {_shown(ratio)} {alone[kind]['queries']:7d} "
            f"{alone[kind]['alone_ms']:6.0f} {rows[kind]['worker_peak_mb']:7.0f}{failed}",
            flush=True,
        )
    return rows


def _run_role(role: str, cache: bool, urls: dict[str, list[str]], args: argparse.Namespace) -> None:
    keys = _sessions(role, args.users) if role != "public" else []
    cookies = [_cookie(k) for k in keys]
    try:
        alone = _in_process(urls, keys[0] if keys else None)
        for kind, figures in alone.items():
            if len(figures["refused"]) == min(3, len(urls[kind])):
                # None the role may see (the public sees no consultation of the States).
                print(f"  {kind}: left out as {role}, none answers 200: {figures['refused']}")
            elif figures["refused"]:
                print(f"  warning: {kind}: not 200 in-process: {figures['refused']}")
        urls = {k: v for k, v in urls.items() if len(alone[k]["refused"]) < min(3, len(v))}
        port = _free_port()
        server = _serve(port, args.workers, cache)
        host = f"http://127.0.0.1:{port}"
        try:
            if keys:
                _check_signed_in(host, role, keys[0])
            who = {"secretariat": LOGINS["secretariat"], "focal": LOGINS["focal"]}.get(
                role, "signed out"
            )
            print(
                f"\n{role} ({who}), page cache {'on (warm)' if cache else 'off (cold)'}: "
                f"{args.users} clients, gunicorn {args.workers} workers, {args.database} "
                f"{args.label}, {args.seconds:g} s a phase"
                + (
                    f", signed-in page cache {args.signed_in_cache} s"
                    if keys and cache and args.signed_in_cache
                    else ""
                )
            )
            rows = _pages(host, server, urls, alone, cookies, args, warm=cache and not keys)
        finally:
            _stop(server)
    finally:
        _sign_out(keys)
    label = "-".join(
        filter(
            None, ["load", args.label, role, "cache-on" if cache else "cache-off", args.database]
        )
    )
    record(
        label,
        {
            "role": role,
            "login": LOGINS.get(role),
            "users": args.users,
            "workers": args.workers,
            "seconds_per_page": args.seconds,
            "database": args.database,
            "page_cache": cache,
            "signed_in_cache_seconds": args.signed_in_cache if cache else 0,
            "pages": rows,
        },
    )


# --- writes ------------------------------------------------------------------------------------


def _targets(users: int, seed: int) -> tuple[list[list[int]], list[int]]:
    """Each client's own open follow-up actions (up to ten each), and five all clients share."""
    from neaspec.decisions.models import FollowUp

    rng = random.Random(seed)
    open_ones = list(
        FollowUp.objects.filter(status__in=["open", "in_progress"])
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    each = min(10, (len(open_ones) - 5) // users)
    if each < 2:
        sys.exit(f"Only {len(open_ones)} open follow-up actions: build a larger database.")
    chosen = rng.sample(open_ones, users * each + 5)
    return [chosen[5 + i * each : 5 + (i + 1) * each] for i in range(users)], chosen[:5]


def _writes(args: argparse.Namespace) -> None:
    from django.conf import settings

    from neaspec.decisions.models import ProgressNote

    keys = _sessions("secretariat", args.users)
    own, shared = _targets(args.users, args.seed)
    written_before = ProgressNote.objects.count()
    port = _free_port()
    server = _serve(port, args.workers, cache=True)
    host = f"http://127.0.0.1:{port}"
    conflicts: collections.Counter[str] = collections.Counter()
    refused: collections.Counter[str] = collections.Counter()
    csrf_name = settings.CSRF_COOKIE_NAME
    try:
        _check_signed_in(host, "secretariat", keys[0])
        cookies = [_cookie(k) for k in keys]
        floor = _phase(host, [FLOOR], args.users, args.seconds, [])
        handed = itertools.count()
        rng = random.Random(args.seed)
        today = datetime.date.today().isoformat()

        class Officer(FastHttpUser):
            wait_time = constant(0)

            def on_start(self) -> None:
                n = next(handed) % args.users
                self.cookie, self.own = cookies[n], own[n]
                # The CSRF token, as the browser has it: the page's form and its cookie.
                page = self.client.get(
                    f"/follow-ups/{self.own[0]}/", headers={"Cookie": self.cookie}, name="page"
                )
                found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text or "")
                token = next((c.value for c in self.client.cookiejar if c.name == csrf_name), None)
                if page.status_code != 200 or not found or not token:
                    sys.exit(f"No CSRF token on the follow-up page ({page.status_code})")
                self.form_token = found.group(1)
                self.cookie += f"; {csrf_name}={token}"

            @task
            def record_progress(self) -> None:
                pk = rng.choice(shared) if rng.random() < 0.2 else rng.choice(self.own)
                body = urlencode(
                    {
                        "csrfmiddlewaretoken": self.form_token,
                        "date": today,
                        "text": f"Progress recorded under load ({rng.randint(1, 10**6)}).",
                        "progress": rng.randint(1, 99),
                        "status": "in_progress",
                    }
                )
                headers = {
                    "Cookie": self.cookie,
                    "Content-Type": "application/x-www-form-urlencoded",
                }
                with self.client.post(
                    f"/follow-ups/{pk}/progress/",
                    data=body,
                    headers=headers,
                    name="write",
                    allow_redirects=False,
                    catch_response=True,
                ) as answer:
                    if answer.status_code == 409:
                        conflicts["409"] += 1
                        answer.success()
                    elif 200 <= answer.status_code < 400:
                        answer.success()
                    else:
                        refused[str(answer.status_code)] += 1
                        answer.failure(f"answered {answer.status_code}")

        env = Environment(user_classes=[Officer], host=host, events=events)
        runner = env.create_local_runner()
        runner.start(args.users, spawn_rate=args.users)
        gevent.sleep(1)
        env.stats.reset_all()
        conflicts.clear()
        refused.clear()
        gevent.sleep(args.seconds)
        runner.quit()
        writes = _stats(env, "write", "POST")
        peak = _worker_peak_mb(server.pid)
    finally:
        _stop(server)
        _sign_out(keys)
    written = ProgressNote.objects.count() - written_before
    ratio = _ratio(writes, floor)
    print(
        f"\nwrites: {args.users} Secretariat clients recording progress, gunicorn "
        f"{args.workers} workers, {args.database} {args.label}, {args.seconds:g} s"
    )
    print(
        f"{'requests':>8} {'errors':>6} {'409':>4} {'notes':>6} {'p50':>6} {'p95':>6} "
        f"{'floor p95':>9} {'ratio':>6} {'per s':>6} {'peak MB':>7}"
    )
    print(
        f"{writes['requests']:8d} {writes['failures']:6d} {conflicts['409']:4d} {written:6d} "
        f"{writes['p50_ms']:6.0f} {writes['p95_ms']:6.0f} {floor['p95_ms']:9.0f} {_shown(ratio)} "
        f"{writes['requests'] / args.seconds:6.1f} {peak:7.0f}"
        + (f"  refused: {dict(refused)}" if refused else "")
    )
    label = "-".join(filter(None, ["writes", args.label, "secretariat", args.database]))
    record(
        label,
        {
            "role": "secretariat",
            "users": args.users,
            "workers": args.workers,
            "seconds": args.seconds,
            "database": args.database,
            "floor": floor,
            "writes": writes,
            "conflicts_409": conflicts["409"],
            "refused": dict(refused),
            "notes_written": written,
            "ratio_p95": ratio,
            "shared_follow_ups": shared,
            "worker_peak_mb": peak,
        },
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--var-dir", help="the SQLite database bench/scale.py built")
    parser.add_argument("--label", default="", help="e.g. 1x or 100x, for the results file")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--seed", type=int, default=7, help="bench/scale.py's seed")
    parser.add_argument("--only", nargs="*", help="page kinds to run (default: all)")
    parser.add_argument(
        "--role",
        choices=ROLES,
        action="append",
        help="run only this role (again for more); public runs cold, then warm",
    )
    parser.add_argument(
        "--cache",
        choices=("cold", "warm"),
        help="signed out: only with the page cache off (cold) or on (warm)",
    )
    parser.add_argument(
        "--writes", action="store_true", help="measure recording progress instead of pages"
    )
    parser.add_argument(
        "--rendered",
        action="store_true",
        help="as before roles were measured: the same as --role public --cache cold",
    )
    args = parser.parse_args()
    if args.rendered:
        args.role, args.cache = ["public"], "cold"
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
    for name in CACHES:  # each run says whether they are on
        os.environ.pop(name, None)
    args.database = "postgresql" if os.environ.get("DATABASE_URL") else "sqlite"
    _django()
    from django.conf import settings

    # As deployed (None: this Hub keeps no signed-in pages); read before a run turns it off.
    args.signed_in_cache = getattr(settings, "NEASPEC_SIGNED_IN_CACHE_SECONDS", None)
    if args.writes:
        _writes(args)
        return
    unknown = set(args.only or []) - set(KINDS)
    if unknown:
        sys.exit(f"Unknown page kinds {sorted(unknown)}; known: {', '.join(KINDS)}")
    urls = {
        kind: paths
        for kind, paths in _urls(args.seed).items()
        if not args.only or kind in args.only
    }
    runs = []
    for role in ROLES:
        if args.role and role not in args.role:
            continue
        if role != "public":
            runs.append((role, True))
        else:
            for cache in (False, True):  # cold, then warm
                if args.cache in (None, "warm" if cache else "cold"):
                    runs.append((role, cache))
    for role, cache in runs:
        _run_role(role, cache, urls, args)


if __name__ == "__main__":
    main()
