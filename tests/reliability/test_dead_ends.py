"""No dead end on any page a role can reach: every HTML page of the access matrix, read as the
public, a focal point and the Secretariat, says what it shows in words — no raw source file
name where a citation belongs, no "None", no programme code (`in_progress`) where a word
belongs, no section with a heading and nothing under it."""

import re
from typing import Any

import pytest
from django.urls import reverse

from tests.access.matrix import PAGES
from tests.access.probes import world  # noqa: F401  (the matrix's fixture)

pytestmark = pytest.mark.reliability

ROLES = ["public", "focal_point_mn", "secretariat"]
SOURCE_FILE = re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b")
# Text a reader sees: the page without its scripts, styles, code samples and tags.
HIDDEN = re.compile(
    r"<(script|style|code|datalist|textarea|select)\b.*?</\1>"
    # What documents a file's columns and codes (the open data page, the import pages).
    r'|<(table|p) class="file-codes">.*?</\2>',
    re.S | re.I,
)
TAG = re.compile(r"<[^>]+>")
CODE_WORD = re.compile(r"(?<![\w/.@-])[a-z]+(?:_[a-z]+)+(?![\w/.@-])")
# Python's None printed where a value belongs: an element that holds that word alone.
NONE = re.compile(r">\s*None\s*<")
EMPTY_SECTION = re.compile(r"<section\b[^>]*>\s*<h2\b[^>]*>.*?</h2>\s*</section>", re.S)


def _html_pages() -> list[str]:
    return [
        reverse(name, kwargs=probe.kwargs())
        + (f"?{_query(probe.payload())}" if probe.payload() else "")
        for name, probes in PAGES.items()
        for probe in probes
        if probe.method == "get" and not name.startswith(("admin:", "api:"))
    ]


def _query(data: dict[str, Any]) -> str:
    from urllib.parse import urlencode

    return urlencode(data)


def _problems(html: str) -> list[str]:
    main = html.split("<main", 1)[-1].split("</main>", 1)[0]
    text = TAG.sub(" ", HIDDEN.sub(" ", main))
    found = [f"file name {m}" for m in SOURCE_FILE.findall(text)]
    found += [f"code {m}" for m in CODE_WORD.findall(text)]
    found += ["None"] * len(NONE.findall(main))
    found += [f"empty section {m[:60]}" for m in EMPTY_SECTION.findall(main)]
    return found


@pytest.mark.usefixtures("world")
@pytest.mark.parametrize("role", ROLES)
def test_no_page_shows_a_code_a_file_name_or_an_empty_section(client_for: Any, role: str) -> None:
    client = client_for(role)
    seen, problems = 0, {}
    for path in dict.fromkeys(_html_pages()):
        response = client.get(path)
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        content = b"".join(response.streaming_content) if response.streaming else response.content
        seen += 1
        if found := _problems(content.decode()):
            problems[path] = sorted(set(found))
    assert problems == {}, "\n".join(f"{p}: {f}" for p, f in problems.items())
    assert seen > 40
