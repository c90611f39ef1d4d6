"""No live formula in any file the Hub writes for a spreadsheet (OWASP, "CSV injection").

Hostile text is written where each kind of writer would write it — a survey answer through the
public link, a focal point's indicator value, progress note and comment, a translator's
translation, the Secretariat's contribution, activity and registered delegate — and then every
CSV and Excel file of the access matrix is read back, with every report that comes as Excel:
no cell may start a formula, and each file must carry at least one of the planted texts (made
safe), so a file the planting does not reach fails here instead of passing unread."""

import csv
import datetime
import io
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import NoReverseMatch, resolve, reverse
from openpyxl import load_workbook

from neaspec.consultations.services import comment_add, consultation_open
from neaspec.decisions.models import FollowUp
from neaspec.decisions.services import decision_create, follow_up_close, follow_up_progress_record
from neaspec.directory.models import MemberState
from neaspec.finance.models import Fund
from neaspec.finance.services import contribution_announce
from neaspec.library.services import document_upload
from neaspec.meetings import delegations
from neaspec.meetings.models import Meeting
from neaspec.meetings.services import meeting_update
from neaspec.programme.models import Indicator, IndicatorValue, PlannedActivity
from neaspec.programme.services import (
    activity_status_record,
    indicator_value_approve,
    indicator_value_submit,
)
from neaspec.reports.catalogue import REPORTS
from neaspec.tables import FORMULA_START, LEADING_SPACE
from neaspec.translations.services import translation_save
from tests.access.matrix import PAGES
from tests.access.probes import som29, world  # noqa: F401  (the matrix's fixture)
from tests.reports.test_access import PARAMS

pytestmark = pytest.mark.reliability

# OWASP's payloads: each trigger, alone and after spaces; each is unique, to be found again.
PAYLOADS = (
    '=HYPERLINK("http://example.invalid/x","Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C notepad'!A0",
    "@SUM(1,1)*cmd|' /C explorer'!A0",
    "\t=1+2",
    "\r=1+3",
    "   =1+4",
)
SPREADSHEETS = ("csv", "xlsx")
FORMAT_ARGUMENTS = ("fmt", "file_format")


def _planted_survey(public: Client, officer: Client) -> str:
    """A public survey answered through its link with a payload in the free-text question."""
    made = officer.post(
        "/api/surveys",
        {
            "title": "Formula survey",
            "audience": "public",
            "questions": [{"text": "What should change?", "kind": "text"}],
        },
        content_type="application/json",
    ).json()
    token = made["link"].rsplit("token=", 1)[1]
    sent = public.post(f"/surveys/{made['key']}/", {"token": token, "q1": PAYLOADS[0]})
    assert "your answers are recorded" in sent.content.decode()
    return str(made["key"])


def plant(users: dict[str, Any], public: Client, officer_client: Client) -> dict[str, str]:
    """Every writer's payload; the keys of the planted survey and consultation."""
    officer, focal_point = users["secretariat"], users["focal_point_mn"]
    translator = users["translator_ja"]
    mongolia = MemberState.objects.get(code="MN")
    today = datetime.date.today()
    indicator_value_submit(
        actor=focal_point,
        indicator=Indicator.objects.get(code="threatened-species"),
        state=mongolia,
        first_year=2021,
        breakdown=PAYLOADS[1],
        value=Decimal(3),
        note=PAYLOADS[2],
        source=PAYLOADS[3],
    )
    action = FollowUp.objects.filter(decision__meeting__key="som-25").first()
    assert action is not None
    follow_up_progress_record(
        actor=officer,
        follow_up=action,
        date=today,
        text=PAYLOADS[4],
        progress=10,
        status=FollowUp.Status.IN_PROGRESS,
    )
    consultation = consultation_open(
        actor=officer,
        title="Formula draft",
        paragraphs=["The Meeting agreed."],
        opens=today,
        closes=today + datetime.timedelta(days=30),
        audience="focal_points",
    )
    comment_add(
        actor=focal_point,
        consultation=consultation,
        state=mongolia,
        paragraph=1,
        text=PAYLOADS[5],
        proposed_text=PAYLOADS[6],
    )
    contribution_announce(
        actor=officer,
        state=mongolia,
        year=int(PARAMS["status-of-contributions"]["year"]),
        kind="in_kind",
        description=PAYLOADS[1],
        source=PAYLOADS[2],
        published=True,
    )
    activity = PlannedActivity.objects.first()
    assert activity is not None
    activity_status_record(
        actor=officer, activity=activity, status="delayed", reason=PAYLOADS[3], progress=20
    )
    translation_save(
        actor=translator, obj=action.decision, field="summary", language="ja", text=PAYLOADS[4]
    )
    meeting = Meeting.objects.get(key=som29()["key"])
    delegations.registration_submit(
        actor=officer,
        meeting=meeting,
        state=mongolia,
        name=PAYLOADS[5],
        title=PAYLOADS[6],
        role="delegate",
        email="formula@example.mn",
    )
    # What the open data files hold: a meeting's city, a decision, an action's outcome, a
    # document's title, a cash pledge's source, an approved value (the public's files too).
    meeting_update(actor=officer, meeting=meeting, city=PAYLOADS[0])
    decision_create(
        actor=officer,
        meeting=Meeting.objects.get(key="som-25"),
        paragraph="97",
        summary=PAYLOADS[1],
        kind="operative",
        concern="general",
    )
    follow_up_close(
        actor=officer,
        follow_up=action,
        status=FollowUp.Status.DONE,
        outcome=PAYLOADS[2],
        closed_on=today,
        evidence_source=PAYLOADS[3],
    )
    document_upload(
        actor=officer,
        title=PAYLOADS[0],
        type="study",
        language="en",
        visibility="public",
        filename="formula.txt",
        data=b"A study.",
    )
    contribution_announce(
        actor=officer,
        state=mongolia,
        year=int(PARAMS["status-of-contributions"]["year"]),
        amount=Decimal(1000),
        fund=Fund.objects.get(key="core-fund"),
        source=PAYLOADS[3],
        published=True,
    )
    indicator_value_approve(actor=officer, value=IndicatorValue.objects.get(breakdown=PAYLOADS[1]))
    return {"survey": _planted_survey(public, officer_client), "consultation": consultation.key}


def _matrix_files() -> Iterator[str]:
    """The access matrix's pages that are CSV or Excel files, in each spreadsheet format."""
    for name, probes in PAGES.items():
        for probe in probes:
            if probe.method != "get":
                continue
            kwargs, query = probe.kwargs(), urlencode(probe.payload())
            given = [a for a in FORMAT_ARGUMENTS if a in kwargs]
            if not given:
                path = reverse(name, kwargs=kwargs)
                if path.endswith(SPREADSHEETS):
                    yield f"{path}?{query}"
                continue
            for fmt in SPREADSHEETS:
                try:
                    yield f"{reverse(name, kwargs=kwargs | {given[0]: fmt})}?{query}"
                except NoReverseMatch:
                    continue


def _report_files(planted: dict[str, str]) -> Iterator[str]:
    params = PARAMS | {
        "survey-results": {"survey": planted["survey"]},
        "comments": {"consultation": planted["consultation"]},
        "participants": {"meeting": "som-29"},
    }
    for key, report in REPORTS.items():
        if "xlsx" in report.formats:
            yield f"/reports/{key}.xlsx?{urlencode(params[key])}"


def _cells(response: Any) -> list[tuple[str, bool]]:
    """Each cell of a CSV or Excel answer as text, and whether the sheet holds it as a formula."""
    data = b"".join(response.streaming_content) if response.streaming else response.content
    if data.startswith(b"PK"):
        book = load_workbook(io.BytesIO(data))
        return [
            (str(cell.value), cell.data_type == "f")
            for sheet in book.worksheets
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None
        ]
    text = data.decode("utf-8-sig")
    return [(cell, False) for row in csv.reader(io.StringIO(text)) for cell in row]


def _kind(path: str) -> str:
    """A file's kind: its page's name and format (a report's, its key), whatever it is of."""
    route, fmt = path.split("?")[0], path.split("?")[0].rsplit(".", 1)[-1]
    name = resolve(route).url_name
    return f"{route.split('/')[2]} {fmt}" if name == "file" else f"{name} {fmt}"


def _live(text: str, formula: bool) -> bool:
    return formula or text.lstrip(LEADING_SPACE).startswith(FORMULA_START)


@pytest.mark.usefixtures("world")
def test_no_file_for_a_spreadsheet_holds_a_live_formula(
    client_for: Callable[[str], Client], users: dict[str, Any]
) -> None:
    officer = client_for("secretariat")
    files = list(_matrix_files())  # before planting: the matrix finds some records by state
    planted = plant(users, client_for("public"), officer)
    files += list(_report_files(planted))
    files += [
        reverse("consultations:survey_export", args=[planted["survey"]]),
        reverse("translations:export", args=["ja", "csv"]),
    ]
    read, live, reached = 0, [], {}
    for path in dict.fromkeys(files):
        response = officer.get(path)
        if response.status_code == 404:  # a format this file does not come in
            continue
        assert response.status_code == 200, path
        cells = _cells(response)
        read += 1
        live += [(path, text) for text, formula in cells if _live(text, formula)]
        # A writer may strip the spaces around a text, or put a date before it.
        found = any(p.strip() in text for p in PAYLOADS for text, _formula in cells)
        reached[_kind(path)] = reached.get(_kind(path), False) or found
    assert live == []
    assert [kind for kind, found in reached.items() if not found] == [], reached
    assert read >= 12
    print(f"formula injection: {read} files read, {len(PAYLOADS)} payloads, 0 live formulas")
