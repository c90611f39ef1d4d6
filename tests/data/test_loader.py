import re
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from neaspec.data.loader import SeedError, dataset_files, load, read
from neaspec.directory.models import Body, MemberState, Organization
from neaspec.programme.models import Activity, PlanArea, SdgLink, StrategicPlan

SEED_FILE = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    """A private copy of the real dataset, safe to edit."""
    for path in dataset_files():
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def test_the_dataset_loads_the_programme(db):
    load()
    assert sorted(MemberState.objects.values_list("code", flat=True)) == [
        "CN",
        "JP",
        "KP",
        "KR",
        "MN",
        "RU",
    ]
    assert MemberState.objects.get(code="JP").names["ja"] == "日本"
    assert Body.objects.get(key="neacap-spc").parent.key == "neacap"
    assert Body.objects.filter(key="neampan-sc").exists()
    assert Organization.objects.filter(serves__key="neacap").count() == 4
    plan = StrategicPlan.objects.get(code="2021-2025")
    assert plan.goals.count() == 3
    assert plan.approaches.count() == 5
    assert PlanArea.objects.filter(plan=plan).count() == 6
    assert Activity.objects.filter(objective__plan_area__plan=plan).count() == 21
    assert SdgLink.objects.filter(plan=plan, target__code="3.9", area__code="air").exists()
    assert StrategicPlan.objects.get(code="2026-2030").status == "draft"


def test_every_record_names_a_seed_or_a_public_url():
    for path in dataset_files():
        for kind, records in read(path).items():
            stack = list(records)
            while stack:
                record = stack.pop()
                source = record.get("source", "")
                assert SEED_FILE.match(source) or source.startswith(("http://", "https://")), (
                    f"{path.name}:{record['__line__']} ({kind}) has source {source!r}"
                )
                for value in record.values():
                    if isinstance(value, list):
                        stack += [v for v in value if isinstance(v, dict) and "source" in v]


def test_loading_twice_changes_nothing(db):
    first = load()
    second = load()
    assert first.created > 100
    assert second.changed == 0
    assert second.unchanged == first.created
    assert MemberState.history.count() == 6  # no audit noise from the second run


def test_an_edited_value_updates_its_row(db, dataset):
    load(dataset_files(dataset))
    path = dataset / "states.yaml"
    path.write_text(path.read_text().replace("short_name: DPRK", "short_name: D.P.R. Korea"))
    tally = load(dataset_files(dataset))
    assert tally.updated == 1
    assert MemberState.objects.get(code="KP").short_name == "D.P.R. Korea"
    assert (
        MemberState.objects.get(code="KP").history.first().history_change_reason == "reference data"
    )


@pytest.mark.parametrize(
    ("needle", "replacement", "line", "reason"),
    [
        # The line is the record's first line; for broken YAML, the line where parsing failed.
        ("  - code: JP\n", "  - code: JP\n    colour: blue\n", 16, "unknown field 'colour'"),
        (
            "    source: 000_b398a21910fd99da.txt\n  - code: JP",
            "  - code: JP",
            10,
            "missing field 'source'",
        ),
        ("coastal: false", "coastal: maybe", 22, "coastal: expected true or false"),
        (
            "  - code: MN\n    name: Mongolia\n",
            "  - code: MN\n    name: [Mongolia\n",
            24,
            "expected ','",
        ),
    ],
)
def test_a_malformed_file_is_rejected_with_line_and_nothing_loads(
    db, dataset, needle, replacement, line, reason
):
    path = dataset / "states.yaml"
    text = path.read_text()
    assert needle in text
    path.write_text(text.replace(needle, replacement, 1))
    with pytest.raises(SeedError) as caught:
        load(dataset_files(dataset))
    assert caught.value.path.name == "states.yaml"
    assert reason in caught.value.reason
    assert caught.value.line == line
    assert not MemberState.objects.exists()


def test_a_broken_reference_rolls_back_everything(db, dataset):
    path = dataset / "bodies.yaml"
    path.write_text(path.read_text().replace("parent: neampan", "parent: no-such-body"))
    with pytest.raises(SeedError, match="no body with key 'no-such-body'") as caught:
        load(dataset_files(dataset))
    assert caught.value.path.name == "bodies.yaml"
    # States load before bodies; they must not survive a failure later in the run.
    assert not MemberState.objects.exists()


def test_seed_command_reports_file_and_line(db, dataset):
    path = dataset / "areas.yaml"
    path.write_text(path.read_text().replace("order: 3", "order: three"))
    with pytest.raises(CommandError, match=r"areas\.yaml:\d+: order: expected a whole number"):
        call_command("seed", *dataset_files(dataset))
