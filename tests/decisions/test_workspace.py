"""What the meetings asked, in each role's workspace: a committee member's panel of what is
asked of their committee, and what is due (late, or due within the coming month) for the
focal point, the committee member and the Secretariat — read from the follow-up tracker."""

import datetime

import pytest
from django.db.models import Q
from django.urls import reverse
from django.utils.formats import date_format

from neaspec.decisions import workspace
from neaspec.decisions.models import FollowUp
from neaspec.workspace import Row, due_for
from tests.test_home import _panels

TODAY = datetime.date(2026, 12, 7)
SPC_ACTION = "Discuss potential priority areas of Category II activities at SPC-5."
MN_ACTION = "Complete the nomination of national experts for the NEACAP policy analysis report."


def _due(action: str, when: datetime.date) -> FollowUp:
    # Asked of each State that had not nominated: Mongolia's (or the committee's).
    follow_up = FollowUp.objects.get(Q(state__code="MN") | Q(state=None), action=action)
    # Written past the services: its stored deadline is set as they would (decisions/deadlines.py).
    follow_up.due_date = follow_up.due_by = when
    follow_up.save()
    return follow_up


def test_a_committee_member_sees_what_is_asked_of_their_committee(reference, client_for):
    client = client_for("committee_member")
    panel = _panels(client.get(reverse("home")).content.decode())["asked-body"]
    follow_up = FollowUp.objects.get(action=SPC_ACTION)
    assert "Asked of the NEACAP Science and Policy Committee" in panel
    url = reverse("decisions:follow_up", args=[follow_up.pk])
    assert f'<a href="{url}">{SPC_ACTION}</a>' in panel
    assert "SOM-25, para. 3.5 · due no date" in panel
    assert 'href="/follow-ups/?owner=body%3Aneacap-spc"' in panel
    # The row leads where the member reports progress on it.
    assert 'name="progress"' in client.get(url).content.decode()


def test_the_committee_panel_is_the_committee_members_alone(reference, client_for):
    for role in ("public", "focal_point_mn", "partner", "translator_ja"):
        html = client_for(role).get(reverse("home")).content.decode()
        assert "panel-asked-body" not in html, role


def test_a_focal_point_is_due_what_is_asked_of_their_state_with_a_deadline(reference, users):
    fp = users["focal_point_mn"]
    # In the sources, nothing asked of Mongolia has a date: nothing is due.
    assert due_for(fp, TODAY) == []
    follow_up = _due(MN_ACTION, TODAY + datetime.timedelta(days=10))
    assert due_for(fp, TODAY) == [
        (
            "Asked of your member State",
            [
                Row(
                    MN_ACTION,
                    reverse("decisions:follow_up", args=[follow_up.pk]),
                    f"SOM-25, para. 3.5 · due {date_format(follow_up.due_date)}",
                )
            ],
        )
    ]
    # Due beyond the coming month: not yet in the digest, still on the home page.
    _due(MN_ACTION, TODAY + datetime.timedelta(days=45))
    assert due_for(fp, TODAY) == []


def test_a_late_request_is_due_and_says_it_is_overdue(reference, users):
    _due(MN_ACTION, datetime.date(2026, 6, 30))
    (heading, rows), *others = due_for(users["focal_point_mn"], TODAY)
    assert (heading, others) == ("Asked of your member State", [])
    assert rows[0].detail.endswith("· overdue")
    assert rows[0].url.startswith("/follow-ups/")


def test_a_committee_member_is_due_what_is_asked_of_their_committee(reference, users):
    member = users["committee_member"]
    headings = [h for h, _ in due_for(member, TODAY)]
    assert "Asked of your committee" not in headings  # no date in the sources
    follow_up = _due(SPC_ACTION, TODAY + datetime.timedelta(days=3))
    found = dict(due_for(member, TODAY))
    assert found["Asked of your committee"] == [
        Row(
            SPC_ACTION,
            f"/follow-ups/{follow_up.pk}/",
            f"SOM-25, para. 3.5 · due {date_format(follow_up.due_date)}",
        )
    ]
    # Another State's focal point is not asked it.
    assert "Asked of your committee" not in dict(due_for(users["focal_point_cn"], TODAY))


def test_the_secretariat_is_due_every_late_action_whomever_it_asks(reference, users):
    found = dict(due_for(users["secretariat"], TODAY))
    rows = found["Follow-up actions due"]
    # In the sources: two actions of the Secretariat, due by SOM-26 (23 November 2023).
    assert [r.detail for r in rows] == [
        "The Secretariat · SOM-25, para. 6.1 · due Nov. 23, 2023 · overdue",
        "The Secretariat · SOM-25, para. 7.2 · due Nov. 23, 2023 · overdue",
    ]
    assert all(r.url.startswith("/follow-ups/") for r in rows)
    # Mongolia's, once dated, is the Secretariat's to chase too.
    _due(MN_ACTION, TODAY + datetime.timedelta(days=1))
    rows = dict(due_for(users["secretariat"], TODAY))["Follow-up actions due"]
    assert rows[-1].label == MN_ACTION
    assert rows[-1].detail.startswith("Mongolia · SOM-25, para. 3.5")


def test_a_long_list_of_due_actions_ends_with_a_link_to_the_rest(
    reference, users, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(workspace, "DUE_SHOWN", 1)
    rows = dict(due_for(users["secretariat"], TODAY))["Follow-up actions due"]
    assert len(rows) == 2
    assert rows[1] == Row("1 more action", "/follow-ups/?due_before=2027-01-06")


def test_nobody_else_is_due_follow_up(reference, users):
    for role in ("partner", "translator_ja"):
        headings = [h for h, _ in due_for(users[role], TODAY)]
        assert not {"Follow-up actions due", "Asked of your member State"} & set(headings)
