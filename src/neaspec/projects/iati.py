"""Projects as IATI activity XML (Standard 2.03), checked against the schema kept in `iati/`.

IATI requires a status, at least one activity date, a description and a participating
organization; a project the sources leave without them is refused with the list of what is
missing rather than exported as invalid XML.
"""

import datetime
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from lxml import etree

from neaspec.projects.models import Project

SCHEMA = Path(__file__).resolve().parent / "iati" / "iati-activities-schema.xsd"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# IATI ActivityDateType: planned start, actual start, planned end, actual end.
DATES = (("1", "planned_start"), ("2", "actual_start"), ("3", "planned_end"), ("4", "actual_end"))
GOVERNMENT, MULTILATERAL = "10", "40"


class NotExportableError(Exception):
    def __init__(self, missing: list[str]) -> None:
        self.missing = missing
        super().__init__(", ".join(missing))


def missing_for_iati(project: Project) -> list[str]:
    """What IATI requires that the project does not have yet."""
    missing = []
    if not project.status:
        missing.append(_("a status"))
    if not any(getattr(project, name) for _code, name in DATES):
        missing.append(_("a planned or actual start or end date"))
    if not project.participants.all():
        missing.append(_("a participating organization"))
    return missing


def _narrative(parent: etree._Element, tag: str, text: str, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tag, **attrs)
    narrative = etree.SubElement(element, "narrative")
    narrative.text = text
    return element


def _activity(root: etree._Element, project: Project, org_ref: str) -> None:
    activity = etree.SubElement(
        root,
        "iati-activity",
        {
            "last-updated-datetime": timezone.now().replace(microsecond=0).isoformat(),
            XML_LANG: "en",
            "default-currency": "USD",
        },
    )
    identifier = etree.SubElement(activity, "iati-identifier")
    identifier.text = f"{org_ref}-{project.key}" if org_ref else project.key
    _narrative(
        activity, "reporting-org", "NEASPEC Secretariat (ESCAP)", ref=org_ref, type=MULTILATERAL
    )
    _narrative(activity, "title", project.title)
    _narrative(activity, "description", project.description, type="1")
    for p in project.participants.all():
        attrs = {"role": p.role}
        if p.state_id:
            attrs["type"] = GOVERNMENT
        name = p.organization.name if p.organization else p.state.name  # type: ignore[union-attr]
        _narrative(activity, "participating-org", name, **attrs)
    etree.SubElement(activity, "activity-status", code=project.status)
    for code, name in DATES:
        day: datetime.date | None = getattr(project, name)
        if day:
            etree.SubElement(activity, "activity-date", type=code, **{"iso-date": day.isoformat()})
    for budget in project.budgets.all():
        element = etree.SubElement(activity, "budget", type="1", status="1")
        etree.SubElement(element, "period-start", **{"iso-date": f"{budget.year}-01-01"})
        etree.SubElement(element, "period-end", **{"iso-date": f"{budget.year}-12-31"})
        value = etree.SubElement(
            element, "value", currency=budget.currency, **{"value-date": f"{budget.year}-01-01"}
        )
        value.text = str(budget.amount)


def activities_xml(projects: list[Project]) -> bytes:
    """An <iati-activities> document for the projects; refuses one IATI could not accept."""
    for project in projects:
        missing = missing_for_iati(project)
        if missing:
            raise NotExportableError(missing)
    root = etree.Element(
        "iati-activities",
        version="2.03",
        **{"generated-datetime": timezone.now().replace(microsecond=0).isoformat()},
    )
    for project in projects:
        _activity(root, project, settings.NEASPEC_IATI_ORG_REF)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


@cache
def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def schema_errors(document: bytes) -> list[str]:
    """What the IATI 2.03 activity schema finds wrong with the document (empty when valid)."""
    schema = _schema()
    if schema.validate(etree.fromstring(document)):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]
