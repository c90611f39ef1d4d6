"""`neaspec check --deploy` is clean with the production environment the README documents."""

import os
import subprocess
import sys

PRODUCTION = {
    "SECRET_KEY": "x" * 60 + "-production-key-for-the-check-only",
    "ALLOWED_HOSTS": "hub.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://hub.example.org",
    "SECURE_COOKIES": "1",
    "BEHIND_TLS_PROXY": "1",
    "SECURE_SSL_REDIRECT": "1",
    "SECURE_HSTS_PRELOAD": "1",
    "NEASPEC_MANIFEST_STATIC": "1",
    "NEASPEC_SITE_URL": "https://hub.example.org",
    "EMAIL_HOST": "smtp.example.org",
}


def test_check_deploy_is_clean_in_production(tmp_path):
    env = {**os.environ, **PRODUCTION, "NEASPEC_VAR_DIR": str(tmp_path)}
    for test_only in ("DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"):  # set by the browser journeys
        env.pop(test_only, None)
    result = subprocess.run(
        [sys.executable, "-m", "neaspec.cli", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
