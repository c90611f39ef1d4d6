"""Search in the six languages, including one- and two-character CJK terms, with visibility
applied to results and snippets; user input is never query syntax."""

import pytest
from django.contrib.auth.models import AnonymousUser

from neaspec.library.selectors import document_search
from tests.factories import library_document

PUBLIC = AnonymousUser()


@pytest.fixture
def library(db):
    return {
        "en": library_document(
            "Tumen River estuary study",
            "Wetlands of the Tumen River estuary host migratory birds.",
            area=None,
        ),
        "zh": library_document(
            "图们江口湿地研究", "图们江口的湿地是候鸟的重要栖息地。江水清澈。", language="zh-hans"
        ),
        "ja": library_document(
            "北東アジアの大気汚染", "越境大気汚染に関する政策対話の報告です。", language="ja"
        ),
        "ko": library_document(
            "해양보호구역 네트워크", "동북아 해양보호구역 네트워크의 운영 보고서.", language="ko"
        ),
        "mn": library_document(
            "Цөлжилтийн судалгаа", "Монгол орны цөлжилт ба газрын доройтол.", language="mn"
        ),
        "ru": library_document(
            "Дальневосточный леопард",
            "Отчёт о сохранении дальневосточного леопарда.",
            language="ru",
        ),
        "secret": library_document(
            "Draft budget Tumen", "Internal Tumen budget note.", visibility="secretariat"
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tumen river", ["en"]),
        ("TUMEN", ["en"]),
        ("图们江", ["zh"]),
        ("湿地", ["zh"]),  # two characters
        ("江", ["zh"]),  # one character
        ("大気汚染", ["ja"]),
        ("해양보호구역", ["ko"]),
        ("цөлжилт", ["mn"]),
        ("ЛЕОПАРД", ["ru"]),
    ],
)
def test_each_language_finds_its_document(library, query, expected):
    hits = document_search(actor=PUBLIC, query=query)
    assert [h.document for h in hits] == [library[k] for k in expected]


def test_title_matches_rank_first_and_snippets_are_marked(library):
    library_document("Birds", "Tumen mentioned once.")
    hits = document_search(actor=PUBLIC, query="tumen")
    assert hits[0].document == library["en"]
    assert "<mark>Tumen</mark>" in hits[0].snippet


def test_visibility_applies_to_results(library, users):
    assert library["secret"] not in [
        h.document for h in document_search(actor=PUBLIC, query="budget")
    ]
    found = [h.document for h in document_search(actor=users["secretariat"], query="budget")]
    assert found == [library["secret"]]


@pytest.mark.parametrize(
    "query", ['"', 'tumen" OR "x', "tumen AND NOT river", "*", "river)(", "<script>"]
)
def test_user_input_is_never_query_syntax(library, query):
    hits = document_search(actor=PUBLIC, query=query)
    for hit in hits:
        assert "<script>" not in hit.snippet


def test_filters_narrow_the_results(library):
    assert list(document_search(actor=PUBLIC, query="江", language="ja")) == []
    assert [h.document for h in document_search(actor=PUBLIC, query="江", language="zh-hans")] == [
        library["zh"]
    ]
