"""The reference dataset and its loader. The test database starts with the dataset loaded
(tests/conftest.py), exactly as `neaspec seed` leaves a fresh database."""

import re
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from neaspec.data.loader import SeedError, dataset_files, load, read
from neaspec.decisions.models import Decision, FollowUp
from neaspec.directory.models import Body, MemberState, Organization
from neaspec.meetings.models import Meeting
from neaspec.programme.models import Activity, PlanArea, SdgLink, StrategicPlan
from neaspec.sourcing import cite

# A seed file name, optionally followed by where in it (", Table 2", " §41, §43").
SEED_FILE = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt([ ,].*)?$")


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    """A private copy of the real dataset, safe to edit."""
    for path in dataset_files():
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1))


def test_the_dataset_holds_the_programme(reference):
    assert sorted(MemberState.objects.values_list("code", flat=True)) == [
        "CN",
        "JP",
        "KP",
        "KR",
        "MN",
        "RU",
    ]
    assert MemberState.objects.get(code="JP").name_ja == "日本"
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
                if kind == "meetings" and "key" not in record:
                    continue  # a meeting's agenda, statements and decisions share its source
                if kind == "translations":
                    continue  # a translation restates an English record, which names its source
                parts = [part.strip() for part in source.split(";")]  # "a; b": both sources
                assert all(
                    SEED_FILE.match(part) or part.startswith(("http://", "https://"))
                    for part in parts
                ), f"{path.name}:{record['__line__']} ({kind}) has source {source!r}"
                assert all(cite(part)[0].title != part.split()[0] for part in parts), (
                    f"{path.name}:{record['__line__']}: {source!r} is not in sources.yaml"
                )
                for value in record.values():
                    if isinstance(value, list):
                        stack += [v for v in value if isinstance(v, dict) and "source" in v]


def test_loading_again_changes_nothing(reference):
    history = MemberState.history.count()
    again = load()
    assert again.changed == 0
    assert again.unchanged > 400
    assert MemberState.history.count() == history  # no audit noise from a run that changed nothing


def test_an_edited_value_updates_its_row(reference, dataset):
    edit(dataset / "states.yaml", "short_name: DPRK", "short_name: D.P.R. Korea")
    tally = load(dataset_files(dataset))
    assert tally.updated == 1
    kp = MemberState.objects.get(code="KP")
    assert kp.short_name == "D.P.R. Korea"
    assert kp.history.first().history_change_reason == "reference data"


@pytest.mark.parametrize(
    ("needle", "replacement", "line", "reason"),
    [
        # The line is the record's first line; for broken YAML, the line where parsing failed.
        ("  - code: JP\n", "  - code: JP\n    colour: blue\n", 14, "unknown field 'colour'"),
        (
            "    source: 000_b398a21910fd99da.txt\n  - code: JP",
            "  - code: JP",
            9,
            "missing field 'source'",
        ),
        ("coastal: false", "coastal: maybe", 19, "coastal: expected true or false"),
        (
            "  - code: MN\n    name: Mongolia\n",
            "  - code: MN\n    name: [Mongolia\n",
            21,
            "expected ','",
        ),
    ],
)
def test_a_malformed_file_is_rejected_with_line_and_nothing_loads(
    reference, dataset, needle, replacement, line, reason
):
    # A valid edit elsewhere in the same run must not survive the failure.
    edit(dataset / "bodies.yaml", "acronym: NEA-LCCP", "acronym: LCCP-EDITED")
    edit(dataset / "states.yaml", needle, replacement)
    with pytest.raises(SeedError) as caught:
        load(dataset_files(dataset))
    assert caught.value.path.name == "states.yaml"
    assert reason in caught.value.reason
    assert caught.value.line == line
    assert Body.objects.get(key="nea-lccp").acronym == "NEA-LCCP"


def test_a_broken_reference_rolls_back_everything(reference, dataset):
    edit(dataset / "states.yaml", "short_name: DPRK", "short_name: CHANGED")
    edit(dataset / "bodies.yaml", "parent: neampan", "parent: no-such-body")
    with pytest.raises(SeedError, match="no body with key 'no-such-body'") as caught:
        load(dataset_files(dataset))
    assert caught.value.path.name == "bodies.yaml"
    # States load before bodies; their change must not survive a failure later in the run.
    assert MemberState.objects.get(code="KP").short_name == "DPRK"


def test_a_bad_agenda_reference_in_a_meeting_is_rejected(reference, dataset):
    edit(dataset / "meetings.yaml", 'item: "5(e)", by: MN', 'item: "5(z)", by: MN')
    with pytest.raises(SeedError, match=r"no agenda item '5\(z\)'"):
        load(dataset_files(dataset))


def test_seed_command_reports_file_and_line(reference, dataset):
    edit(dataset / "areas.yaml", "order: 3", "order: three")
    with pytest.raises(CommandError, match=r"areas\.yaml:\d+: order: expected a whole number"):
        call_command("seed", *dataset_files(dataset))


def test_som_25_in_depth(reference):
    som25 = Meeting.objects.get(key="som-25")
    assert [(o.role, o.state.code) for o in som25.officers.order_by("role")] == [
        ("chair", "JP"),
        ("rapporteur", "KR"),
        ("vice_chair", "RU"),
    ]
    assert sorted(
        som25.attendance.filter(state__isnull=False).values_list("state__code", flat=True)
    ) == ["CN", "JP", "KR", "MN", "RU"]
    assert list(som25.agenda_items.filter(parent__number="5").values_list("number", flat=True)) == [
        "5(a)",
        "5(b)",
        "5(c)",
        "5(d)",
        "5(e)",
    ]
    request = Decision.objects.get(meeting=som25, paragraph="10", sentence=4)
    assert str(request.due_date) == "2022-10-31"
    assert request.citation == "SOM-25, para. 10.4"
    assert FollowUp.objects.filter(decision=request, owner="state").count() == 6
    assert som25.statements.filter(state__code="JP", paragraph="48").exists()
