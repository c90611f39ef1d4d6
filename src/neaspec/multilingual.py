"""Content in six languages, with django-modeltranslation: each translatable field gets a column
per language (`name_ja`, `name_ru` …) and `obj.name` reads the active language's column, falling
back to English, the programme's working language and the language of every source.

One rule is kept here on top of the library: the field itself is the source text. Assigning
`obj.name` writes the source only, whatever language the writer's pages are in (the library
would also write the active language's column, so a Secretariat officer working in Japanese
would silently put an edit into the Japanese translation and leave the English stale); the
`_en` column follows the source on every save. Translations are written by
`translations.services` alone, which records who wrote them and from which source.
"""

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Self

from django import forms
from django.conf import settings
from django.db import models
from django.db.models.base import ModelBase
from django.utils import translation
from django.utils.translation import get_language
from modeltranslation.fields import TranslationFieldDescriptor

SOURCE_LANGUAGE = "en"


def languages() -> list[str]:
    return [code for code, _ in settings.LANGUAGES]


def target_languages() -> list[str]:
    """The languages a source text is translated into."""
    return [code for code in languages() if code != SOURCE_LANGUAGE]


def column(field: str, language: str) -> str:
    """The column of `field` in `language`: 'name_zh_hans' for 'zh-hans'."""
    return f"{field}_{language.replace('-', '_')}"


_FIELDS: dict[type[models.Model], tuple[str, ...]] = {}


def translated_fields(model: type[models.Model]) -> tuple[str, ...]:
    """The translatable fields of `model`, as registered in its app's translation.py."""
    from modeltranslation.translator import NotRegistered, translator

    found = _FIELDS.get(model)
    if found is None:
        try:
            found = tuple(translator.get_options_for_model(model).all_fields)
        except NotRegistered:
            found = ()
        _FIELDS[model] = found
    return found


def translatable_models() -> list[type[models.Model]]:
    from modeltranslation.translator import translator

    return sorted(translator.get_registered_models(abstract=False), key=lambda m: m._meta.label)


def source_text(obj: models.Model, field: str) -> str:
    """The source (English) text of a field, whatever language is active."""
    return obj.__dict__.get(field) or ""


def in_language(obj: models.Model, field: str, language: str | None = None) -> tuple[str, str]:
    """The text of `field` in `language` (default: the active one) and the language it is really
    in: the source language when no translation exists, so a page can mark it."""
    language = language or get_language() or SOURCE_LANGUAGE
    if language != SOURCE_LANGUAGE:
        text = getattr(obj, column(field, language), None)
        if text:
            return text, language
    return source_text(obj, field), SOURCE_LANGUAGE


def all_languages(obj: models.Model, field: str) -> dict[str, str]:
    """The field in every language that has it: {"en": "Mongolia", "mn": "Монгол Улс", …}."""
    found = {code: getattr(obj, column(field, code), None) for code in target_languages()}
    return {SOURCE_LANGUAGE: source_text(obj, field)} | {k: v for k, v in found.items() if v}


def field_languages(obj: models.Model, language: str | None = None) -> dict[str, str]:
    """For the API: the language each translatable field of `obj` is given in."""
    return {f: in_language(obj, f, language)[1] for f in translated_fields(type(obj))}


class Translatable(models.Model):
    """A model with translatable fields (registered in its app's translation.py)."""

    # Read by modeltranslation's descriptor: assignment sets the source only (see above); the
    # `_en` column follows at once (SourceFieldDescriptor), so the source reads back before the
    # row is saved.
    _mt_disable = True

    class Meta:
        abstract = True

    if TYPE_CHECKING:
        # Pages annotate rows with what they show (a plan area's progress): allowed to the type
        # checker as it was when this class had its own __setattr__ (now SourceFieldDescriptor).
        def __setattr__(self, name: str, value: object) -> None: ...

    # Model.__init__'s own signature: its fields, positionally or by name.
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in translated_fields(type(self)):
            if name in self.__dict__:
                self.__dict__[column(name, SOURCE_LANGUAGE)] = self.__dict__[name]

    # Django reads a field's value through its attribute when it saves, validates, reloads or
    # keeps history, and modeltranslation's attribute answers in the active language: these
    # run in the source language, so that the source column is written from the source.
    def save(
        self,
        *,
        force_insert: bool | tuple[ModelBase, ...] = False,
        force_update: bool = False,
        using: str | None = None,
        update_fields: Iterable[str] | None = None,
    ) -> None:
        fields = [f for f in translated_fields(type(self)) if f in self.__dict__]
        if update_fields is not None:
            named = set(update_fields)
            update_fields = {*named, *(column(n, SOURCE_LANGUAGE) for n in fields if n in named)}
        with translation.override(SOURCE_LANGUAGE):
            super().save(
                force_insert=force_insert,
                force_update=force_update,
                using=using,
                update_fields=update_fields,
            )

    def full_clean(
        self,
        exclude: Iterable[str] | None = None,
        validate_unique: bool = True,
        validate_constraints: bool = True,
    ) -> None:
        with translation.override(SOURCE_LANGUAGE):
            super().full_clean(exclude, validate_unique, validate_constraints)

    def refresh_from_db(
        self,
        using: str | None = None,
        fields: Iterable[str] | None = None,
        from_queryset: models.QuerySet[Self] | None = None,
    ) -> None:
        with translation.override(SOURCE_LANGUAGE):
            super().refresh_from_db(using, fields, from_queryset)


class SourceFieldDescriptor(TranslationFieldDescriptor):
    """The attribute of a translatable field of a `Translatable` model: assigning it writes the
    source and its `_en` column (modeltranslation's own writes the active language's column
    instead, which `_mt_disable` turns off). A descriptor, not the model's __setattr__, so that
    only these fields pay for it, not every attribute Django sets on every row it reads."""

    def __set__(self, instance: Any, value: Any) -> None:
        super().__set__(instance, value)
        if not instance.__dict__.get("_mt_init"):
            instance.__dict__[column(self.field.name, SOURCE_LANGUAGE)] = instance.__dict__.get(
                self.field.name
            )


def install_source_descriptors() -> None:
    """Give each translatable field of every `Translatable` model the source descriptor (once
    modeltranslation has put its own in place, when the apps are ready)."""
    for model in translatable_models():
        if not issubclass(model, Translatable):
            continue
        for name in translated_fields(model):
            descriptor = model.__dict__.get(name)
            if type(descriptor) is TranslationFieldDescriptor:
                descriptor.__class__ = SourceFieldDescriptor


def in_source_language[F: forms.BaseForm](form: F) -> F:
    """An edit form of a translatable record shows and takes its English, the source, whatever
    the editor's language (the model's attribute would give the translation)."""
    instance: models.Model | None = getattr(form, "instance", None)
    if instance is not None and instance.pk is not None:
        for name in translated_fields(type(instance)):
            if name in form.fields:
                form.initial[name] = source_text(instance, name)
    return form


def translation_columns(*fields: str) -> list[str]:
    """The columns modeltranslation adds for `fields`: kept out of the record's own history,
    since the source field is in it and each translation has its own (translations.Translation)."""
    return [column(f, code) for f in fields for code in languages()]
