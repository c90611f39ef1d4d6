"""What there is to translate into a language: every translatable field of every record the
reader may read, with its English, its translation and whether that translation still matches
the English.

A translator reads what their role may read and no more: a kind of record whose pages are not
public comes through its own app's visibility selector, which that app registers with
`read_through` beside its translatable fields (decisions/translation.py: a draft decision through
`decisions_visible`; programme/translation.py: a draft plan's framework through `plan_list`), and
a kind no rule names is the Secretariat's alone. The translations are below the apps whose
content they translate and import none of them. The lists, the counts, the files and the saves
all start from `records_visible`."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Case, Exists, IntegerField, OuterRef, Q, QuerySet, Sum, Value, When
from django.db.models.functions import Coalesce

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import is_secretariat
from neaspec.multilingual import column, source_text, translatable_models, translated_fields
from neaspec.translations.models import Translation

STATES = ("missing", "outdated", "done")

# Kinds whose every record is on a public page: a translator translates them all.
PUBLIC = frozenset(
    {
        "directory.body",
        "directory.memberstate",
        "directory.organization",
        "meetings.agendaitem",
        "meetings.meeting",
        "meetings.meetingseries",
        "meetings.programmesession",
        "meetings.statement",
        "networks.pollutant",
        "networks.site",
        "networks.species",
        "programme.indicator",
        "programme.programmearea",
        "programme.sdggoal",
        "programme.sdgtarget",
    }
)


# The records of a kind a reader may read: `rule(actor)`, a queryset of that kind.
Rule = Callable[[Actor], QuerySet[Any]]
# The kinds read through their app's visibility selector, by model label.
RESTRICTED: dict[str, Rule] = {}


def read_through(model: type[models.Model], rule: Rule) -> None:
    """Register how a translator (or anyone) may read `model`'s records: those of `rule(actor)`.
    Each app registers its kinds whose pages are not public, in its translation.py."""
    RESTRICTED[model._meta.label_lower] = rule


def records_visible(model: type[models.Model], *, actor: Actor) -> QuerySet[Any]:
    """The records of a translatable kind that `actor` may read (through the plain manager,
    whose fields are the columns as stored)."""
    records = model._base_manager.all()
    label = model._meta.label_lower
    if label in PUBLIC:
        return records
    rule = RESTRICTED.get(label)
    if rule is None:
        # A kind added without a rule here: the Secretariat's alone until it has one.
        return records if is_secretariat(actor) else records.none()
    return records.filter(pk__in=rule(actor).values("pk"))


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


def _records(model: type[models.Model], actor: Actor) -> QuerySet[Any]:
    queryset = records_visible(model, actor=actor).order_by("pk")
    if model._meta.label_lower == "meetings.meeting":
        queryset = queryset.select_related("series")
    return queryset


def rows(language: str, *, actor: Actor, kinds: list[str] | None = None) -> Iterator[Row]:
    """Every translatable field in `language` of the records `actor` may read, record by record.
    One query per kind of record, and one for the translations' marks."""
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
        for obj in _records(model, actor):
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


@dataclass(frozen=True)
class Waiting:
    """How the fields of one kind of record stand in one language."""

    kind: str  # the model's label, as the translation page filters by it
    name: str  # the kind in the plural, in the reader's language ("decisions")
    missing: int
    outdated: int
    done: int


def _one(condition: Q) -> Case:
    return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())


def _tallied(model: type[models.Model], languages: list[str], actor: Actor) -> QuerySet[Any]:
    """One row for `model`: its label, how many of its fields have English, and for each
    language how many are missing and how many out of date — the states of `Row.state`."""
    content_type = ContentType.objects.get_for_model(model)
    total: Any = Value(0)
    counted: dict[str, Any] = {}
    for name in translated_fields(model):
        english = Q(**{f"{name}__gt": ""})
        total += _one(english)
        for i, language in enumerate(languages):
            text = column(name, language)
            missing = english & (Q(**{f"{text}__isnull": True}) | Q(**{text: ""}))
            stale = Translation.objects.filter(
                content_type=content_type,
                object_id=OuterRef("pk"),
                field=name,
                language=language,
            ).exclude(Q(source_text="") | Q(source_text=OuterRef(name)))
            outdated = english & Q(**{f"{text}__gt": ""}) & Q(Exists(stale))
            # Names no model's field has (annotations may not shadow fields).
            counted[f"missing_{i}"] = counted.get(f"missing_{i}", Value(0)) + _one(missing)
            counted[f"outdated_{i}"] = counted.get(f"outdated_{i}", Value(0)) + _one(outdated)
    sums = {key: Coalesce(Sum(expression), 0) for key, expression in counted.items()}
    tallied: QuerySet[Any] = (
        records_visible(model, actor=actor)
        .order_by()
        .annotate(tallied_kind=Value(model._meta.label_lower, output_field=models.CharField()))
        .values("tallied_kind")
        .annotate(fields_with_english=Coalesce(Sum(total), 0), **sums)
        .values_list("tallied_kind", "fields_with_english", *sums)
    )
    return tallied


def tally(languages: list[str], *, actor: Actor) -> dict[str, list[Waiting]]:
    """For each language, each kind of record with how many of its fields (of the records
    `actor` may read) are missing, out of date or done, in the order of `rows`. One query for
    every kind and language (the kinds' counts are put together with UNION ALL)."""
    found: dict[str, list[Waiting]] = {language: [] for language in languages}
    if not languages:
        return found
    kinds = [m for m in translatable_models() if translated_fields(m)]
    ContentType.objects.get_for_models(*kinds)  # read at once, then from the cache
    first, *others = [_tallied(m, languages, actor) for m in kinds]
    counted = {row[0]: row for row in first.union(*others, all=True).order_by()}
    for model in kinds:
        row = counted[model._meta.label_lower]
        for i, language in enumerate(languages):
            missing, outdated = row[2 + 2 * i], row[3 + 2 * i]
            found[language].append(
                Waiting(
                    kind=model._meta.label_lower,
                    name=str(model._meta.verbose_name_plural),
                    missing=missing,
                    outdated=outdated,
                    done=row[1] - missing - outdated,
                )
            )
    return found


def counts(languages: list[str], *, actor: Actor) -> dict[str, dict[str, int]]:
    """For each language, how many fields of the records `actor` may read are missing, out of
    date or done (`tally`, added up)."""
    return {
        language: {state: sum(getattr(w, state) for w in waiting) for state in STATES}
        for language, waiting in tally(languages, actor=actor).items()
    }
