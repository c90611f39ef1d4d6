"""The reference dataset's translations (data/translations/*.yaml): a translation memory, each
entry an English text with its translation into each of the other five languages. Every record
whose translatable field says that English gets the translations; one that someone translated
differently keeps theirs (reported as a conflict), and a record whose English has been edited
finds no entry and keeps its translations, shown as out of date on the translation page."""

from dataclasses import dataclass
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.db import models

from neaspec.data.loader import (
    LATER,
    LINE,
    Conflict,
    Context,
    Record,
    SeedError,
    Tally,
    line_of,
    register,
)
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


@dataclass(frozen=True)
class Entry:
    """One English text of the memory, checked, with its translations and where it was read."""

    en: str
    texts: dict[str, str]  # by language
    status: str
    path: Path
    line: int | None


# A record's translation not made yet: (record, field, language, text, status).
type Missing = tuple[models.Model, str, str, str, str]


def gather(ctx: Context, record: Record) -> None:
    line = line_of(record)
    english = record.get(SOURCE_LANGUAGE)
    if not isinstance(english, str) or not english.strip():
        raise SeedError(ctx.path, line, "every translation needs its English (en:)")
    status = record.get("status", Translation.Status.WORKING)
    if not isinstance(status, str) or status not in Translation.Status.values:
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
    entry = Entry(english.strip(), texts, status, ctx.path, line)
    ctx.tally.gathered.setdefault(KIND, []).append(entry)


def apply(tally: Tally) -> None:
    gathered = tally.gathered.pop(KIND, [])
    memory = {entry.en: entry for entry in gathered if isinstance(entry, Entry)}
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
        new: list[Missing] = []
        for obj in records:
            for name in fields:
                entry = memory.get(source_text(obj, name))
                if entry is not None:
                    new += _translate(tally, obj, name, entry, marks)
        tally.created += reference_translations_add(new)


def _translate(
    tally: Tally,
    obj: models.Model,
    name: str,
    entry: Entry,
    marks: dict[tuple[int, str, str], Translation],
) -> list[Missing]:
    """Update the translations of `obj`'s field the dataset wrote before; return the ones it
    has none of yet, to be added together."""
    new = []
    for language, text in entry.texts.items():
        current = getattr(obj, column(name, language)) or ""
        mark = marks.get((obj.pk, name, language))
        if current and (mark is None or not mark.from_reference):
            if current != text:  # someone translated it: theirs is kept
                tally.conflicts.append(
                    Conflict(
                        entry.path,
                        entry.line,
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
            new.append((obj, name, language, text, entry.status))
            continue
        if (mark.text, mark.status) == (text, entry.status) and (mark.source_text == entry.en):
            tally.unchanged += 1
            continue
        write(
            obj,
            name,
            language,
            text,
            status=entry.status,
            actor=None,
            reason=REFERENCE,
            from_reference=True,
            mark=mark,
        )
        tally.updated += 1
    return new


register(KIND, stage=LATER + 10, loader=gather, finish=apply)
