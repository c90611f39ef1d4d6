"""The production static build: hashed, compressed names that can be cached for ever."""

from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

MANIFEST = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


def test_collectstatic_builds_hashed_compressed_files_and_pages_use_them(
    tmp_path, client_for, reference
):
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=MANIFEST):
        call_command("collectstatic", interactive=False, verbosity=0)
        hashed = sorted(p.name for p in (tmp_path / "css").glob("hub.*.css"))
        assert len(hashed) == 1
        assert (tmp_path / "css" / f"{hashed[0]}.gz").exists()
        assert list((tmp_path / "vendor" / "chartjs").glob("chart-4.6.1.umd.min.*.js"))
        html = client_for("public").get(reverse("home")).content.decode()
    assert f"/static/css/{hashed[0]}" in html
