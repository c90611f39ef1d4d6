import datetime

import icalendar
import pytest
from django.urls import reverse

from neaspec.decisions.models import FollowUp
from neaspec.meetings.models import Meeting, Statement
from tests.factories import PersonFactory


def test_som_25_page_shows_officers_attendance_agenda_and_decisions(client_for, reference):
    html = client_for("public").get(reverse("meetings:detail", args=["som-25"])).content.decode()
    officers = html.split('id="officers-heading"')[1].split("</section>")[0]
    assert officers.index("Chair") < officers.index("Vice-Chair") < officers.index("Rapporteur")
    assert "Mizutani" in officers
    assert "(Japan)" in officers
    assert "Irina Fominykh" in officers
    assert "(Russian Federation)" in officers
    assert "Eunjeong Cho" in officers
    assert "(Republic of Korea)" in officers
    grid = html.split('id="attendance-heading"')[1].split("</table>")[0]
    assert grid.count(">attended<") == 5
    assert grid.count(">absent<") == 1
    for item in ["5(a). Air Pollution", "5(e). Desertification and Land Degradation"]:
        assert item in html
    air = html.split('id="item-5a"')[1].split('id="item-5b"')[0]
    assert "Adopted the amendment to the SPC Rules of Procedure" in air
    assert "Confirmed the ROK&#x27;s nominations" in air


def test_unknown_attendance_is_not_shown_as_absence(client_for, reference):
    html = client_for("public").get(reverse("meetings:detail", args=["som-6"])).content.decode()
    grid = html.split('id="attendance-heading"')[1].split("</table>")[0]
    assert grid.count(">not known<") == 6


def test_meeting_list_filters_by_series_and_host(client_for, reference):
    html = (
        client_for("public")
        .get(reverse("meetings:list"), {"series": "SOM", "host": "MN"})
        .content.decode()
    )
    assert "SOM-28" in html
    assert "SOM-23" in html
    assert "SOM-18" in html
    assert "SOM-25" not in html
    assert "SPC-1" not in html


def test_calendar_feed_lists_dated_meetings(client_for, reference):
    response = client_for("public").get(reverse("meetings:series_calendar", args=["SOM"]))
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\n")
    assert "UID:som-25@neaspec-hub" in body
    assert "DTSTART;VALUE=DATE:20220920\r\n" in body  # no times known: whole days
    assert "DTEND;VALUE=DATE:20220922\r\n" in body
    assert "UID:som-3@" not in body  # no known date (September 1996)
    assert "UID:spc-1@" not in body
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


def test_calendar_places_a_timed_meeting_in_its_time_zone(client_for, reference):
    """The April 2025 focal points meeting ran 15:00-18:00 GMT+9 (its programme's times)."""
    body = client_for("public").get(reverse("meetings:calendar"), {"since": "2025"}).content
    calendar = icalendar.Calendar.from_ical(body)
    [nfp] = [e for e in calendar.walk("VEVENT") if e["UID"] == "nfp-2025-04@neaspec-hub"]
    start, end = nfp.decoded("DTSTART"), nfp.decoded("DTEND")
    assert start.isoformat() == "2025-04-10T15:00:00+09:00"
    assert end.isoformat() == "2025-04-10T18:00:00+09:00"
    assert nfp["DTSTART"].params["TZID"] == "Etc/GMT-9"
    assert [z["TZID"] for z in calendar.walk("VTIMEZONE")] == ["Etc/GMT-9"]
    assert all(isinstance(e.decoded("DTSTART"), datetime.date) for e in calendar.walk("VEVENT"))


def test_state_profile_lists_hosted_meetings_and_open_asks(client_for, reference):
    html = client_for("public").get(reverse("directory:state", args=["MN"])).content.decode()
    hosted = html.split('id="hosted-heading"')[1].split("</section>")[0]
    assert "SOM-28" in hosted
    assert "SOM-3" in hosted
    asked = html.split('id="asked-heading"')[1].split("</section>")[0]
    assert "Send comments on the provisional outline" in asked.split("<h3>Closed</h3>")[1]
    assert "Overtaken" in asked  # closed work stays on the profile with its outcome


def test_state_profile_shows_the_latest_hosted_meetings_and_links_to_all(client_for, reference):
    from neaspec.directory.models import MemberState
    from neaspec.meetings.models import MeetingSeries
    from neaspec.meetings.profile import HOSTED_SHOWN

    mongolia, series = MemberState.objects.get(code="MN"), MeetingSeries.objects.get(code="SOM")
    for i in range(HOSTED_SHOWN + 2):
        day = datetime.date(2040 + i, 5, 1)
        Meeting.objects.create(
            key=f"som-{80 + i}", series=series, number=80 + i, start=day, end=day, host=mongolia
        )
    html = client_for("public").get(reverse("directory:state", args=["MN"])).content.decode()
    hosted = html.split('id="hosted-heading"')[1].split("</section>")[0]
    assert hosted.count("<li>") == HOSTED_SHOWN
    assert "SOM-91" in hosted  # the latest first
    assert "SOM-28" not in hosted
    assert f'href="{reverse("meetings:list")}?host=MN">All meetings hosted by Mongolia<' in hosted
    listed = client_for("public").get(reverse("meetings:list") + "?host=MN").content.decode()
    assert "SOM-91" in listed


@pytest.mark.parametrize("extra", [0, 30])
def test_meeting_page_query_count_is_bounded(
    client_for, reference, django_assert_max_num_queries, extra
):
    meeting = Meeting.objects.get(key="som-25")
    for i in range(extra):
        Statement.objects.create(
            meeting=meeting,
            speaker="secretariat",
            summary=f"Note {i}",
            agenda_item=meeting.agenda_items.first(),
        )
    client = client_for("secretariat")
    with django_assert_max_num_queries(16):
        assert client.get(reverse("meetings:detail", args=["som-25"])).status_code == 200


@pytest.mark.parametrize(
    "view",
    [{}, {"owner": "secretariat"}, {"status": "done"}, {"status": "all", "owner": "KR"}],
)
@pytest.mark.parametrize("extra", [0, 20])
def test_tracker_query_count_is_bounded(
    client_for, reference, django_assert_max_num_queries, view, extra
):
    decision = FollowUp.objects.first().decision
    for i in range(extra):
        FollowUp.objects.create(decision=decision, owner="secretariat", action=f"Task {i}")
    PersonFactory()
    client = client_for("focal_point_mn")
    # The page's rows, their count, and one query per meeting series for the deadlines.
    with django_assert_max_num_queries(13):
        assert client.get(reverse("decisions:tracker"), view).status_code == 200


def test_done_requests_stay_listed_with_their_outcome(client_for, reference):
    url = reverse("decisions:tracker")
    open_html = client_for("public").get(url).content.decode()
    assert "Send comments on the provisional outline" not in open_html
    html = client_for("public").get(url, {"status": "done"}).content.decode()
    rows = [r for r in html.split("<tr") if "Send comments on the provisional outline" in r]
    assert len(rows) == 6  # one per member State
    assert all("Overtaken" in r and "SOM-26" in r and "Oct. 31, 2022" in r for r in rows)
    assert 'class="overdue"' not in "".join(rows)


def test_the_tracker_filters_by_meeting_label_and_pages(client_for, reference):
    url = reverse("decisions:tracker")
    page = client_for("public").get(url, {"meeting": "SOM-22", "status": "all"}).content.decode()
    assert "<small>SOM-22, para. 8.2</small>" in page
    assert "<small>SOM-25, para." not in page
    unknown = client_for("public").get(url, {"meeting": "SOM-99"}).content.decode()
    assert "No meeting is called “SOM-99”." in unknown


def test_decision_lines_are_cached_under_what_they_show(client_for, reference):
    """A line is kept under a digest of what it shows: a decision changed by any writer, in
    any process, has a new key, so the page never shows the old line."""
    from django.core.cache import cache
    from django.core.cache.utils import make_template_fragment_key

    from neaspec.decisions.lines import line_version
    from neaspec.decisions.models import Decision

    cache.clear()
    decision = (
        Decision.objects.filter(meeting__key="som-25", adopted=True)
        .prefetch_related("addressees__state", "addressees__body")
        .first()
    )
    url = reverse("meetings:detail", args=["som-25"])
    client = client_for("public")
    assert decision.summary in client.get(url).content.decode()
    key = make_template_fragment_key("decision-line", [decision.pk, "en", line_version(decision)])
    assert decision.summary in cache.get(key)
    # Nothing tells the cache (tests/test_two_processes.py: another process).
    decision.summary = "A changed summary of this decision."
    decision.save()
    assert "A changed summary of this decision." in client.get(url).content.decode()

    def line() -> str:
        html = client.get(url).content.decode()
        return html.split(f'href="{reverse("decisions:detail", args=[decision.pk])}"')[1].split(
            "</li>"
        )[0]

    decision.addressees.all().delete()
    assert "→" not in line()
    decision.addressees.create(kind="secretariat")
    assert "→ The Secretariat" in line()


def test_calendar_feed_reaches_back_a_window_of_years_unless_asked_for_more(
    client_for, reference, settings
):
    settings.NEASPEC_CALENDAR_YEARS = 5
    url = reverse("meetings:series_calendar", args=["SOM"])
    client = client_for("public")

    def uids(query: dict[str, str] | None = None) -> set[str]:
        body = client.get(url, query or {}).content.decode()
        return {line for line in body.split("\r\n") if line.startswith("UID:")}

    recent = uids()
    assert "UID:som-25@neaspec-hub" in recent  # September 2022
    assert "UID:som-20@neaspec-hub" not in recent  # February 2016
    assert "UID:som-20@neaspec-hub" in uids({"since": "1990"})
    assert uids({"since": "nonsense"}) == recent


def test_times_need_a_time_zone_and_a_meeting_without_one_is_placed_by_its_days(client_for, users):
    """A virtual meeting has no host capital to keep time by: its times are refused until a
    zone is given, its programme asks for one first, and a row recorded before the rule is
    whole days in the calendar, never a "floating" time each reader would place differently."""
    from django.core.exceptions import ValidationError

    from neaspec.meetings import services
    from neaspec.meetings.models import MeetingSeries

    officer = users["secretariat"]
    meeting = services.meeting_create(
        actor=officer,
        series=MeetingSeries.objects.get(code="SOM"),
        number=29,
        start=datetime.date(2027, 9, 20),
        modality="virtual",
    )
    assert meeting.time_zone == ""
    with pytest.raises(ValidationError) as refused:
        services.meeting_update(actor=officer, meeting=meeting, start_time=datetime.time(9))
    assert "time zone" in refused.value.message_dict["time_zone"][0]
    secretariat = client_for("secretariat")
    page = secretariat.get(reverse("meetings:prepare", args=["som-29"])).content.decode()
    assert "A timed programme needs the meeting's time zone" in page
    session = {
        "session-day": "2027-09-20",
        "session-starts": "09:00",
        "session-ends": "10:00",
        "session-kind": "session",
        "session-title": "Opening session",
    }
    answer = secretariat.post(reverse("meetings:session_add", args=["som-29"]), session)
    assert answer.status_code == 422
    assert "time zone first" in answer.content.decode()
    assert not meeting.sessions.exists()

    Meeting.objects.filter(pk=meeting.pk).update(start_time=datetime.time(9))  # an old row
    body = client_for("public").get(reverse("meetings:calendar"), {"since": "2027"}).content
    [event] = [
        e
        for e in icalendar.Calendar.from_ical(body).walk("VEVENT")
        if e["UID"].startswith("som-29")
    ]
    assert event.decoded("DTSTART") == datetime.date(2027, 9, 20)

    services.meeting_update(
        actor=officer, meeting=meeting, start_time=datetime.time(9), time_zone="Asia/Seoul"
    )
    page = secretariat.get(reverse("meetings:prepare", args=["som-29"])).content.decode()
    assert "Times are in the meeting's time zone, Asia/Seoul." in page
