"""More than one machine: two app servers (gunicorn, two workers each) and two task workers on
one PostgreSQL, with the cache in Redis and the uploads in an S3 bucket (moto's server), each
server with a media folder of its own that must stay empty. Documents uploaded through one
server are read by whichever worker takes them — each exactly once — and downloaded through
the other; a decision changed by a third process shows on both servers' meeting pages at once,
because the cached lines they share are dropped in the shared cache."""

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
from moto.server import ThreadedMotoServer

from tests.factories import APP_KEY, app_code
from tests.reliability.test_import_under_load import PASSWORD, Browser, _answers, database
from tests.reliability.test_killed_worker import _free_port, _neaspec, _wait

__all__ = ["database"]  # the fixture, imported for its use below

pytestmark = [
    pytest.mark.reliability,
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="runs on PostgreSQL (DATABASE_URL); SQLite is one machine's file",
    ),
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server"),
]
BUCKET = "neaspec-shared"
DOCUMENTS = 4
# The Secretariat signs in with two factors: the officer's app holds the test accounts' key.
OFFICER = f"""
from django_otp.plugins.otp_totp.models import TOTPDevice
from neaspec.accounts.services import secretariat_account_ensure
officer, _ = secretariat_account_ensure(username="officer", password="{PASSWORD}")
TOTPDevice.objects.create(user=officer, name="app", key="{APP_KEY}", confirmed=True)
"""
READ = """
from neaspec.library.models import Document
for d in Document.objects.order_by("title"):
    print(d.title, d.status, d.read_attempts)
"""
CHANGE = """
from neaspec.decisions.models import Decision
d = Decision.objects.filter(meeting__key="som-25", adopted=True).order_by("pk").first()
d.summary = "Changed by a third process."
d.save()
"""


@pytest.fixture
def shared(database: dict[str, str], tmp_path: Path) -> Iterator[dict[str, str]]:
    """Redis and an S3 server, and the environment that points at them."""
    redis_port, s3_port = _free_port(), _free_port()
    redis = subprocess.Popen(
        ["redis-server", "--port", str(redis_port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    s3 = ThreadedMotoServer(ip_address="127.0.0.1", port=s3_port, verbose=False)
    s3.start()
    endpoint = f"http://127.0.0.1:{s3_port}"
    boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    ).create_bucket(Bucket=BUCKET)
    try:
        yield database | {
            "CACHE_URL": f"redis://127.0.0.1:{redis_port}/0",
            "NEASPEC_S3_BUCKET": BUCKET,
            "NEASPEC_S3_ENDPOINT_URL": endpoint,
            "NEASPEC_S3_REGION": "us-east-1",
            "NEASPEC_S3_ACCESS_KEY_ID": "test",
            "NEASPEC_S3_SECRET_ACCESS_KEY": "test",
            "SECRET_KEY": "two-servers-" + "k" * 50,
            # What is under test is the shared fragment cache; the public page cache would
            # (rightly) keep the signed-out meeting page for its minute.
            "NEASPEC_PAGE_CACHE_SECONDS": "0",
        }
    finally:
        s3.stop()
        redis.terminate()
        redis.wait(timeout=10)


def _start(env: dict[str, str], *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", *args], env=env, stdout=subprocess.DEVNULL)


@pytest.mark.slow(
    reason="nine processes (two gunicorn servers of two workers each, two task workers, Redis, "
    "an S3 server, a writer): about 40 s alone, twice that beside the 100,000-row import"
)
def test_two_servers_and_two_workers_share_one_site(shared: dict[str, str], tmp_path: Path) -> None:
    _neaspec(shared, "migrate", "--no-input", "-v", "0")
    _neaspec(shared, "seed", timeout=300)
    _neaspec(shared, "shell", "-c", OFFICER)
    processes: list[subprocess.Popen[bytes]] = []
    bases, media = [], []
    try:
        for name in ("a", "b"):
            port = _free_port()
            media.append(tmp_path / f"media-{name}")
            env = shared | {"MEDIA_ROOT": str(media[-1])}
            processes.append(
                _start(env, "gunicorn", "neaspec.wsgi", "--workers=2", f"--bind=127.0.0.1:{port}")
            )
            processes.append(_start(env, "neaspec.cli", "db_worker"))
            bases.append(f"http://127.0.0.1:{port}")
        for base in bases:
            assert _wait(lambda base=base: _answers(base), 60), f"{base} did not start"
        a, b = Browser(bases[0]), Browser(bases[1])
        a.sign_in("officer", code=app_code)
        # A code is taken once: the second server is given the app's next one.
        b.sign_in("officer", code=lambda: app_code(time.time() + 30))

        contents = {}
        for n in range(DOCUMENTS):
            title = f"Shared document {n}"
            contents[title] = f"1. The Meeting noted shared report {n}.".encode()
            fields = {"title": title, "type": "study", "language": "en", "visibility": "public"}
            answer = a.upload("/library/upload/", fields, f"report-{n}.txt", contents[title])
            assert answer.status == 200, f"upload {n} answered {answer.status}"

        def all_read() -> bool:
            lines = _neaspec(shared, "shell", "-c", READ).stdout.split("\n")
            return sum(line.endswith(" ready 1") for line in lines) == DOCUMENTS

        assert _wait(all_read, 90), _neaspec(shared, "shell", "-c", READ).stdout
        library = b.open("/library/").read().decode()
        for title, content in contents.items():
            assert title in library
            pk = library.split(title)[0].rsplit('href="/library/', 1)[1].split("/")[0]
            assert b.open(f"/library/{pk}/file").read() == content
        assert [p for m in media for p in m.rglob("*") if p.is_file()] == []

        def meeting_pages() -> list[str]:
            # Several times each: every gunicorn worker of both servers answers (and caches).
            return [
                Browser(base).open("/meetings/som-25/").read().decode()
                for base in bases
                for _ in range(8)
            ]

        assert not any("Changed by a third process." in page for page in meeting_pages())
        _neaspec(shared, "shell", "-c", CHANGE)
        assert all("Changed by a third process." in page for page in meeting_pages())
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
