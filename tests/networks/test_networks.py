"""The networks: NEAMPAN sites from nomination to target site with versioned sheets, the
NEACAP chair computed from its rotation rule, expert nominations, species and the map."""

import datetime
import re
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from neaspec.directory.models import Body, MemberState
from neaspec.meetings.models import Meeting
from neaspec.networks import maps, selectors, services
from neaspec.networks.models import ExpertNomination, RotationRule, Site, SiteSheet, Species
from tests.factories import focal_point_user, future_site_meetings

pytestmark = pytest.mark.django_db
D = datetime.date


def test_gochang_nominated_by_korea_with_its_step_and_inscription(reference: None) -> None:
    site = Site.objects.get(key="gochang-wetland")
    assert (site.state.code, site.status, site.network.key) == ("KR", "nominated", "neampan")
    step = site.steps.get()
    assert (step.meeting.key, step.decision.citation) == ("som-22", "SOM-22, para. 5.3")
    assert site.inscriptions.get().kind == "world_heritage"


def test_neampan_page_shows_the_expansion_decision_with_japans_positions(
    client_for: Any, reference: None
) -> None:
    page = client_for("public").get(reverse("networks:neampan")).content.decode()
    assert "Gochang Wetland Protected Area" in page
    assert "SOM-25, para. 7.2" in page
    assert "Suspension requested" in page or "suspension" in page.lower()
    assert page.count("Japan") >= 3  # its count of target sites and both of its positions
    assert "No official figure recorded" in page


def _japan_nominates(fp_japan: Any) -> Site:
    return services.site_nominate(
        actor=fp_japan,
        state=MemberState.objects.get(code="JP"),
        name="Test Bay Marine Park",
        date=D(2026, 11, 2),
        latitude=34.5,
        longitude=135.2,
        source="Nomination letter of Japan",
    )


def test_a_nomination_carried_to_target_site(users: dict[str, Any]) -> None:
    fp_japan, officer = focal_point_user("JP", username="fp-jp"), users["secretariat"]
    committee, decision = future_site_meetings()
    site = _japan_nominates(fp_japan)
    sheet = services.sheet_submit(
        actor=fp_japan, site=site, values="Eelgrass beds", threats="Runoff"
    )
    with pytest.raises(PermissionDenied):
        services.sheet_submit(actor=users["focal_point_cn"], site=site, values="Not ours")
    with pytest.raises(ValidationError):  # the SOM cannot include it before the committee reviews
        services.site_inclusion_record(actor=officer, site=site, decision=decision)
    with pytest.raises(ValidationError, match="before the nomination"):
        services.site_review_record(
            actor=officer,
            site=site,
            meeting=Meeting.objects.get(key="neampan-sc-4"),
            endorsed=True,
            outcome="Endorsed",
        )
    services.sheet_validate(actor=officer, sheet=sheet)
    services.site_review_record(
        actor=officer, site=site, meeting=committee, endorsed=True, outcome="Endorsed"
    )
    services.site_inclusion_record(actor=officer, site=site, decision=decision)
    site.refresh_from_db()
    assert site.status == "target"
    steps = [(s.step, s.date, s.actor) for s in site.steps.order_by("date", "pk")]
    assert steps == [
        ("nominated", D(2026, 11, 2), fp_japan),
        ("reviewed", committee.start, officer),
        ("included", decision.meeting.start, officer),
    ]


def test_only_coastal_states_nominate_and_only_their_own(users: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        services.site_nominate(
            actor=users["secretariat"],
            state=MemberState.objects.get(code="MN"),
            name="Lake",
            date=D(2026, 1, 1),
        )
    with pytest.raises(PermissionDenied):
        services.site_nominate(
            actor=users["focal_point_cn"],
            state=MemberState.objects.get(code="JP"),
            name="Bay",
            date=D(2026, 1, 1),
        )


def test_sheet_versions_show_what_changed_and_a_return_needs_a_reason(
    users: dict[str, Any],
) -> None:
    fp_japan = focal_point_user("JP", username="fp-jp")
    site = _japan_nominates(fp_japan)
    first = services.sheet_submit(actor=fp_japan, site=site, values="Eelgrass", threats="Runoff")
    second = services.sheet_submit(
        actor=fp_japan, site=site, values="Eelgrass", threats="Runoff\nInvasive crabs"
    )
    assert second.version == 2
    changes = selectors.sheet_changes([first, second])[second.pk]
    assert [(c.field, c.removed, c.added) for c in changes] == [("threats", [], ["Invasive crabs"])]
    with pytest.raises(ValidationError):
        services.sheet_return(actor=users["secretariat"], sheet=second, reason=" ")
    returned = services.sheet_return(
        actor=users["secretariat"], sheet=second, reason="Cite the survey"
    )
    assert returned.status == "returned"


def test_stale_sheets_are_flagged(users: dict[str, Any], settings: Any) -> None:
    site = Site.objects.get(key="gochang-wetland")
    SiteSheet.objects.create(
        site=site,
        version=1,
        values="x",
        status="validated",
        submitted_on=D(2018, 1, 1),
        validated_on=D(2018, 2, 1),
    )
    site = selectors.site_get(key="gochang-wetland")
    assert selectors.sheet_staleness(site, D(2026, 11, 30)) == "stale"
    settings.NEASPEC_SITE_SHEET_STALE_YEARS = 10
    assert selectors.sheet_staleness(site, D(2026, 11, 30)) == "current"
    assert (
        selectors.sheet_staleness(selectors.site_get(key="dauria-ipa"), D(2026, 11, 30)) == "none"
    )


@pytest.fixture
def rotation(reference: None) -> RotationRule:
    return RotationRule.objects.create(
        body=Body.objects.get(key="neacap-spc"),
        order=["CN", "JP", "KR", "MN", "RU", "KP"],
        term_months=12,
        first_term_start=D(2019, 7, 4),
        source="Rules of Procedure (test)",
    )


def test_the_chair_is_computed_from_the_rotation_rule(rotation: RotationRule) -> None:
    assert rotation.chair_state_on(D(2019, 7, 3)) is None
    assert rotation.chair_state_on(D(2019, 7, 4)) == "CN"
    assert rotation.chair_state_on(D(2020, 7, 3)) == "CN"
    assert rotation.chair_state_on(D(2020, 7, 4)) == "JP"
    assert rotation.chair_state_on(D(2021, 8, 1)) == "KR"
    assert rotation.chair_state_on(D(2025, 7, 4)) == "CN"  # the seventh term starts the order again
    terms = selectors.chair_terms(body=rotation.body, until=D(2021, 8, 1))
    assert [(t.start, t.state.code) for t in terms] == [
        (D(2019, 7, 4), "CN"),
        (D(2020, 7, 4), "JP"),
        (D(2021, 7, 4), "KR"),
    ]
    assert terms[0].end == D(2020, 7, 3)


def test_a_rule_lists_each_state_once(reference: None) -> None:
    rule = RotationRule(
        body=Body.objects.get(key="neacap-spc"),
        order=["CN", "CN"],
        term_months=12,
        first_term_start=D(2019, 1, 1),
    )
    with pytest.raises(ValidationError):
        rule.full_clean()


def test_committee_page_and_api_name_the_chair_by_rotation(
    client_for: Any, rotation: RotationRule
) -> None:
    page = client_for("public").get(reverse("networks:neacap")).content.decode()
    assert "the chair is held by" in page
    chair = client_for("public").get("/api/neacap/committee?date=2021-08-01").json()["chair"]
    assert (chair["state"], chair["start"]) == ("KR", "2021-07-04")


def test_without_a_rule_the_page_says_so(client_for: Any, reference: None) -> None:
    page = client_for("public").get(reverse("networks:neacap")).content.decode()
    assert "The rotation rule is not recorded" in page
    assert "rotationrule" not in page  # how to enter it is the Secretariat's, not the public's
    assert "Secretariat" not in page.split('id="chair-heading"')[1].split("</section>")[0]
    assert client_for("public").get("/api/neacap/committee").json()["chair"] is None
    officer = client_for("secretariat").get(reverse("networks:neacap")).content.decode()
    assert '<a href="/admin/networks/rotationrule/add/">Enter the rotation rule</a>' in officer


def test_expert_nominations_follow_som_25(reference: None, users: dict[str, Any]) -> None:
    statuses = {n.state.code: n.status for n in ExpertNomination.objects.all()}
    assert statuses == {
        "KR": "submitted",
        "CN": "in_progress",
        "JP": "in_progress",
        "MN": "requested",
        "RU": "requested",
        "KP": "requested",
    }
    mongolia = ExpertNomination.objects.get(state__code="MN")
    assert mongolia.requested_by.citation == "SOM-25, para. 3.5"
    services.expert_nomination_update(
        actor=users["focal_point_mn"], nomination=mongolia, status="submitted", as_of=D(2023, 1, 5)
    )
    with pytest.raises(PermissionDenied):
        services.expert_nomination_update(
            actor=users["focal_point_mn"],
            nomination=ExpertNomination.objects.get(state__code="CN"),
            status="submitted",
            as_of=D(2023, 1, 5),
        )


def test_six_flagship_species_and_their_projects(reference: None) -> None:
    species = list(Species.objects.order_by("order"))
    assert [s.scientific_name for s in species][:3] == [
        "Panthera tigris altaica",
        "Panthera pardus orientalis",
        "Panthera uncia",
    ]
    assert len(species) == 6
    assert {p.key for p in species[2].projects.all()} == {"big-cats"}


def test_the_map_is_drawn_from_shipped_outlines() -> None:
    drawn = maps.north_east_asia(
        [("Seoul-ish", 37.5, 127.0, "/a"), ("Tokyo-ish", 35.7, 139.7, "/b")],
        state_names={"CN": "China", "JP": "Japan", "MN": "Mongolia", "RU": "Russian Federation"},
    )
    named = {o.name for o in drawn.outlines if o.member}
    assert named >= {"China", "Japan", "Mongolia", "Russian Federation"}
    assert {o.name for o in drawn.outlines if not o.member} == {""}  # others are not named
    seoul, tokyo = drawn.markers
    assert tokyo.x > seoul.x  # east is right
    assert 0 < seoul.x < drawn.width
    assert 0 < seoul.y < drawn.height


def test_network_pages_have_bounded_queries(
    client_for: Any, reference: None, django_assert_max_num_queries: Any
) -> None:
    for n in range(8):
        Site.objects.create(
            key=f"extra-{n}",
            name=f"Extra {n}",
            state=MemberState.objects.get(code="CN"),
            network=Body.objects.get(key="neampan"),
            status="target",
        )
    client = client_for("focal_point_cn")
    # Sites, inscriptions, sheets, coverage, counts, decisions and positions, and the States'
    # names for the map: a fixed set.
    with django_assert_max_num_queries(19):
        assert client.get(reverse("networks:neampan")).status_code == 200
    with django_assert_max_num_queries(11):  # the site, its sheets and history, the map's names
        assert client.get(reverse("networks:site", args=["gochang-wetland"])).status_code == 200


def test_a_boundary_is_drawn_and_a_malformed_one_ignored() -> None:
    square = {
        "type": "Polygon",
        "coordinates": [[[126, 35], [127, 35], [127, 36], [126, 36], [126, 35]]],
    }
    drawn = maps.north_east_asia(
        [], boundaries=[square, {"type": "Polygon", "coordinates": "x"}, None]
    )
    assert len(drawn.areas) == 1
    assert drawn.areas[0].startswith("M")
    assert maps.boundary_path({"type": "Feature", "geometry": square}) == drawn.areas[0]


def test_the_map_names_only_the_member_states_by_their_names(
    client_for: Any, reference: None
) -> None:
    """The outlines' own names are not the programme's: the member States are named as the
    Hub names them (in the reader's language), and no other territory is named."""
    page = client_for("public").get(reverse("networks:neampan")).content.decode()
    svg = page.split("<svg")[1].split("</svg>")[0]
    titles = set(re.findall(r"<title>([^<]+)</title>", svg))
    assert "Republic of Korea" in titles
    assert "Democratic People&#x27;s Republic of Korea" in titles
    assert {"South Korea", "North Korea", "Taiwan", "Russia"}.isdisjoint(titles)
    assert len(titles) == 6
    russian = client_for("public").get(
        reverse("networks:neampan"), headers={"accept-language": "ru"}
    )
    assert "<title>Монголия</title>" in russian.content.decode()
