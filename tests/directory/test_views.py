import datetime

import pytest
from django.urls import reverse

from neaspec.directory.models import Body, Person
from tests.factories import FocalPointFactory, MembershipFactory

D = datetime.date


def test_state_profile_lists_focal_points_and_gives_contacts_to_the_state_and_secretariat(
    client_for, mongolia_focal_point
):
    url = reverse("directory:state", args=["MN"])
    email = mongolia_focal_point.person.email
    for outsider in ("public", "focal_point_cn", "partner", "translator_ja"):
        page = client_for(outsider).get(url).content.decode()
        assert "Bat-Erdene Dorj" in page
        assert email not in page, outsider
    for insider in ("focal_point_mn", "secretariat"):
        assert email in client_for(insider).get(url).content.decode(), insider


def test_edit_links_only_for_those_allowed(client_for, mongolia_focal_point):
    url = reverse("directory:state", args=["MN"])
    edit = reverse("directory:focal_point_edit", args=[mongolia_focal_point.pk])
    assert edit in client_for("focal_point_mn").get(url).content.decode()
    assert edit not in client_for("focal_point_cn").get(url).content.decode()


def test_focal_point_edit_saves_for_own_state(client_for, mongolia_focal_point):
    client = client_for("focal_point_mn")
    url = reverse("directory:focal_point_edit", args=[mongolia_focal_point.pk])
    form = {
        "position": "Head of Division",
        "email": "hd@mn.example",
        "phone": "",
        "institution": "",
        "rank": "primary",
        "start": "2024-01-01",
        "end": "",
    }
    response = client.post(url, form)
    assert response.status_code == 302
    assert Person.objects.get(pk=mongolia_focal_point.person_id).position == "Head of Division"


def test_focal_point_edit_refused_for_other_state_changes_nothing(client_for, china_focal_point):
    url = reverse("directory:focal_point_edit", args=[china_focal_point.pk])
    form = {
        "position": "Hijacked",
        "email": "x@example.org",
        "rank": "primary",
        "start": "2024-01-01",
    }
    response = client_for("focal_point_mn").post(url, form)
    assert response.status_code == 403
    assert "Not allowed" in response.content.decode()
    assert Person.objects.get(pk=china_focal_point.person_id).position != "Hijacked"


def test_bad_input_shows_a_clear_error_and_changes_nothing(client_for, mongolia_focal_point):
    url = reverse("directory:focal_point_edit", args=[mongolia_focal_point.pk])
    form = {
        "position": "X",
        "email": "not-an-email",
        "rank": "primary",
        "start": "2024-05-01",
        "end": "2024-01-01",
    }
    response = client_for("focal_point_mn").post(url, form)
    html = response.content.decode()
    assert response.status_code == 422
    assert "Enter a valid email address." in html
    assert "The end date must not be before the start date." in html
    assert Person.objects.get(pk=mongolia_focal_point.person_id).position != "X"


def test_history_is_shown_to_the_secretariat_only(client_for, mongolia_focal_point):
    url = reverse("directory:state", args=["MN"])
    assert "History of changes" in client_for("secretariat").get(url).content.decode()
    assert "History of changes" not in client_for("focal_point_mn").get(url).content.decode()


def test_body_page_shows_current_and_past_chairs(client_for, reference):
    spc = Body.objects.get(key="neacap-spc")
    MembershipFactory(
        body=spc, role="chair", person__name="Past Chair", start=D(2019, 7, 4), end=D(2021, 4, 29)
    )
    MembershipFactory(body=spc, role="chair", person__name="Present Chair", start=D(2021, 4, 30))
    html = client_for("public").get(reverse("directory:body", args=["neacap-spc"])).content.decode()
    current = html.split('id="chair-heading"')[1].split("</section>")[0]
    assert "Present Chair" in current
    assert "Past Chair" not in current
    assert "Past Chair" in html.split('id="chairs-heading"')[1]


def test_people_filter_returns_a_partial_for_htmx(client_for, reference):
    client = client_for("public")
    url = reverse("directory:people") + "?q=Cho"
    full = client.get(url).content.decode()
    partial = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert "<html" in full
    assert "<html" not in partial
    assert "Eunjeong Cho" in partial
    assert "Mizutani" not in partial


@pytest.mark.parametrize("extra", [1, 20])
def test_state_page_query_count_is_bounded(
    client_for, mongolia, django_assert_max_num_queries, extra
):
    for i in range(extra):
        FocalPointFactory(state=mongolia, start=D(2000 + i, 1, 1))
        MembershipFactory(state=mongolia)
    client = client_for("secretariat")
    # 20: the profile sections (hosted meetings, open and closed asks — the first 50 of
    # each, read by their ids, with their next sessions —, activities led, values reported),
    # the State's contacts, and the account's two-factor device.
    with django_assert_max_num_queries(20):
        assert client.get(reverse("directory:state", args=["MN"])).status_code == 200


@pytest.mark.parametrize("extra", [1, 20])
def test_body_page_query_count_is_bounded(
    client_for, reference, django_assert_max_num_queries, extra
):
    spc = Body.objects.get(key="neacap-spc")
    for _ in range(extra):
        MembershipFactory(body=spc)
    client = client_for("secretariat")
    with django_assert_max_num_queries(12):
        assert client.get(reverse("directory:body", args=["neacap-spc"])).status_code == 200


def test_body_page_answers_who_chaired_on_a_date(client_for, reference):
    url = reverse("directory:body", args=["som"])
    html = client_for("public").get(url, {"on": "2018-10-25"}).content.decode()
    chair = html.split('id="chair-heading"')[1].split("</section>")[0]
    assert "Chair on Oct. 25, 2018" in chair
    assert "HUANG Yiyang" in chair
    members = html.split('id="members-heading"')[1].split("</section>")[0]
    assert "Tong-q LEE" in members
    assert "Mizutani" not in members
    today = client_for("public").get(url).content.decode()
    assert "No chair is recorded for today." in today


def test_a_bad_date_is_explained(client_for, reference):
    url = reverse("directory:body", args=["som"])
    html = client_for("public").get(url, {"on": "25/10/2018x"}).content.decode()
    assert "Enter a valid date." in html
    assert "Current chair" in html
