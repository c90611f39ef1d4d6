"""The extractor on reports written for these tests in styles the seeds do not have: a web
summary whose outcomes are bullets without a subject, a committee's numbered report, an HTML
workshop summary, an outcome page behind a site's menu (labelled bullets holding sentences,
verb-first items under a lead-in with its own object, a list that is the object, outcomes as
subject, addressees joined by 'and', a quotation reported first, a sentence cut off at the end),
a programme whose times stand above its session titles, and older minutes (the meeting named as
'Meeting of Senior Officials at its Fortieth Meeting', date and venue on consecutive lines, another
meeting's ordinal in a background sentence), and a UN committee's session report (infinitive
decisions under 'The Committee decided:', a numbered paragraph too short to count, a chair and
a speaker from outside the region). Each expected file lists what a person reading the
report would record; only the keys it names are compared."""

import json
from pathlib import Path

import pytest

from neaspec.extraction.reading import read_report
from neaspec.extraction.report import extract

REPORTS = Path(__file__).parent / "reports"
CASES = sorted(p for p in REPORTS.iterdir() if p.suffix != ".json")


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_report_in_another_style(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text())
    record = extract(read_report(path), source=path.name)
    assert record["schema"] == "neaspec-extract/1"
    if "meeting" in expected:
        assert record["meeting"] == expected["meeting"]
    for key in ("officers", "attendance", "agenda"):
        if key in expected:
            assert record[key] == expected[key], key
    fields = ("text", "verbs", "kind", "area", "addressees", "due_date")
    got = [{k: d[k] for k in fields} for d in record["decisions"]]
    want = [{k: d[k] for k in fields} for d in expected["decisions"]]
    assert got == want
    paragraphs = [d["paragraph"] for d in expected["decisions"] if "paragraph" in d]
    if paragraphs:
        assert [d["paragraph"] for d in record["decisions"]] == paragraphs
    speakers = [(s["paragraph"], s["speaker"]) for s in record["statements"]]
    assert speakers == [(s["paragraph"], s["speaker"]) for s in expected["statements"]]
