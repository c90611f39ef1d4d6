"""Asking for reports: clear refusals of bad values, files served again until their data
changes, large reports built by the worker with their progress shown, and nobody given a file
made for someone who may see more."""

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from neaspec.decisions.models import FollowUp
from neaspec.directory.models import MemberState
from neaspec.finance.models import Contribution, Fund
from neaspec.reports.models import ReportBuild
from neaspec.reports.services import builds_requeue_stale
from tests.reports.conftest import body, pdf_text, word, word_rows

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("/reports/decision-follow-up.pdf?meeting=SOM-99", "No meeting is called “SOM-99”."),
        ("/reports/decision-follow-up.pdf", "This field is required."),
        ("/reports/status-of-contributions.pdf?date=31/10/2022", "Write the date as YYYY-MM-DD"),
        ("/reports/status-of-contributions.docx?year=soon", "Enter a whole number."),
        ("/reports/status-of-contributions.pdf?fund=rainy-day", "Select a valid choice."),
        (
            "/reports/progress-report.pdf?from=2023-01-01&to=2022-01-01",
            "The end of the period (2022-01-01) is before its start (2023-01-01).",
        ),
        ("/reports/progress-report.pdf?colour=green", "This report takes no such parameter."),
    ],
)
def test_bad_values_get_a_clear_400_and_no_document(client: Client, url: str, reason: str) -> None:
    response = client.get(url)
    assert response.status_code == 400
    assert reason in response.content.decode()
    assert not ReportBuild.objects.exists()


def test_a_program_gets_the_reason_in_the_api_error_shape(client: Client) -> None:
    response = client.get(
        "/reports/progress-report.pdf?to=2020-02-30", HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "bad_parameters"
    assert error["fields"] == [
        {"location": "query.to", "message": "Write the date as YYYY-MM-DD, for example 2022-09-20."}
    ]


def test_unknown_reports_and_formats_are_not_found(client: Client) -> None:
    assert client.get("/reports/annual-accounts.pdf").status_code == 404
    assert client.get("/reports/progress-report.xlsx").status_code == 404
    assert client.get("/reports/progress-report.exe").status_code == 404


def test_the_catalogue_form_leads_to_the_report_or_says_what_is_wrong(client: Client) -> None:
    page = client.get("/reports/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Status of contributions" in html
    assert 'value="docx"' in html
    chosen = client.get("/reports/status-of-contributions/?year=2018&date=&fund=&format=docx")
    assert chosen.status_code == 302
    assert chosen["Location"] == "/reports/status-of-contributions.docx?year=2018"
    wrong = client.get("/reports/decision-follow-up/?meeting=SOM-99&format=pdf")
    assert wrong.status_code == 400
    assert "No meeting is called “SOM-99”." in wrong.content.decode()


def test_a_report_is_served_again_until_its_data_changes(secretariat_client: Client) -> None:
    url = "/reports/status-of-contributions.docx?year=2018"
    first = body(secretariat_client.get(url))
    again = body(secretariat_client.get(url))
    assert first == again
    assert ReportBuild.objects.count() == 1

    korea = Contribution.objects.get(state__code="KR", year=2018)
    korea.amount = Decimal(120000)
    korea.save()
    changed = word(body(secretariat_client.get(url)))
    assert ReportBuild.objects.count() == 2
    assert any("120,000 USD" in row for row in word_rows(changed))
    older = ReportBuild.objects.order_by("pk").first()
    assert older is not None
    assert not older.file


def test_each_language_has_its_own_file(secretariat_client: Client) -> None:
    url = "/reports/status-of-contributions.pdf?year=2018"
    english = pdf_text(body(secretariat_client.get(url)))
    russian = " ".join(
        pdf_text(body(secretariat_client.get(url, HTTP_ACCEPT_LANGUAGE="ru"))).split()
    )
    assert "Status of contributions" in english
    assert "Республика Корея" in russian
    assert "Status of contributions" not in russian


def test_a_large_report_is_built_by_the_worker_while_its_page_shows_progress(
    secretariat_client: Client, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.NEASPEC_REPORT_INLINE_ROWS = 0  # every report counts as large
    with django_capture_on_commit_callbacks() as queued:
        response = secretariat_client.get("/reports/progress-report.pdf?area=air")
    assert response.status_code == 302
    build = ReportBuild.objects.get()
    assert response["Location"] == f"/reports/builds/{build.pk}/"
    waiting = secretariat_client.get(response["Location"]).content.decode()
    assert "Waiting to start" in waiting
    assert "hx-get" in waiting
    assert "htmx" in waiting

    for callback in queued:  # the worker takes the task
        callback()
    poll = secretariat_client.get(response["Location"], HTTP_HX_REQUEST="true").content.decode()
    assert poll.lstrip().startswith('<div id="report-progress"')  # only the part the poll swaps
    assert "Ready" in poll
    assert "hx-get" not in poll
    download = secretariat_client.get(f"/reports/builds/{build.pk}/file")
    assert body(download).startswith(b"%PDF")
    assert download["Content-Disposition"].startswith(
        'attachment; filename="progress-report-air.pdf"'
    )
    api = secretariat_client.get(f"/api/report-builds/{build.pk}").json()
    assert (api["status"], api["percent"], api["download"]) == (
        "done",
        100,
        f"/reports/builds/{build.pk}/file",
    )


def test_a_build_a_stopped_worker_left_is_built_again(
    secretariat_client: Client, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.NEASPEC_REPORT_INLINE_ROWS = 0
    with django_capture_on_commit_callbacks():  # queued, and the worker dies before it runs
        secretariat_client.get("/reports/decision-follow-up.xlsx?meeting=som-25")
    build = ReportBuild.objects.get()
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    ReportBuild.objects.filter(pk=build.pk).update(
        status=ReportBuild.Status.BUILDING, heartbeat_at=an_hour_ago
    )
    with django_capture_on_commit_callbacks(execute=True):
        requeued = builds_requeue_stale(older_than=datetime.timedelta(minutes=10))
    assert [b.pk for b in requeued] == [build.pk]
    build.refresh_from_db()
    assert build.status == ReportBuild.Status.DONE
    assert build.attempts == 1
    assert build.file


def test_nobody_is_given_a_file_made_for_a_reader_who_sees_more(
    client_for: Any, users: dict[str, Any]
) -> None:
    Contribution.objects.create(
        state=MemberState.objects.get(code="RU"),
        fund=Fund.objects.get(key="core-fund"),
        year=2018,
        amount=Decimal(77000),
        status=Contribution.Status.PLEDGED,
        published=False,
    )
    officer, public = client_for("secretariat"), client_for("public")
    url = "/reports/status-of-contributions.pdf?year=2018"
    assert "77,000 USD" in pdf_text(body(officer.get(url)))
    assert "77,000 USD" not in pdf_text(body(public.get(url)))
    assert "Only the contributions the Secretariat has published are shown." in pdf_text(
        body(public.get(url))
    )
    officers_build = ReportBuild.objects.get(actor=users["secretariat"])
    for role in ("public", "focal_point_mn"):
        other = client_for(role)
        assert other.get(f"/reports/builds/{officers_build.pk}/").status_code == 404
        assert other.get(f"/reports/builds/{officers_build.pk}/file").status_code == 404
        assert other.get(f"/api/report-builds/{officers_build.pk}").status_code == 404


def test_drafts_stay_out_of_the_publics_follow_up_table(client_for: Any) -> None:
    from tests.factories import draft_decision

    draft = draft_decision("Asked the Secretariat to draft a secret plan.")
    FollowUp.objects.create(decision=draft, owner="secretariat", action="Draft the secret plan.")
    url = "/reports/decision-follow-up.docx?meeting=som-25"
    officer = word_rows(word(body(client_for("secretariat").get(url))))
    public = word_rows(word(body(client_for("public").get(url))))
    assert any("Draft the secret plan." in row for row in officer)
    assert not any("Draft the secret plan." in row for row in public)


def test_pages_link_the_reports_that_concern_them(client: Client) -> None:
    links = {
        "/meetings/som-25/": "/reports/decision-follow-up.pdf?meeting=som-25",
        "/areas/air/": "/reports/progress-report.pdf?area=air",
        "/funds/core-fund/": "/reports/status-of-contributions.docx?fund=core-fund",
        "/states/KR/": "/reports/status-of-contributions.pdf?state=KR",
        "/contributions/": "/reports/status-of-contributions.xlsx",
    }
    for page, link in links.items():
        assert f'href="{link}"' in client.get(page).content.decode(), page
    plan = client.get("/plans/2021-2025/").content.decode()
    assert 'href="/reports/progress-report.pdf?from=2021-01-01&amp;to=2025-12-31"' in plan


def test_a_long_pdf_shows_it_is_alive_while_it_is_laid_out() -> None:
    """The worker's heartbeat follows WeasyPrint's pages, so a sweep never takes a long PDF
    for the work of a stopped worker and builds it twice."""
    from neaspec.reports.pdf import pdf_bytes

    beats: list[int] = []
    pages = "".join(f'<p style="break-after: page">Page {n}</p>' for n in range(3))
    pdf = pdf_bytes(f"<html><body>{pages}</body></html>", alive=lambda: beats.append(1))
    assert pdf.startswith(b"%PDF")
    assert len(beats) >= 3  # at least once per page laid out


def test_a_pdf_too_large_to_lay_out_is_refused_with_the_way_out(
    secretariat_client: Client, settings: Any
) -> None:
    settings.NEASPEC_REPORT_MAX_PDF_ROWS = 10
    response = secretariat_client.get("/reports/decision-follow-up.pdf?meeting=som-25")
    assert response.status_code == 400
    assert "This report would hold 16 rows, more than a PDF can carry (10)" in (
        response.content.decode()
    )
    assert not ReportBuild.objects.exists()
    word_file = secretariat_client.get("/reports/decision-follow-up.docx?meeting=som-25")
    assert word_file.status_code == 200


def test_a_build_page_names_its_values_in_words(secretariat_client: Client, settings: Any) -> None:
    settings.NEASPEC_REPORT_INLINE_ROWS = 0
    response = secretariat_client.get("/reports/progress-report.pdf?area=lcc&from=2022-01-01")
    page = secretariat_client.get(response["Location"]).content.decode()
    assert "<dt>Programme area</dt><dd>Low Carbon Cities</dd>" in page
    assert "<dt>From</dt><dd>2022-01-01</dd>" in page
    assert ">lcc<" not in page


def test_the_catalogue_suggests_the_consultations_and_surveys_its_reader_may_see(
    client_for: Any, reference: None
) -> None:
    """Nobody types a key from memory: the field suggests titles as they are typed, and only
    those the reader may see (the focal points' consultation is not named to the public)."""
    officer = client_for("secretariat").get("/reports/").content.decode()
    assert 'list="consultation-choices"' in officer
    choices = officer.split('<datalist id="consultation-choices">')[1].split("</datalist>")[0]
    assert '<option value="renewed-commitments-outline">' in choices
    assert "Renewed Commitments" in choices
    surveys = officer.split('<datalist id="survey-choices">')[1].split("</datalist>")[0]
    assert "<option" in surveys
    public = client_for("public").get("/reports/").content.decode()
    assert "renewed-commitments-outline" not in public
