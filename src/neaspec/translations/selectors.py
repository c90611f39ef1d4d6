"""What there is to translate into a language: every translatable field of every record, with
its English, its translation and whether that translation still matches the English."""

from collections.abc import Iterator
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models

from neaspec.multilingual import column, source_text, translatable_models, translated_fields
from neaspec.translations.models import Translation

STATES = ("missing", "outdated", "done")


@dataclass(frozen=True)
class Row:
    id: str  # "<app label>.<model>:<pk>:<field>"
    kind: str  # the model's name, in the reader's language
    record: str  # the record as pages name it ("SOM-25", "Air Pollution")
    field: str
    field_label: str
    source: str
    text: str
    status: str  # "", "official", "working"
    translated_from: str  # the English the translation was made from

    @property
    def state(self) -> str:
        if not self.text:
            return "missing"
        if self.translated_from and self.translated_from != self.source:
            return "outdated"
        return "done"


def _records(model: type[models.Model]) -> models.QuerySet:
    queryset = model._base_manager.order_by("pk")
    if model._meta.label_lower == "meetings.meeting":
        queryset = queryset.select_related("series")
    return queryset


def rows(language: str, *, kinds: list[str] | None = None) -> Iterator[Row]:
    """Every translatable field in `language`, record by record. One query per kind of record,
    and one for the translations' marks."""
    marks = {
        (m.content_type_id, m.object_id, m.field): m
        for m in Translation.objects.filter(language=language)
    }
    for model in translatable_models():
        label = model._meta.label_lower
        if kinds and label not in kinds:
            continue
        content_type = ContentType.objects.get_for_model(model)
        fields = translated_fields(model)
        for obj in _records(model):
            for name in fields:
                source = source_text(obj, name)
                if not source:
                    continue
                mark = marks.get((content_type.pk, obj.pk, name))
                yield Row(
                    id=f"{label}:{obj.pk}:{name}",
                    kind=str(model._meta.verbose_name),
                    record=_named(obj),
                    field=name,
                    field_label=str(getattr(model._meta.get_field(name), "verbose_name", name)),
                    source=source,
                    text=getattr(obj, column(name, language)) or "",
                    status=mark.status if mark else "",
                    translated_from=mark.source_text if mark else "",
                )


def _named(obj: models.Model) -> str:
    from django.utils import translation

    with translation.override("en"):
        return str(obj)[:120]


def counts(languages: list[str]) -> dict[str, dict[str, int]]:
    """For each language, how many fields are missing, out of date or done: the records read
    once for all languages (one query per kind of record, and one for the marks)."""
    tally = {language: dict.fromkeys(STATES, 0) for language in languages}
    marks = {
        (m.content_type_id, m.object_id, m.field, m.language): m.source_text
        for m in Translation.objects.filter(language__in=languages).only(
            "content_type_id", "object_id", "field", "language", "source_text"
        )
    }
    for model in translatable_models():
        content_type = ContentType.objects.get_for_model(model)
        fields = translated_fields(model)
        for obj in model._base_manager.order_by():
            for name in fields:
                source = source_text(obj, name)
                if not source:
                    continue
                for language in languages:
                    if not getattr(obj, column(name, language)):
                        state = "missing"
                    elif marks.get((content_type.pk, obj.pk, name, language), source) != source:
                        state = "outdated"
                    else:
                        state = "done"
                    tally[language][state] += 1
    return tally
