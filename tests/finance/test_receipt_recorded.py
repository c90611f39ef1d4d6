"""A pledge whose receipt the record does not give reads "receipt not recorded", neither
received nor outstanding, on the page, in the downloads, the report and the API, until the
Secretariat records a receipt or a day on which the money had not arrived."""

import csv
import datetime
import io
from decimal import Decimal
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.formats import date_format

from neaspec.conflicts import ConflictError
from neaspec.finance import selectors, services
from neaspec.finance.models import Contribution

pytestmark = pytest.mark.django_db
D = datetime.date


def _korea() -> Contribution:
    return Contribution.objects.get(state__code="KR", year=2018)


def _row(contributor: str, year: int, on: datetime.date | None = None) -> Any:
    status = selectors.contribution_status(actor=AnonymousUser(), on=on)
    return next(r for r in status["rows"] if r.contributor == contributor and r.year == year)


def _cells(html: str, contributor: str) -> list[str]:
    row = html.split(f'<th scope="row">{contributor}</th>')[1].split("</tr>")[0]
    return [cell.split(">", 1)[1].split("</td>")[0] for cell in row.split("<td")[1:]]


def test_the_2018_pledges_noted_by_som_22_read_receipt_not_recorded(
    client_for: Any, reference: None
) -> None:
    korea = _row("Republic of Korea", 2018)
    assert (korea.pledged, korea.received, korea.unrecorded, korea.outstanding) == (
        100000,
        0,
        100000,
        0,
    )
    page = client_for("public").get(reverse("finance:contributions")).content.decode()
    cells = _cells(page, "Republic of Korea")
    year, pledged, received, unrecorded, outstanding = cells[0], *cells[2:6]
    assert (year, pledged, received) == ("2018", "100,000 USD", "not recorded")
    assert (unrecorded, outstanding) == ("100,000 USD", "not known")
    assert "Outstanding 150,000" not in page
    detail = client_for("public").get(reverse("finance:contribution", args=[_korea().pk]))
    assert "the sources held do not say whether it arrived" in detail.content.decode()
    assert "Outstanding" not in detail.content.decode()

    exported = client_for("public").get(reverse("finance:export", args=["csv"])).content
    rows = {r["contributor"]: r for r in csv.DictReader(io.StringIO(exported.decode("utf-8-sig")))}
    ko = rows["Republic of Korea"]
    assert (ko["pledged"], ko["received"], ko["receipt_not_recorded"], ko["outstanding"]) == (
        "100000.00",
        "",
        "100000.00",
        "",
    )
    api = client_for("public").get("/api/contributions", {"state": "KR"}).json()
    assert api["items"][0]["receipt_recorded"] is False
    assert api["items"][0]["outstanding"] is None


def test_the_secretariat_records_that_it_had_not_arrived_and_it_is_outstanding_from_then(
    users: dict[str, Any], client_for: Any
) -> None:
    korea = _korea()
    url = reverse("finance:not_received", args=[korea.pk])
    answer = client_for("secretariat").post(url, {"on": "2026-11-30"})
    assert answer.status_code == 302
    korea.refresh_from_db()
    assert korea.not_received_on == D(2026, 11, 30)
    assert korea.history.latest().history_change_reason == "not yet received on 2026-11-30"
    assert korea.history.latest().history_user == users["secretariat"]
    row = _row("Republic of Korea", 2018)
    assert (row.received, row.unrecorded, row.outstanding) == (0, 0, 100000)
    page = client_for("public").get(reverse("finance:contributions")).content.decode()
    assert _cells(page, "Republic of Korea")[3:6] == ["0 USD", "", "100,000 USD"]
    detail = client_for("public").get(reverse("finance:contribution", args=[korea.pk]))
    on = date_format(D(2026, 11, 30), "DATE_FORMAT")
    assert f"100,000 USD <small>(not yet received on {on})</small>" in detail.content.decode()
    # Not arrived by that day, it had not arrived on any day before it either.
    assert _row("Republic of Korea", 2018, on=D(2019, 1, 1)).outstanding == 100000
    # China's pledge, not checked, still reads as not recorded.
    assert _row("China", 2018).unrecorded == 50000


def test_a_receipt_makes_the_rest_known_and_a_pledge_recorded_on_a_day_awaits_from_it(
    users: dict[str, Any],
) -> None:
    officer = users["secretariat"]
    services.contribution_receive(
        actor=officer,
        contribution=Contribution.objects.get(state__code="CN", year=2018),
        received_on=D(2018, 12, 3),
        received_amount=Decimal("30000"),
    )
    china = _row("China", 2018)
    assert (china.received, china.unrecorded, china.outstanding) == (30000, 0, 20000)
    korea = services.contribution_pledge(
        actor=officer, contribution=_korea(), pledged_on=D(2018, 10, 25)
    )
    assert korea.not_received_on == D(2018, 10, 25)
    assert _row("Republic of Korea", 2018).outstanding == 100000


@pytest.mark.parametrize(
    ("on", "field"),
    [(D(2099, 1, 1), "on"), (D(2018, 10, 1), "on")],
    ids=["a day to come", "before the pledge"],
)
def test_a_day_that_cannot_be_refused_and_nothing_changes(
    users: dict[str, Any], client_for: Any, on: datetime.date, field: str
) -> None:
    korea = services.contribution_pledge(
        actor=users["secretariat"], contribution=_korea(), pledged_on=D(2018, 10, 25)
    )
    with pytest.raises(ValidationError) as refused:
        services.contribution_not_received(actor=users["secretariat"], contribution=korea, on=on)
    assert field in refused.value.message_dict
    answer = client_for("secretariat").post(
        reverse("finance:not_received", args=[korea.pk]), {"on": on.isoformat()}
    )
    assert answer.status_code == 422
    korea.refresh_from_db()
    assert korea.not_received_on == D(2018, 10, 25)


def test_received_in_full_or_in_kind_cannot_be_awaited(
    users: dict[str, Any], client_for: Any
) -> None:
    officer = users["secretariat"]
    china = services.contribution_receive(
        actor=officer,
        contribution=Contribution.objects.get(state__code="CN", year=2018),
        received_on=D(2018, 12, 3),
        received_amount=Decimal("50000"),
    )
    url = f"/api/contributions/{china.pk}/not-received"
    answer = client_for("secretariat").post(
        url, {"on": "2026-11-30"}, content_type="application/json"
    )
    assert answer.status_code == 409
    assert answer.json()["error"]["message"] == "This contribution is already received in full."
    japan = Contribution.objects.get(state__code="JP", year=2018)
    with pytest.raises(ValidationError) as refused:
        services.contribution_not_received(actor=officer, contribution=japan, on=D(2026, 1, 1))
    assert not isinstance(refused.value, ConflictError)
    japan.refresh_from_db()
    assert japan.not_received_on is None


def test_the_api_records_it_for_the_secretariat_only(client_for: Any, reference: None) -> None:
    url = f"/api/contributions/{_korea().pk}/not-received"
    body = {"on": "2026-11-30"}
    refused = client_for("focal_point_mn").post(url, body, content_type="application/json")
    assert refused.status_code == 403
    assert _korea().not_received_on is None
    answer = client_for("secretariat").post(url, body, content_type="application/json")
    assert answer.status_code == 201
    shown = answer.json()
    assert (shown["receipt_recorded"], shown["not_received_on"]) == (True, "2026-11-30")
    assert Decimal(shown["outstanding"]) == 100000
    bad = client_for("secretariat").post(url, {"on": "30/11"}, content_type="application/json")
    assert bad.status_code == 422
