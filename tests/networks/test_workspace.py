"""What a committee waits for, on its members' home page and in what is due for them: the
national experts it asked the States to nominate, and the sites nominated for its review."""

import datetime

from django.urls import reverse

from neaspec.accounts.models import Role
from neaspec.directory.models import Body
from neaspec.networks import services
from neaspec.networks.models import ExpertNomination
from neaspec.workspace import Row, due_for
from tests.factories import user_with_role
from tests.test_home import _panels

TODAY = datetime.date(2026, 12, 7)
PURPOSE = "National experts for the NEACAP policy analysis report"


def _panel(client) -> str:
    return _panels(client.get(reverse("home")).content.decode())["nominations"]


def test_the_science_and_policy_committee_waits_for_five_states_experts(reference, client_for):
    panel = _panel(client_for("committee_member"))
    assert "Nominations awaited by the NEACAP Science and Policy Committee" in panel
    # SOM-25 asked every State; the Republic of Korea confirmed its experts there.
    for line in (
        "China: Under internal procedures",
        "Japan: Under internal procedures",
        "Mongolia: Requested",
        "Russian Federation: Requested",
        "Democratic People&#x27;s Republic of Korea: Requested",
    ):
        assert f'<a href="/networks/neacap/">{line}</a>' in panel
    assert "Republic of Korea: Submitted" not in panel
    assert f"{PURPOSE} · as of Sept. 20, 2022" in panel


def test_a_nomination_submitted_leaves_the_list(reference, users, client_for):
    mongolia = ExpertNomination.objects.get(state__code="MN", purpose=PURPOSE)
    services.expert_nomination_update(
        actor=users["focal_point_mn"], nomination=mongolia, status="submitted", as_of=TODAY
    )
    assert "Mongolia" not in _panel(client_for("committee_member"))
    rows = dict(due_for(users["committee_member"], TODAY))["Nominations your committee waits for"]
    assert [r.label for r in rows] == [
        "China: Under internal procedures",
        "Democratic People's Republic of Korea: Requested",
        "Japan: Under internal procedures",
        "Russian Federation: Requested",
    ]


def test_the_neampan_steering_committee_waits_to_review_a_nominated_site(reference, client):
    member = user_with_role(
        Role.COMMITTEE_MEMBER, username="sc-member", body=Body.objects.get(key="neampan-sc")
    )
    client.force_login(member)
    panel = _panel(client)
    assert "Nominations awaited by the NEAMPAN Steering Committee" in panel
    assert (
        '<a href="/sites/gochang-wetland/">Gochang Wetland Protected Area (Republic of Korea)</a>'
        "<br><small>Nominated; waits for the Steering Committee&#x27;s review</small>"
    ) in panel
    assert "Mongolia: Requested" not in panel  # the experts were asked by the other committee
    assert dict(due_for(member, TODAY))["Nominations your committee waits for"] == [
        Row(
            "Gochang Wetland Protected Area (Republic of Korea)",
            "/sites/gochang-wetland/",
            "Nominated; waits for the Steering Committee's review",
        )
    ]


def test_nothing_awaited_says_so(reference, users, client_for):
    ExpertNomination.objects.filter(purpose=PURPOSE).update(status="submitted")
    panel = _panel(client_for("committee_member"))
    assert "No nomination of experts or of a site waits for the committee." in panel
    assert "Nominations your committee waits for" not in dict(
        due_for(users["committee_member"], TODAY)
    )


def test_only_committee_members_have_the_panel(reference, client_for):
    for role in ("public", "focal_point_mn", "partner", "translator_ja"):
        html = client_for(role).get(reverse("home")).content.decode()
        assert "panel-nominations" not in html, role
