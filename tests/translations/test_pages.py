"""The pages people read, in each language: no English content word outside proper names and
passages marked as English (citations of English sources); and the translation workflow —
the English beside each translation, saving, conflicts, a language out to a translator's file
and back, every change audited."""

import csv
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from lxml import html

from neaspec.decisions.models import Decision
from neaspec.programme.models import ProgrammeArea
from neaspec.translations import services
from neaspec.translations.models import Translation

LANGUAGES = ["zh-hans", "ja", "ko", "mn", "ru"]
# Content words of the English record that a page in another language must not show.
ENGLISH_WORDS = {
    "the",
    "and",
    "of",
    "for",
    "with",
    "meeting",
    "officials",
    "senior",
    "adopted",
    "approved",
    "asked",
    "noted",
    "welcomed",
    "requested",
    "plan",
    "strategic",
    "activity",
    "activities",
    "pollution",
    "air",
    "cities",
    "carbon",
    "low",
    "marine",
    "protected",
    "areas",
    "area",
    "biodiversity",
    "nature",
    "conservation",
    "desertification",
    "land",
    "degradation",
    "member",
    "states",
    "secretariat",
    "programme",
    "focal",
    "points",
    "national",
    "cooperation",
    "nominations",
    "experts",
    "report",
    "fund",
    "core",
    "budget",
    "species",
    "network",
    "opening",
    "election",
    "officers",
    "agenda",
    "review",
    "renewed",
    "commitments",
    "goals",
    "complete",
    "discuss",
    "republic",
    "korea",
    "japan",
    "china",
    "mongolia",
    "russian",
    "federation",
    "all",
    "para",
    "statements",
    "delegations",
}


def english_words(page: bytes, language: str) -> set[str]:
    """The English content words in the page's main text, leaving out what is marked as
    another language (lang="en" on a citation, a document title, the language names)."""
    main = html.fromstring(page).xpath("//main")[0]
    for element in main.xpath(".//*[@lang]"):
        if element.get("lang") != language:
            element.drop_tree()
    words = {w.casefold() for w in re.findall(r"[A-Za-z]+", main.text_content())}
    return words & ENGLISH_WORDS


def _pages() -> list[str]:
    decision = Decision.objects.get(meeting__key="som-25", paragraph="3", sentence=5)
    return [
        reverse("home"),
        reverse("meetings:detail", args=["som-25"]),
        reverse("decisions:detail", args=[decision.pk]),
        reverse("programme:plan", args=["2021-2025"]),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pages_people_read_show_no_english_content_word(reference, client, language):
    for url in _pages():
        response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200, url
        assert english_words(response.content, language) == set(), (language, url)
        assert b'class="untranslated"' not in response.content, (language, url)


def test_the_english_word_list_catches_an_english_page(reference, client):
    """The check above can fail: in English the same pages are full of those words."""
    for url in _pages():
        assert len(english_words(client.get(url).content, "en")) > 3, url


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("ja", "大気汚染"),
        ("zh-hans", "大气污染"),
        ("ko", "대기오염"),
        ("mn", "Агаарын бохирдол"),
        ("ru", "Загрязнение воздуха"),
    ],
)
def test_the_home_page_names_the_programme_areas_in_the_readers_language(
    reference, client, language, name
):
    page = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE=language).content.decode()
    panel = page.split('id="panel-areas"')[1].split("</section>")[0]
    assert name in panel
    assert "Air Pollution" not in panel


def test_a_missing_translation_shows_the_english_marked_as_english(reference, client):
    from neaspec.meetings.models import Meeting

    Meeting.objects.filter(key="som-25").update(summary_ja=None)
    page = client.get(reverse("meetings:detail", args=["som-25"]), HTTP_ACCEPT_LANGUAGE="ja")
    text = page.content.decode()
    assert '<span lang="en" class="untranslated"' in text
    assert "Approved activity plans for 2022-2023 in all five areas" in text
    # Only what is missing: the agenda is still in Japanese.
    assert "議題の採択" in text


def _row_form(obj, field, text, seen, status="working"):
    label = obj._meta.label_lower
    return {
        "t0-id": f"{label}:{obj.pk}:{field}",
        "t0-text": text,
        "t0-seen": seen,
        "t0-status": status,
    }


def test_a_translator_translates_beside_the_english_and_the_change_is_audited(
    reference, client_for, users
):
    air = ProgrammeArea.objects.get(code="air")
    client = client_for("translator_ja")
    page = client.get(
        reverse("translations:language", args=["ja"]) + "?kind=programme.programmearea"
    )
    text = page.content.decode()
    assert page.status_code == 200
    assert '<p lang="en">Air Pollution</p>' in text  # the English beside the translation
    response = client.post(
        reverse("translations:save", args=["ja"]), _row_form(air, "name", "大気の汚染", "大気汚染")
    )
    assert response.status_code == 302
    air.refresh_from_db()
    assert air.name_ja == "大気の汚染"
    mark = Translation.objects.get(
        object_id=air.pk, field="name", language="ja", content_type__model="programmearea"
    )
    assert (mark.translated_by, mark.from_reference) == (users["translator_ja"], False)
    last = mark.history.order_by("-history_date").first()
    assert (last.history_user, last.history_change_reason, last.text) == (
        users["translator_ja"],
        "translated",
        "大気の汚染",
    )
    # Another language is not theirs.
    refused = client.post(
        reverse("translations:save", args=["ru"]),
        _row_form(air, "name", "x", "Загрязнение воздуха"),
    )
    assert refused.status_code == 403
    air.refresh_from_db()
    assert air.name_ru == "Загрязнение воздуха"


def test_a_save_over_someone_elses_translation_changes_nothing_and_says_so(reference, client_for):
    air = ProgrammeArea.objects.get(code="air")
    client = client_for("secretariat")
    client.post(reverse("translations:save", args=["ja"]), _row_form(air, "name", "一", "大気汚染"))
    late = client.post(
        reverse("translations:save", args=["ja"]),
        _row_form(air, "name", "二", "大気汚染"),
        follow=True,
    )
    assert "Someone saved another translation meanwhile" in late.content.decode()
    air.refresh_from_db()
    assert air.name_ja == "一"


def test_a_language_goes_out_to_a_translator_and_comes_back(reference, client_for, users):
    client = client_for("secretariat")
    url = reverse("translations:export", args=["ru", "csv"]) + "?kind=programme.programmearea"
    rows = list(csv.DictReader(io.StringIO(client.get(url).content.decode("utf-8-sig"))))
    assert {r["english"] for r in rows} >= {"Air Pollution", "Low Carbon Cities"}
    air = next(r for r in rows if r["english"] == "Air Pollution")
    air["translation"] = "Загрязнение атмосферного воздуха"
    # A row whose English changed after the export is not saved.
    cities = next(r for r in rows if r["english"] == "Low Carbon Cities")
    lcc = ProgrammeArea.objects.get(code="lcc")
    lcc.name = "Low Carbon and Resilient Cities"
    lcc.save()
    cities["translation"] = "Устойчивые города"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    upload = SimpleUploadedFile("ru.csv", out.getvalue().encode(), "text/csv")
    page = client.post(reverse("translations:import", args=["ru"]), {"file": upload}, follow=True)
    text = page.content.decode()
    assert "1 translation saved, 10 unchanged" in text  # the other fields of the six areas
    assert "1 row was not saved: its English changed" in text
    assert ProgrammeArea.objects.get(code="air").name_ru == "Загрязнение атмосферного воздуха"
    assert ProgrammeArea.objects.get(code="lcc").name_ru == "Низкоуглеродные города"
    mark = Translation.objects.get(
        object_id=ProgrammeArea.objects.get(code="air").pk,
        field="name",
        language="ru",
        content_type__model="programmearea",
    )
    assert mark.history.first().history_change_reason == "imported from a translator's file"


def test_a_text_that_looks_like_a_formula_goes_out_safe_and_comes_back_as_it_was(
    reference, client_for, users
):
    """A translation may begin with a dash or a plus (a list, a sign): the CSV says it as text
    for a spreadsheet, and reading the file back takes the guard off again."""
    air = ProgrammeArea.objects.get(code="air")
    services.translation_save(
        actor=users["secretariat"], obj=air, field="name", language="ru", text="-Воздух"
    )
    client = client_for("secretariat")
    url = reverse("translations:export", args=["ru", "csv"]) + "?kind=programme.programmearea"
    exported = client.get(url).content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(exported)))
    row = next(r for r in rows if r["english"] == "Air Pollution")
    assert row["translation"] == "'-Воздух"
    row["translation"] = "'=Воздух"  # as a spreadsheet would save an edit made safe
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    upload = SimpleUploadedFile("ru.csv", out.getvalue().encode(), "text/csv")
    page = client.post(reverse("translations:import", args=["ru"]), {"file": upload}, follow=True)
    assert "1 translation saved" in page.content.decode()
    assert ProgrammeArea.objects.get(code="air").name_ru == "=Воздух"


def test_xliff_round_trips_and_a_bad_file_saves_nothing(reference, client_for):
    client = client_for("secretariat")
    url = reverse("translations:export", args=["ko", "xlf"]) + "?kind=programme.programmearea"
    xliff = client.get(url).content
    assert b'target-language="ko"' in xliff
    assert b"<source>Air Pollution</source>" in xliff
    changed = xliff.replace("대기오염".encode(), "대기 오염".encode())
    client.post(
        reverse("translations:import", args=["ko"]),
        {"file": SimpleUploadedFile("ko.xlf", changed, "application/x-xliff+xml")},
    )
    assert ProgrammeArea.objects.get(code="air").name_ko == "대기 오염"
    broken = changed.replace(b"programme.programmearea:", b"programme.nothing:")
    page = client.post(
        reverse("translations:import", args=["ko"]),
        {"file": SimpleUploadedFile("ko.xlf", broken.replace("대기 오염".encode(), b"X"))},
        follow=True,
    )
    assert "Nothing was saved" in page.content.decode()
    assert ProgrammeArea.objects.get(code="air").name_ko == "대기 오염"
    entity = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
    )
    page = client.post(
        reverse("translations:import", args=["ko"]),
        {"file": SimpleUploadedFile("evil.xlf", entity)},
        follow=True,
    )
    assert "root:" not in page.content.decode()


@pytest.mark.parametrize(
    ("name", "body"),
    [
        (
            "declared.xlf",
            b'<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
            b'<!ENTITY name "Air">]><xliff version="1.2" '
            b'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" '
            b'source-language="en" target-language="ko" datatype="plaintext"><body>'
            b'<trans-unit id="u" resname="programme.programmearea:{pk}:name"><source>Air '
            b"Pollution</source><target>&xxe; &name;</target></trans-unit></body></file></xliff>",
        ),
        ("escaped.csv", b"id,english,translation\nprogramme.programmearea:{pk}:name,Air,&xxe;\n"),
        ("amp.csv", b"id,english,translation\nprogramme.programmearea:{pk}:name,Air,A &amp; B\n"),
    ],
)
def test_an_import_never_stores_an_entity_as_a_translation(reference, client_for, name, body):
    """Entities are never expanded (an uploaded file must not read the server's), so one must
    not arrive as text either: the file is refused in words and nothing changes."""
    area = ProgrammeArea.objects.get(code="air")
    before = area.name_ko
    page = client_for("secretariat").post(
        reverse("translations:import", args=["ko"]),
        {"file": SimpleUploadedFile(name, body.replace(b"{pk}", str(area.pk).encode()))},
        follow=True,
    )
    said = page.content.decode()
    assert "Nothing was saved" in said
    assert "entit" in said
    area.refresh_from_db()
    assert area.name_ko == before
    assert "&" not in (area.name_ko or "")


def test_xliff_round_trips_through_po_with_the_usual_tools(reference, client_for):
    """A translator's tools: translate-toolkit's xliff2po, an edit in the PO file, po2xliff.
    The units keep their ids (the location a PO file carries), the approved ones stay approved
    (not fuzzy) and a text keeps its line breaks."""
    from translate.convert import po2xliff, xliff2po
    from translate.storage import po

    area = ProgrammeArea.objects.get(code="air")
    area.description = "First line.\n  Second line, indented."
    area.save()
    client = client_for("secretariat")
    url = reverse("translations:export", args=["ja", "xlf"]) + "?kind=programme.programmearea"
    exported = client.get(url).content
    assert b'approved="yes"' in exported
    assert b'xml:space="preserve"' in exported
    converted = io.BytesIO()
    xliff2po.convertxliff(io.BytesIO(exported), converted, None)
    store = po.pofile.parsestring(converted.getvalue())
    units = {unit.source: unit for unit in store.units if not unit.isheader()}
    assert not units["Air Pollution"].isfuzzy()  # approved in the Hub: not to be checked again
    # The translator edits the name and translates the two-line description in the PO file.
    units["Air Pollution"].target = "大気の汚染"
    units["First line.\n  Second line, indented."].target = "一行目。\n  二行目。"
    back = io.BytesIO()
    po2xliff.convertpo(io.BytesIO(bytes(store)), back, None)
    page = client.post(
        reverse("translations:import", args=["ja"]),
        {"file": SimpleUploadedFile("ja.xlf", back.getvalue(), "application/x-xliff+xml")},
        follow=True,
    )
    shown = page.content.decode()
    assert "No record is named" not in shown
    assert "2 translations saved" in shown
    area.refresh_from_db()
    assert area.name_ja == "大気の汚染"
    assert area.description_ja == "一行目。\n  二行目。"


def test_the_overview_counts_what_is_left_in_each_language(reference, client_for):
    ProgrammeArea.objects.filter(code="air").update(name_mn=None)
    page = client_for("secretariat").get(reverse("translations:overview")).content.decode()
    assert "?state=missing" in page
    mine = client_for("translator_ja").get(reverse("translations:overview")).content.decode()
    assert 'lang="ja"' in mine
    assert 'lang="ru"' not in mine.split("<main")[1]


# --- a translator reads what their role may read, and no more --------------------------------

DRAFT_MARKER = "ZXQ-draft-wording"
PLAN_MARKER = "ZXQ-draft-plan-goal"


@pytest.fixture
def drafts(reference):
    """A draft decision, an action it asks for, and a goal of the draft 2026-2030 plan, none
    of them in Japanese yet."""
    from neaspec.decisions.models import FollowUp
    from neaspec.programme.models import PlanGoal, StrategicPlan
    from tests.factories import draft_decision

    draft = draft_decision(f"Draft: {DRAFT_MARKER}.")
    action = FollowUp.objects.create(
        decision=draft, owner=FollowUp.Owner.SECRETARIAT, action=f"Act on {DRAFT_MARKER}."
    )
    goal = PlanGoal.objects.create(
        plan=StrategicPlan.objects.get(code="2026-2030"), code="z", text=PLAN_MARKER
    )
    return {"draft": draft, "action": action, "goal": goal}


def _export(client, language="ja"):
    return client.get(reverse("translations:export", args=[language, "csv"])).content.decode()


def test_a_translator_never_sees_a_draft_nor_a_draft_plans_framework(drafts, client_for):
    translator = client_for("translator_ja")
    shown = _export(translator)
    assert "Low Carbon Cities" in shown  # the export is the whole language, unpaged
    assert DRAFT_MARKER not in shown
    assert PLAN_MARKER not in shown
    for kind in ("decisions.decision", "decisions.followup", "programme.plangoal"):
        url = reverse("translations:language", args=["ja"])
        for state in ("", "missing"):
            page = translator.get(url, {"kind": kind, "state": state}).content.decode()
            assert DRAFT_MARKER not in page, (kind, state)
            assert PLAN_MARKER not in page, (kind, state)
    # The Secretariat, who may read drafts, translates them.
    secretariat = _export(client_for("secretariat"))
    assert DRAFT_MARKER in secretariat
    assert PLAN_MARKER in secretariat


def test_a_translator_cannot_write_into_a_draft_by_naming_it(drafts, client_for):
    draft = drafts["draft"]
    client = client_for("translator_ja")
    page = client.post(
        reverse("translations:save", args=["ja"]),
        _row_form(draft, "summary", "草案", ""),
        follow=True,
    ).content.decode()
    assert "No record is named decisions.decision:" in page
    rows = "id,record,field,english,translation,state\r\n"
    rows += (
        f"decisions.decision:{draft.pk}:summary,x,summary,Draft: {DRAFT_MARKER}.,草案,missing\r\n"
    )
    upload = SimpleUploadedFile("ja.csv", rows.encode(), "text/csv")
    page = client.post(
        reverse("translations:import", args=["ja"]), {"file": upload}, follow=True
    ).content.decode()
    assert "Nothing was saved" in page
    draft.refresh_from_db()
    assert draft.summary_ja is None
    assert not Translation.objects.filter(
        content_type__model="decision", object_id=draft.pk, field="summary"
    ).exists()


def test_every_translatable_kind_is_public_or_read_through_its_apps_rule():
    from neaspec.multilingual import translatable_models
    from neaspec.translations.selectors import PUBLIC, RESTRICTED

    labels = {m._meta.label_lower for m in translatable_models()}
    assert labels == PUBLIC | set(RESTRICTED)
    assert not PUBLIC & set(RESTRICTED)


def test_a_kind_with_no_rule_is_the_secretariats_alone(reference, users, monkeypatch):
    from neaspec.networks.models import Site
    from neaspec.translations import selectors

    monkeypatch.setattr(selectors, "PUBLIC", selectors.PUBLIC - {"networks.site"})
    assert not selectors.records_visible(Site, actor=users["translator_ja"]).exists()
    assert (
        selectors.records_visible(Site, actor=users["secretariat"]).count() == Site.objects.count()
    )
