"""Writing translations: one field of one record in one language, a translator's file, or the
reference dataset's translations. Each write sets the record's column and the Translation that
says where it came from, in one transaction, audited."""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from neaspec.accounts.models import Actor, account_of
from neaspec.accounts.rules import require
from neaspec.audit import delete_audited, save_audited
from neaspec.conflicts import ConflictError
from neaspec.multilingual import column, source_text, target_languages, translated_fields
from neaspec.translations.models import Translation

REFERENCE = "reference data"


def _check(model: type[models.Model], field: str, language: str) -> None:
    if field not in translated_fields(model):
        raise ValidationError(
            _("%(field)s of a %(kind)s is not translated.")
            % {"field": field, "kind": model._meta.verbose_name}
        )
    if language not in target_languages():
        raise ValidationError(_("Not a language the Hub translates into: %s.") % language)


def write(
    obj: models.Model,
    field: str,
    language: str,
    text: str,
    *,
    status: str,
    actor: Actor | None,
    reason: str,
    from_reference: bool = False,
    mark: Translation | None = None,
) -> Translation | None:
    """Set the column and its Translation (an empty text removes the translation). The caller
    holds the record's row lock or runs the reference load."""
    text = text.strip()
    type(obj)._base_manager.filter(pk=obj.pk).update(**{column(field, language): text or None})
    setattr(obj, column(field, language), text or None)
    if mark is None:
        mark = Translation.objects.filter(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            field=field,
            language=language,
        ).first()
    if not text:
        if mark is not None:
            delete_audited(mark, actor=actor, reason=reason)
        return None
    if mark is None:
        mark = Translation(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            field=field,
            language=language,
        )
    mark.text, mark.source_text, mark.status = text, source_text(obj, field), status
    mark.from_reference = from_reference
    mark.translated_by = account_of(actor) if getattr(actor, "is_authenticated", False) else None
    save_audited(mark, actor=actor, reason=reason)
    return mark


def reference_translations_add(found: list[tuple[models.Model, str, str, str, str]]) -> int:
    """Give records the reference dataset's translations they have none of yet, as (record,
    field, language, text, status): each record's columns in one UPDATE, and the Translations
    that say where the texts came from created together with their history (saved one at a
    time, the two thousand of a first `neaspec seed` took half its time). For
    `translations/reference.py`, inside the load's transaction: the records were just read and
    hold no translation of these fields. Returns how many were added."""
    columns: dict[models.Model, dict[str, str]] = {}
    marks = []
    for obj, name, language, text, status in found:
        columns.setdefault(obj, {})[column(name, language)] = text.strip()
        mark = Translation(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            field=name,
            language=language,
            text=text.strip(),
            source_text=source_text(obj, name),
            status=status,
            from_reference=True,
        )
        # The fields' own checks; the content type was just read, and the database's unique
        # constraint stands behind the caller's "none yet".
        mark.full_clean(exclude=["content_type"], validate_unique=False, validate_constraints=False)
        marks.append(mark)
    for obj, values in columns.items():
        type(obj)._base_manager.filter(pk=obj.pk).update(**values)
        for name_in_language, value in values.items():
            setattr(obj, name_in_language, value)
    bulk_create_with_history(marks, Translation, default_change_reason=REFERENCE)
    return len(marks)


@transaction.atomic
def translation_save(
    *,
    actor: Actor,
    obj: models.Model,
    field: str,
    language: str,
    text: str,
    status: str = Translation.Status.WORKING,
    seen: str | None = None,
) -> Translation | None:
    """Translate one field of a record into `language`. `seen` is the translation the translator
    started from: if someone saved another meanwhile, nothing is written (409)."""
    require(actor, "translations.translate", language)
    _check(type(obj), field, language)
    if status not in Translation.Status.values:
        raise ValidationError({"status": _("Official or working.")})
    locked = type(obj)._base_manager.select_for_update().get(pk=obj.pk)
    current = getattr(locked, column(field, language)) or ""
    if seen is not None and seen.strip() != current:
        raise ConflictError(
            _("Someone saved another translation meanwhile: “%(text)s”. Reload to see it.")
            % {"text": current or _("(none)")}
        )
    if text.strip() == current:
        return Translation.objects.filter(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            field=field,
            language=language,
        ).first()
    return write(locked, field, language, text, status=status, actor=actor, reason="translated")


@dataclass
class Imported:
    saved: int = 0
    unchanged: int = 0
    # Rows whose English has changed since the file was exported: translated from old text.
    outdated: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Unit:
    """A row of a translator's file: which field of which record, its English, the translation."""

    id: str  # "<app label>.<model>:<pk>:<field>", as exported
    source: str
    text: str


def record_of(unit_id: str, *, actor: Actor) -> tuple[models.Model, str]:
    """The record and field a unit names, or ValidationError; a record `actor` may not read
    is named by no unit, as on the translation pages."""
    from django.apps import apps

    from neaspec.translations.selectors import records_visible

    try:
        label, pk, name = unit_id.split(":")
        model = apps.get_model(label)
        obj: models.Model = records_visible(model, actor=actor).get(pk=int(pk))
    except (ValueError, LookupError, models.ObjectDoesNotExist) as error:
        raise ValidationError(_("No record is named %s.") % unit_id[:80]) from error
    if name not in translated_fields(type(obj)):
        raise ValidationError(_("No record is named %s.") % unit_id[:80])
    return obj, name


@transaction.atomic
def language_import(*, actor: Actor, language: str, units: list[Unit]) -> Imported:
    """Save a translator's file: all its rows or, if one names no record, none. A row whose
    English changed since the export is not saved: its translation would be of old text."""
    require(actor, "translations.translate", language)
    if language not in target_languages():
        raise ValidationError(_("Not a language the Hub translates into: %s.") % language)
    resolved = [(unit, *record_of(unit.id, actor=actor)) for unit in units]
    done = Imported()
    for unit, obj, name in resolved:
        if not unit.text.strip():
            continue
        locked = type(obj)._base_manager.select_for_update().get(pk=obj.pk)
        if source_text(locked, name).strip() != unit.source.strip():
            done.outdated.append(unit.id)
            continue
        if (getattr(locked, column(name, language)) or "") == unit.text.strip():
            done.unchanged += 1
            continue
        write(
            locked,
            name,
            language,
            unit.text,
            status=Translation.Status.WORKING,
            actor=actor,
            reason="imported from a translator's file",
        )
        done.saved += 1
    return done
