"""The focal points of the reference dataset: entries load as the sources name them, a second
`neaspec seed` changes nothing, and nothing a State's focal point entered is reverted."""

import datetime
from io import StringIO
from pathlib import Path
from typing import Any

from django.core.management import call_command

from neaspec.data.loader import DATA_DIR, dataset_files, read
from neaspec.directory import services
from neaspec.directory.models import FocalPoint, MemberState, Person
from neaspec.sourcing import registry

# A nomination as a dataset file would hold it (a person the test enters, a seed report).
ENTRY = """\
focal_points:
  - state: MN
    person: {key}
    rank: primary
    institution: escap
    start: 2022-09-21
    source: 004_728fd36ad8607881.txt
"""


def _dataset_entries() -> list[dict[str, Any]]:
    return [r for path in dataset_files() for r in read(path).get("focal_points", [])]


def test_the_datasets_focal_points_are_loaded_each_from_a_named_source(reference: None) -> None:
    entries = _dataset_entries()
    sources = registry()
    for entry in entries:
        assert entry["source"].split(" §")[0] in sources, entry
        assert Person.objects.filter(key=entry["person"]).exists(), entry
    # The reference load holds exactly these (no seed names a focal point so far: people.yaml).
    loaded = {
        (fp.state.code, fp.person.key, fp.rank, fp.start)
        for fp in FocalPoint.objects.select_related("state", "person")
    }
    assert loaded == {(e["state"], e["person"], e["rank"], e["start"]) for e in entries}
    assert "focal_points" in read(DATA_DIR / "people.yaml")


def test_a_focal_point_entry_loads_once_and_keeps_what_the_state_entered(
    users: dict[str, Any], mongolia: MemberState, tmp_path: Path, change_contact: Any
) -> None:
    person = services.contact_create(
        actor=users["secretariat"], state=mongolia, name="Nominated Person"
    )
    data = tmp_path / "focal_points.yaml"
    data.write_text(ENTRY.format(key=person.key), encoding="utf-8")

    first = StringIO()
    call_command("seed", str(data), stdout=first)
    assert "1 created, 0 updated" in first.getvalue()
    entry = FocalPoint.objects.get(person=person)
    assert (entry.state, entry.rank, entry.start) == (
        mongolia,
        "primary",
        datetime.date(2022, 9, 21),
    )
    assert entry.institution is not None
    assert entry.source == "004_728fd36ad8607881.txt"

    # Mongolia's focal point records the address; the next deploy's seed leaves it.
    change_contact(
        users["focal_point_mn"],
        person,
        email="nominated@mne.gov.mn",
        phone="+976 11 263439",
    )
    again = StringIO()
    call_command("seed", str(data), stdout=again)
    assert "0 created, 0 updated, 1 unchanged" in again.getvalue()
    person.refresh_from_db()
    assert (person.email, person.phone) == ("nominated@mne.gov.mn", "+976 11 263439")
    assert FocalPoint.objects.filter(person=person).count() == 1


def test_the_whole_seed_again_keeps_contact_details(
    users: dict[str, Any], mongolia: MemberState, change_contact: Any
) -> None:
    """Mongolia's rapporteur of SOM-22 is in the dataset without an address; once the State's
    focal point gives one, `neaspec seed` keeps it and changes nothing."""
    person = Person.objects.get(key="altangerel-enkhbat")
    change_contact(
        users["focal_point_mn"],
        person,
        email="enkhbat@mne.gov.mn",
    )
    out = StringIO()
    call_command("seed", stdout=out)
    assert " 0 created, 0 updated," in out.getvalue()
    person.refresh_from_db()
    assert person.email == "enkhbat@mne.gov.mn"
