"""The reference dataset's translations (data/translations/*.yaml): a translation memory, each
entry an English text with its translation into each of the other five languages. Every record
whose translatable field says that English gets the translations; one that someone translated
differently keeps theirs (reported as a conflict), and a record whose English has been edited
finds no entry and keeps its translations, shown as out of date on the translation page."""

from typing import Any

from django.contrib.contenttypes.models import ContentType

from neaspec.data.loader import LATER, LINE, Conflict, Context, SeedError, Tally, register
from neaspec.multilingual import (
    SOURCE_LANGUAGE,
    column,
    source_text,
    target_languages,
    translatable_models,
    translated_fields,
)
from neaspec.translations.models import Translation
from neaspec.translations.services import REFERENCE, reference_translations_add, write

KIND = "translations"


def gather(ctx: Context, record: dict[str, Any]) -> None:
    line = record.get(LINE)
    english = record.get(SOURCE_LANGUAGE)
    if not isinstance(english, str) or not english.strip():
        raise SeedError(ctx.path, line, "every translation needs its English (en:)")
    status = record.get("status", Translation.Status.WORKING)
    if status not in Translation.Status.values:
        raise SeedError(ctx.path, line, "status: official or working")
    unknown = set(record) - {LINE, SOURCE_LANGUAGE, "status", "note", *target_languages()}
    if unknown:
        raise SeedError(ctx.path, line, f"unknown field {sorted(unknown)[0]!r}")
    texts = {}
    for language in target_languages():
        value = record.get(language)
        if not isinstance(value, str) or not value.strip():
            raise SeedError(ctx.path, line, f"{english[:40]!r} has no {language} translation")
        texts[language] = value.strip()
    ctx.tally.gathered.setdefault(KIND, []).append(
        {"en": english.strip(), "texts": texts, "status": status, "path": ctx.path, "line": line}
    )


def apply(tally: Tally) -> None:
    memory = {entry["en"]: entry for entry in tally.gathered.pop(KIND, [])}
    if not memory:
        return
    for model in translatable_models():
        content_type = ContentType.objects.get_for_model(model)
        fields = translated_fields(model)
        records = [
            obj
            for obj in model._base_manager.order_by("pk")
            if any(source_text(obj, f) in memory for f in fields)
        ]
        marks = {
            (m.object_id, m.field, m.language): m
            for m in Translation.objects.filter(
                content_type=content_type, object_id__in=[o.pk for o in records]
            )
        }
        new: list[tuple[Any, str, str, str, str]] = []
        for obj in records:
            for name in fields:
                entry = memory.get(source_text(obj, name))
                if entry is not None:
                    new += _translate(tally, obj, name, entry, marks)
        tally.created += reference_translations_add(new)


def _translate(
    tally: Tally, obj: Any, name: str, entry: dict[str, Any], marks: dict[tuple, Translation]
) -> list[tuple[Any, str, str, str, str]]:
    """Update the translations of `obj`'s field the dataset wrote before; return the ones it
    has none of yet, to be added together."""
    new = []
    for language, text in entry["texts"].items():
        current = getattr(obj, column(name, language)) or ""
        mark = marks.get((obj.pk, name, language))
        if current and (mark is None or not mark.from_reference):
            if current != text:  # someone translated it: theirs is kept
                tally.conflicts.append(
                    Conflict(
                        entry["path"],
                        entry["line"],
                        str(obj),
                        f"{name} [{language}]",
                        current,
                        text,
                    )
                )
            else:
                tally.unchanged += 1
            continue
        if mark is None:
            new.append((obj, name, language, text, entry["status"]))
            continue
        if (mark.text, mark.status) == (text, entry["status"]) and (
            mark.source_text == entry["en"]
        ):
            tally.unchanged += 1
            continue
        write(
            obj,
            name,
            language,
            text,
            status=entry["status"],
            actor=None,
            reason=REFERENCE,
            from_reference=True,
            mark=mark,
        )
        tally.updated += 1
    return new


register(KIND, stage=LATER + 10, loader=gather, finish=apply)
