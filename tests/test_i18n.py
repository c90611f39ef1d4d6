import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.urls import reverse

import neaspec
from neaspec.locale_compile import catalogs

PLACEHOLDER = re.compile(r"%\(\w+\)s")


def test_all_five_translations_exist():
    assert sorted(p.parts[-3] for p in catalogs()) == ["ja", "ko", "mn", "ru", "zh_Hans"]


@pytest.mark.parametrize("po_path", catalogs(), ids=lambda p: p.parts[-3])
def test_every_string_is_translated_with_its_placeholders(po_path):
    catalog = polib.pofile(str(po_path))
    assert len(catalog) > 150
    assert catalog.untranslated_entries() == []
    assert catalog.fuzzy_entries() == []
    for entry in catalog:
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        for translation in entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]:
            assert sorted(PLACEHOLDER.findall(translation)) == expected, entry.msgid


@pytest.mark.parametrize("po_path", catalogs(), ids=lambda p: p.parts[-3])
def test_compiled_catalog_matches_its_source(po_path):
    """`make messages` recompiles; a .po edited without it fails here."""

    def translations(catalog: polib._BaseFile) -> dict[str, object]:
        return {
            e.msgid: dict(e.msgstr_plural) if e.msgid_plural else e.msgstr
            for e in catalog
            if e.msgid and (e.msgstr or e.msgstr_plural)
        }

    source = translations(polib.pofile(str(po_path)))
    compiled = translations(polib.mofile(str(po_path.with_suffix(".mo"))))
    assert compiled == source


@pytest.mark.parametrize(
    ("language", "members", "sign_in"),
    [
        ("ja", "加盟国", "ログイン"),
        ("zh-hans", "成员国", "登录"),
        ("ko", "회원국", "로그인"),
        ("mn", "Гишүүн улсууд", "Нэвтрэх"),
        ("ru", "Государства-члены", "Войти"),
    ],
)
def test_switching_language_translates_the_shell(client, reference, language, members, sign_in):
    response = client.post(reverse("set_language"), {"language": language, "next": "/"})
    assert response.status_code == 302
    html = client.get(reverse("home")).content.decode()
    assert f'<html lang="{language}">' in html
    nav = html.split("<nav")[1].split("</nav>")[0]
    assert members in nav
    assert sign_in in html


def test_state_names_follow_the_language(client, reference):
    client.post(reverse("set_language"), {"language": "ru", "next": "/"})
    html = client.get(reverse("directory:states")).content.decode()
    assert "Монголия" in html
    assert "Российская Федерация" in html


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext (CI installs it)")
def test_catalogs_cover_every_marked_string(tmp_path):
    """A string marked for translation but missing from the catalogs fails here."""
    source = Path(neaspec.__file__).parent
    copy = tmp_path / "neaspec"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("data", "static", "__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "neaspec.cli", "makemessages", "-l", "ja", "--no-obsolete"],
        cwd=copy,
        check=True,
        capture_output=True,
    )
    extracted = {e.msgid for e in polib.pofile(str(copy / "locale/ja/LC_MESSAGES/django.po"))}
    committed = {e.msgid for e in polib.pofile(str(source / "locale/ja/LC_MESSAGES/django.po"))}
    assert extracted - committed == set(), "run makemessages and translate the new strings"


def test_the_selector_names_each_language_in_that_language(client, reference):
    html = client.get(reverse("home")).content.decode()
    selector = html.split('id="language-select"')[1].split("</select>")[0]
    names = re.findall(r'<option value="([^"]+)" lang="[^"]+"[^>]*>([^<]+)</option>', selector)
    assert names == [
        ("en", "English"),
        ("zh-hans", "中文"),
        ("ja", "日本語"),
        ("ko", "한국어"),
        ("mn", "Монгол"),
        ("ru", "Русский"),
    ]
