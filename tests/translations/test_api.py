"""The API in the reader's language: `?lang=` or Accept-Language, with the language each
translated field is in; reports in the reader's language, content included."""

import re

import pytest
from django.test import Client

from neaspec.programme.models import ProgrammeArea

SCRIPTS = {
    "ja": re.compile("[\u3040-\u30ff\u4e00-\u9fff]"),  # kana or kanji
    "zh-hans": re.compile("[\u4e00-\u9fff]"),
    "ko": re.compile("[\uac00-\ud7a3]"),  # Hangul syllables
    "ru": re.compile("^[\u0400-\u04ff\\s,.-]+$"),  # Cyrillic only
    "mn": re.compile("^[\u0400-\u04ff\\s,.-]+$"),
}


@pytest.mark.parametrize("language", sorted(SCRIPTS))
def test_the_areas_come_in_the_language_asked_for(reference, client: Client, language):
    items = client.get("/api/areas", HTTP_ACCEPT_LANGUAGE=language).json()["items"]
    assert len(items) == ProgrammeArea.objects.count()
    for item in items:
        assert SCRIPTS[language].search(item["name"]), item["name"]
        assert item["languages"] == {"name": language, "description": language}


def test_lang_in_the_address_wins_and_a_missing_translation_says_it_is_english(
    reference, client: Client
):
    ProgrammeArea.objects.filter(code="air").update(description_ru=None)
    items = client.get("/api/areas?lang=ru", HTTP_ACCEPT_LANGUAGE="ja").json()["items"]
    air = next(i for i in items if i["code"] == "air")
    assert air["name"] == "Загрязнение воздуха"
    assert air["languages"] == {"name": "ru", "description": "en"}
    assert air["description"].startswith("Cooperation on transboundary air pollution")


def test_states_give_their_names_in_every_language(reference, client: Client):
    states = client.get("/api/states?lang=ko").json()["items"]
    mongolia = next(s for s in states if s["code"] == "MN")
    assert mongolia["name"] == "몽골"
    assert mongolia["names"]["mn"] == "Монгол Улс"
    assert mongolia["names"]["en"] == "Mongolia"


def test_a_meeting_and_its_decisions_in_russian(reference, client: Client):
    meeting = client.get("/api/meetings/som-25?lang=ru").json()
    assert meeting["languages"]["summary"] == "ru"
    assert "Утвердило планы деятельности" in meeting["summary"]
    assert meeting["agenda"][1]["title"] == "Выборы должностных лиц"
    decisions = client.get("/api/decisions?meeting=som-25&lang=ru").json()["items"]
    assert all(d["languages"] == {"summary": "ru"} for d in decisions)
    assert any(d["citation"].startswith("SOM-25, п. ") for d in decisions)


def test_a_report_comes_out_in_the_readers_language(reference, client_for):
    from tests.reports.conftest import body, word, word_rows

    response = client_for("secretariat").get(
        "/reports/decision-follow-up.docx?meeting=som-25", HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert response.status_code == 200
    doc = word(body(response))
    cells = {cell for row in word_rows(doc) for cell in row}
    assert "NEACAP政策分析報告書のための国内専門家の指名を終える。" in cells
    assert (
        "Complete the nomination of national experts for the NEACAP policy analysis report."
        not in cells
    )
