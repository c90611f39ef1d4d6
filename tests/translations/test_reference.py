"""The reference dataset in six languages: every translatable field of every record it holds
has its five translations, each marked official or working and tied to the English it
translates; reloading changes nothing and keeps what someone translated."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from neaspec.data.loader import load
from neaspec.directory.models import MemberState
from neaspec.multilingual import (
    column,
    source_text,
    target_languages,
    translatable_models,
    translated_fields,
)
from neaspec.programme.models import ProgrammeArea
from neaspec.translations import selectors, services
from neaspec.translations.models import Translation


def test_every_translatable_field_of_the_reference_data_has_six_languages(reference, users):
    missing = []
    for model in translatable_models():
        for obj in model._base_manager.all():
            for field in translated_fields(model):
                if not source_text(obj, field):
                    continue
                for language in target_languages():
                    if not getattr(obj, column(field, language)):
                        missing.append(f"{model._meta.label} {obj.pk} {field} [{language}]")
    assert missing == []
    counts = selectors.counts(target_languages(), actor=users["secretariat"])
    assert all(c["missing"] == 0 and c["outdated"] == 0 for c in counts.values())
    assert counts["ja"]["done"] > 400


def test_each_translation_says_what_it_translates_and_how_far_to_trust_it(reference):
    mongolia = MemberState.objects.get(code="MN")
    mark = Translation.objects.get(
        content_type=ContentType.objects.get_for_model(MemberState),
        object_id=mongolia.pk,
        field="name",
        language="mn",
    )
    # The State's own name is official; our translations of our English are working ones.
    assert (mark.text, mark.status, mark.source_text) == ("Монгол Улс", "official", "Mongolia")
    assert mark.from_reference
    air = ProgrammeArea.objects.get(code="air")
    area_mark = Translation.objects.get(
        object_id=air.pk,
        field="name",
        language="ja",
        content_type=ContentType.objects.get_for_model(air),
    )
    assert area_mark.status == "working"


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("zh-hans", "大气污染"),
        ("ja", "大気汚染"),
        ("ko", "대기오염"),
        ("mn", "Агаарын бохирдол"),
        ("ru", "Загрязнение воздуха"),
        ("en", "Air Pollution"),
    ],
)
def test_a_record_reads_in_the_active_language(reference, language, name):
    with translation.override(language):
        assert ProgrammeArea.objects.get(code="air").name == name


def test_loading_again_changes_nothing_and_keeps_what_someone_translated(reference, users):
    air = ProgrammeArea.objects.get(code="air")
    services.translation_save(
        actor=users["secretariat"], obj=air, field="name", language="ja", text="大気の汚染"
    )
    tally = load()
    assert tally.created == tally.updated == 0
    air.refresh_from_db()
    assert air.name_ja == "大気の汚染"
    kept = [c for c in tally.conflicts if c.field == "name [ja]"]
    assert [(c.kept, c.wanted) for c in kept] == [("大気の汚染", "大気汚染")]


def test_a_changed_english_leaves_its_translations_out_of_date(reference, users):
    air = ProgrammeArea.objects.get(code="air")
    air.name = "Air Pollution and Haze"
    air.save()
    found = selectors.rows("ru", actor=users["secretariat"])
    rows = [r for r in found if r.id == f"programme.programmearea:{air.pk}:name"]
    assert [(r.state, r.text, r.translated_from) for r in rows] == [
        ("outdated", "Загрязнение воздуха", "Air Pollution")
    ]
    load()  # the dataset knows no translation of the new English: the old one stays
    air.refresh_from_db()
    assert air.name_ru == "Загрязнение воздуха"


def test_writing_a_record_in_another_language_writes_its_english_source(reference):
    """A Secretariat officer who works in Japanese edits the English record, not the Japanese
    translation (modeltranslation alone would write the active language's column)."""
    air = ProgrammeArea.objects.get(code="air")
    with translation.override("ja"):
        air.name = "Clean Air"
        air.save()
    air.refresh_from_db()
    assert (air.name_en, air.name_ja) == ("Clean Air", "大気汚染")
    with translation.override("en"):
        assert ProgrammeArea.objects.get(pk=air.pk).name == "Clean Air"


def test_a_translation_the_dataset_corrects_replaces_the_one_it_wrote(reference, tmp_path):
    corrected = tmp_path / "corrected.yaml"
    corrected.write_text(
        "translations:\n"
        '  - {en: "Air Pollution", zh-hans: "大气污染", ja: "大気の汚染", ko: "대기오염",'
        ' mn: "Агаарын бохирдол", ru: "Загрязнение воздуха", status: official}\n',
        encoding="utf-8",
    )
    saying_it = [
        (obj, name)
        for model in translatable_models()
        for name in translated_fields(model)
        for obj in model._base_manager.all()
        if source_text(obj, name) == "Air Pollution"
    ]
    tally = load([corrected])
    # Every field that says it: the Japanese text, and each language's mark now official.
    assert (tally.created, tally.updated) == (0, 5 * len(saying_it))
    air = ProgrammeArea.objects.get(code="air")
    assert air.name_ja == "大気の汚染"
    mark = Translation.objects.get(
        content_type=ContentType.objects.get_for_model(air),
        object_id=air.pk,
        field="name",
        language="ja",
    )
    assert (mark.text, mark.status, mark.from_reference) == ("大気の汚染", "official", True)
    assert mark.history.latest().history_change_reason == services.REFERENCE
