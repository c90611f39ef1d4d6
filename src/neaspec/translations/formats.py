"""A language for an outside translator, as CSV or XLIFF 1.2 (the format translation tools
read): one unit per field of a record, with its English, the translation so far and a note
naming the record; and the same files read back."""

import csv
import io
import re
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from lxml import etree

from neaspec.multilingual import SOURCE_LANGUAGE
from neaspec.tables import cell_as_written, csv_text
from neaspec.translations.selectors import Row
from neaspec.translations.services import Unit

XLIFF = "urn:oasis:names:tc:xliff:document:1.2"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# XLIFF 1.2 as we write it, and 1.1 as translate-toolkit's po2xliff writes it back.
READ_NAMESPACES = (XLIFF, "urn:oasis:names:tc:xliff:document:1.1")
CSV_COLUMNS = ["id", "record", "field", "english", "translation", "state"]
# What a translation tool understands of our states.
XLIFF_STATES = {"missing": "needs-translation", "outdated": "needs-review-translation"}
MAX_UNITS = 20_000
# An XML or HTML character reference left in a text ("&xxe;", "&amp;", "&#233;"): the records'
# texts are plain, so one would be shown as typed.
ENTITY = re.compile(r"&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][\w.-]*);")


def to_csv(rows: Iterable[Row]) -> str:
    return csv_text(
        [
            CSV_COLUMNS,
            *([row.id, row.record, row.field, row.source, row.text, row.state] for row in rows),
        ]
    )


def to_xliff(rows: Iterable[Row], language: str) -> bytes:
    root = etree.Element("xliff", nsmap={None: XLIFF}, version="1.2")
    file = etree.SubElement(
        root,
        "file",
        original="neaspec-hub",
        datatype="plaintext",
        attrib={"source-language": SOURCE_LANGUAGE, "target-language": language},
    )
    body = etree.SubElement(file, "body")
    for row in rows:
        unit = etree.SubElement(body, "trans-unit", id=row.id, resname=row.id)
        # A text's line breaks and spaces are its own: a tool must not fold them.
        unit.set(XML_SPACE, "preserve")
        if row.state == "done":  # translated from the current English: a tool keeps it as is
            unit.set("approved", "yes")
        etree.SubElement(unit, "source").text = row.source
        target = etree.SubElement(unit, "target")
        target.text = row.text
        state = "final" if row.status == "official" else "translated"
        target.set("state", XLIFF_STATES.get(row.state, state))
        # The id again as the unit's location, which a tool that goes through PO keeps.
        location = etree.SubElement(unit, "context-group", purpose="location")
        etree.SubElement(location, "context", attrib={"context-type": "sourcefile"}).text = row.id
        etree.SubElement(unit, "note").text = f"{row.kind}: {row.record} ({row.field_label})"
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def read(data: bytes, name: str) -> list[Unit]:
    """The units of an uploaded file (XLIFF by its name or first bytes, else CSV)."""
    if name.lower().endswith((".xlf", ".xliff")) or data.lstrip().startswith(b"<"):
        units = _from_xliff(data)
    else:
        units = _from_csv(data)
    if len(units) > MAX_UNITS:
        raise ValidationError(_("The file has more than %d units.") % MAX_UNITS)
    escaped = [unit.id for unit in units if ENTITY.search(unit.text)]
    if escaped:
        raise ValidationError(
            _(
                "%(ids)s: the translation holds an entity such as “&amp;” or “&name;”, which "
                "would be shown as typed. Write the character itself."
            )
            % {"ids": ", ".join(escaped[:5]) + (" …" if len(escaped) > 5 else "")}
        )
    return units


def _from_csv(data: bytes) -> list[Unit]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(_("The file is not UTF-8 text.")) from error
    reader = csv.DictReader(io.StringIO(text))
    if not {"id", "english", "translation"} <= set(reader.fieldnames or []):
        raise ValidationError(_("The CSV needs the columns id, english and translation."))
    return [
        Unit(
            r["id"] or "",
            cell_as_written(r["english"] or ""),
            cell_as_written(r["translation"] or ""),
        )
        for r in reader
    ]


def _from_xliff(data: bytes) -> list[Unit]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ValidationError(_("The file is not XLIFF: %s") % error.msg) from error
    if root.getroottree().docinfo.internalDTD is not None:
        # Entities are left unexpanded (an outside file must not read ours), so a file that
        # declares any would store "&name;" as the text: XLIFF needs no declaration.
        raise ValidationError(
            _("The file declares a document type with entities; XLIFF needs none.")
        )
    namespace = etree.QName(root).namespace
    if namespace not in READ_NAMESPACES:
        raise ValidationError(_("The file is not XLIFF 1.2."))
    units = []
    for unit in root.iter(f"{{{namespace}}}trans-unit"):
        if unit.get("restype") == "x-gettext-domain-header":  # a PO file's header, carried over
            continue
        source = unit.find(f"{{{namespace}}}source")
        target = unit.find(f"{{{namespace}}}target")
        units.append(
            Unit(
                _unit_id(unit, namespace),
                "".join(source.itertext()) if source is not None else "",
                "".join(target.itertext()) if target is not None else "",
            )
        )
    return units


def _unit_id(unit: etree._Element, namespace: str) -> str:
    """The record's unit id: our `resname`; else the location a tool carried through a PO file
    ("#: decisions.decision:472:summary", split by po2xliff at its last colon into a file and a
    line); else the unit's `id`."""
    if unit.get("resname"):
        return str(unit.get("resname"))
    for group in unit.iter(f"{{{namespace}}}context-group"):
        if group.get("purpose") != "location":
            continue
        parts = {c.get("context-type"): c.text or "" for c in group}
        if parts.get("sourcefile"):
            line = parts.get("linenumber")
            return f"{parts['sourcefile']}:{line}" if line else parts["sourcefile"]
    return unit.get("id", "")
