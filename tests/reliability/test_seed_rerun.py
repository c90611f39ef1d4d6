"""`neaspec seed` is a deploy step: run again over a live system, it keeps what people changed
and reports the difference instead of reverting it."""

import datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from neaspec.audit import save_audited
from neaspec.data.loader import load
from neaspec.directory.models import MemberState, Organization
from neaspec.finance import services
from neaspec.finance.models import Contribution
from neaspec.programme.models import PlannedActivity

pytestmark = pytest.mark.reliability


def test_seed_keeps_a_receipt_and_an_edited_lead(users, reference):
    officer = users["secretariat"]
    korea = Contribution.objects.get(state__code="KR", year=2018)
    services.contribution_receive(
        actor=officer,
        contribution=korea,
        received_on=datetime.date(2018, 11, 20),
        received_amount=Decimal("100000"),
    )
    workshop = PlannedActivity.objects.get(code="B.2")
    workshop.lead_state = MemberState.objects.get(code="MN")
    save_audited(workshop, actor=officer, reason="lead changed in the admin")

    out = StringIO()
    call_command("seed", stdout=out)

    korea.refresh_from_db()
    workshop.refresh_from_db()
    assert (korea.status, korea.received_amount) == ("received", Decimal("100000"))
    assert workshop.lead_state.code == "MN"
    report = out.getvalue()
    assert "kept, not reverted" in report
    assert "status kept as 'received'" in report
    assert "lead_state kept as" in report
    print(f"seed over edited data: 2 edits kept, {report.count('kept as')} conflicts reported")


def test_seed_still_updates_what_nobody_touched(reference, tmp_path):
    """A value only the reference data ever wrote follows an edited dataset."""
    from neaspec.data.loader import DATA_DIR

    edited = tmp_path / "organizations.yaml"
    text = (DATA_DIR / "organizations.yaml").read_text(encoding="utf-8")
    edited.write_text(
        text.replace("name: Northwest Pacific Action Plan", "name: NOWPAP (renamed)", 1),
        encoding="utf-8",
    )
    before = Organization.objects.get(key="nowpap").name
    tally = load([edited])
    assert Organization.objects.get(key="nowpap").name != before
    assert tally.conflicts == []


def test_a_row_people_created_is_theirs(users, reference, tmp_path):
    """A row the dataset matches but never wrote (someone entered it first) is not taken over."""
    officer = users["secretariat"]
    Organization.objects.filter(key="nowpap").delete()
    mine = Organization(key="nowpap", name="NOWPAP as we call it", kind="international")
    save_audited(mine, actor=officer, reason="entered by the Secretariat")
    tally = load()
    mine.refresh_from_db()
    assert mine.name == "NOWPAP as we call it"
    assert any(c.field == "name" and c.record for c in tally.conflicts)
