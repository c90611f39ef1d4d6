import pytest

from neaspec.extraction.dates import deadline, find_dates


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("held on 20-21 September 2022", "2022-09-20", "2022-09-21"),
        ("from 2 to 4 March 2004 in Moscow", "2004-03-02", "2004-03-04"),
        ("on September 20-21, 2022", "2022-09-20", "2022-09-21"),
        ("25 October – 26 October 2018", "2018-10-25", "2018-10-26"),
        ("30 November 2022 - 1 December 2022", "2022-11-30", "2022-12-01"),
        ("Thursday, 10 April 2025", "2025-04-10", "2025-04-10"),
        ("April 10, 2025", "2025-04-10", "2025-04-10"),
        ("2022-09-20 to 2022-09-21", "2022-09-20", "2022-09-21"),
        ("20.09.2022", "2022-09-20", "2022-09-20"),
        ("in September 1996", "1996-09", "1996-09"),
        ("the 3rd of March 2010", "2010-03-03", "2010-03-03"),
    ],
)
def test_dates_written_in_several_ways(text, start, end):
    span = find_dates(text)[0]
    assert (span.start, span.end) == (start, end)


def test_impossible_dates_are_not_dates():
    assert find_dates("31 February 2022") == []
    assert find_dates("21-20 September 2022") == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("requested member States to comment by 31 October 2022.", "2022-10-31"),
        ("to report no later than 15 January 2023", "2023-01-15"),
        ("to nominate experts by March 2019", "2019-03"),
        ("welcomed a workshop in March 2019", None),
        ("to submit it to the SOM-26 in 2023", None),
    ],
)
def test_only_explicit_deadlines_are_due_dates(text, due):
    assert deadline(text) == due
