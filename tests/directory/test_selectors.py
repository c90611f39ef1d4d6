import datetime

from neaspec.directory import selectors
from neaspec.directory.models import Body
from tests.factories import FocalPointFactory, MembershipFactory

D = datetime.date


def test_chair_on_a_date_follows_the_rotation(reference):
    spc = Body.objects.get(key="neacap-spc")
    first = MembershipFactory(body=spc, role="chair", start=D(2019, 7, 4), end=D(2021, 4, 29))
    second = MembershipFactory(body=spc, role="chair", start=D(2021, 4, 30), end=None)
    MembershipFactory(body=spc, role="member", start=D(2019, 7, 4))
    assert selectors.body_chair_on(body=spc, on=D(2020, 1, 1)) == first
    assert selectors.body_chair_on(body=spc, on=D(2021, 4, 30)) == second
    assert selectors.body_chair_on(body=spc, on=D(2019, 1, 1)) is None
    assert selectors.body_chairs(body=spc) == [second, first]
    assert selectors.chairs_on(on=D(2020, 1, 1))[spc.pk] == first


def test_som_chairs_from_the_seeds(reference):
    som = Body.objects.get(key="som")
    chairs = selectors.body_chairs(body=som)
    assert [(str(m.person), m.state.code) for m in chairs] == [
        ("Mr. Yun Hyunsoo", "KR"),  # SOM-26, from the host's press release
        ("Mr. Yoshihiro Mizutani", "JP"),
        ("Mr. HUANG Yiyang", "CN"),
    ]
    assert selectors.body_chair_on(body=som, on=D(2018, 10, 25)).person.key == "huang-yiyang"


def test_focal_points_list_current_before_past(mongolia):
    past = FocalPointFactory(state=mongolia, start=D(2015, 1, 1), end=D(2019, 12, 31))
    current = FocalPointFactory(state=mongolia, start=D(2020, 1, 1))
    assert selectors.state_focal_points(state=mongolia) == [current, past]


def test_people_search_by_text_and_state(reference):
    found = selectors.people_search(text="mizutani")
    assert [p.key for p in found] == ["mizutani-yoshihiro"]
    korean = {p.key for p in selectors.people_search(state_code="kr")}
    assert korean == {"lee-tong-q", "cho-eunjeong", "yun-hyunsoo"}
