"""Uploads in an S3-compatible bucket (django-storages), against a real S3 server on this
machine (moto's server mode): a document is stored, read by the worker, downloaded, exported,
restored and deleted through the storage API alone — no local path anywhere."""

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from django.core.management import call_command
from django.urls import reverse
from moto.server import ThreadedMotoServer

from neaspec.library import services
from neaspec.library.models import Document
from neaspec.stored_files import copy_in, stored_names

BUCKET = "neaspec-uploads"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def s3(settings: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Any]:
    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    for name, value in {
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    settings.MEDIA_ROOT = str(tmp_path / "no-local-files-here")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": endpoint,
                "region_name": "us-east-1",
                "access_key": "test",
                "secret_key": "test",
                "default_acl": "private",
                "file_overwrite": False,
            },
        },
    }
    yield client
    server.stop()


def _keys(client: Any) -> list[str]:
    listed = client.list_objects_v2(Bucket=BUCKET)
    return sorted(o["Key"] for o in listed.get("Contents", []))


def test_a_document_lives_in_the_bucket_from_upload_to_deletion(
    s3: Any,
    users: dict[str, Any],
    client_for: Any,
    django_capture_on_commit_callbacks: Any,
    tmp_path: Path,
) -> None:
    officer = users["secretariat"]
    with django_capture_on_commit_callbacks(execute=True):
        document = services.document_upload(
            actor=officer,
            title="Tumen River wetlands",
            type="study",
            language="en",
            visibility="public",
            filename="wetlands.txt",
            data=b"The Tumen River estuary wetlands host migratory birds.",
        )
    document.refresh_from_db()
    assert _keys(s3) == [document.file.name]
    assert document.status == Document.Status.READY  # the worker read it from the bucket
    assert "migratory birds" in document.text
    assert not Path(str(tmp_path / "no-local-files-here")).exists()

    download = client_for("public").get(reverse("library:file", args=[document.pk]))
    assert b"".join(download.streaming_content) == document.file.open("rb").read()

    call_command("export", str(tmp_path / "export"), verbosity=0)
    exported = tmp_path / "export" / "media" / document.file.name
    assert exported.read_bytes().startswith(b"The Tumen River")
    s3.delete_object(Bucket=BUCKET, Key=document.file.name)
    copy_in(tmp_path / "export" / "media")  # what `neaspec load_export` does with the files
    assert list(stored_names()) == [document.file.name]

    with django_capture_on_commit_callbacks(execute=True):
        services.document_delete(actor=officer, document=document)
    assert _keys(s3) == []
