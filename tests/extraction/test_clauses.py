"""The clause layer: a sentence's subject noun phrase, its head, and whether it is the meeting;
the meeting's verbs, coordinated or not. The sentences are invented, in the styles of reports
written by other hands."""

import pytest

from neaspec.extraction.clauses import Page, analyse, meeting_aliases, meeting_verbs


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("SOM-31 endorsed the work plan of the clean air partnership.", "SOM-31"),
        (
            "The 31st Senior Officials Meeting supported the proposal.",
            "The 31st Senior Officials Meeting",
        ),
        (
            "Participants at the dialogue agreed on three priorities.",
            "Participants at the dialogue",
        ),
        (
            "Delegates of the member countries reviewed the draft.",
            "Delegates of the member countries",
        ),
        ("The Meeting jointly approved the budget.", "The Meeting"),
        ("In the joint statement, the Ministers welcomed the new platform.", "the Ministers"),
        ("Since the Meeting endorsed the survey, the Secretariat will run it.", "the Meeting"),
        ("A key outcome was that the Committee approved the work plan.", "the Committee"),
        ("The Plenary agreed on the work plan.", "The Plenary"),
        ("The heads of delegation endorsed the roadmap.", "The heads of delegation"),
        ("The Parties adopted the decision on wetlands.", "The Parties"),
        (
            "The water ministers of Chile, Peru and Bolivia have agreed on the need to act.",
            "The water ministers of Chile, Peru and Bolivia",
        ),
        (
            "The 32nd Meeting (3-4 June 2031, Kitakyushu, Japan) agreed on the principles.",
            "The 32nd Meeting",
        ),
    ],
)
def test_the_meeting_as_subject(sentence: str, subject: str) -> None:
    clause = analyse(sentence, Page(number=32 if "32nd" in sentence else 31))
    assert clause.meeting
    assert clause.subject.replace("  ", " ").strip() == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "The Peruvian and Chilean Ministers conveyed their thanks and welcomed the plan.",
        "The Norwegian, Danish and Finnish delegates thanked the host and endorsed the idea.",
        "The representative of Mongolia welcomed the survey.",
        "Both sides agreed to exchange data.",
        "The work plan was approved by the meeting.",
        "Member States were encouraged to increase their contributions.",
        "The proceedings of the session included consideration of the budget.",
        "The eighth Intergovernmental Meeting approved the plan in 2003.",
        "A symposium was held before the meeting, where presenters reviewed the data.",
    ],
)
def test_not_the_meeting(sentence: str) -> None:
    assert meeting_verbs(sentence, Page(number=22)) == []


def test_the_meeting_by_its_own_short_name() -> None:
    page = Page(aliases={"FPM"}, number=2)
    assert meeting_verbs("The FPM agreed to the need for a partnership.", page) == ["agreed"]
    assert analyse("The FPM agreed to the need for a partnership.", page).reason == "alias"


def test_they_stands_for_the_meeting_only_after_it() -> None:
    page = Page()
    assert meeting_verbs("Delegates of the member countries reviewed the draft.", page)
    assert meeting_verbs("They also discussed the timeline.", page) == ["discussed"]
    assert meeting_verbs("The representative of China welcomed the plan.", page) == []
    assert meeting_verbs("They also discussed the timeline.", page) == []


@pytest.mark.parametrize(
    ("sentence", "verbs"),
    [
        ("Took note of the report and requested the secretariat to act.", []),  # no subject
        (
            "The Meeting took note of the report and requested the secretariat to act.",
            ["took note", "requested"],
        ),
        (
            "The Meeting endorsed initiatives including launching a bulletin.",
            ["endorsed"],
        ),
        (
            "The three countries exchanged information, discussed their plans, and agreed to "
            "continue cooperation.",
            ["discussed", "agreed"],
        ),
        (
            "The Meeting had presentations by two partners, and noted areas of collaboration.",
            ["noted"],
        ),
        ("The Sessions also noted the release of the Coastal Outlook Report.", ["noted"]),
        ("It was concluded by major decisions on the plan.", ["was concluded"]),
        ("The Meeting was informed of the progress.", ["was informed"]),
        (
            "Representatives participated in the annual meeting which approved the work plan.",
            ["approved"],
        ),
    ],
)
def test_the_meetings_verbs(sentence: str, verbs: list[str]) -> None:
    assert meeting_verbs(sentence, Page()) == verbs


def test_the_short_name_may_be_the_initials_of_the_meetings_name() -> None:
    aliases = meeting_aliases("The Second CEARAC Focal Points Meeting was held in Toyama.", 2)
    assert "FPM" in aliases
    assert meeting_verbs("The FPM agreed to the need.", Page(aliases=aliases)) == ["agreed"]


def test_an_opening_participle_and_a_participle_with_its_agent() -> None:
    assert meeting_verbs(
        "While appreciating the efforts of Japan, the meeting encouraged all members to act.",
        Page(),
    ) == ["appreciating", "encouraged"]
    assert meeting_verbs(
        'We paid attention to "a new era" supported by the Joint Statement, and recognized '
        "the need for cooperation.",
        Page(),
    ) == ["recognized"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 9th session was concluded on 4 May in Rome.",
        "The meeting was opened at 10 a.m. by the Vice-Minister.",
        "The two sessions were held back to back in Lima.",
    ],
)
def test_how_a_gathering_ran_decides_nothing(sentence: str) -> None:
    assert not analyse(sentence, Page(number=1)).meeting


def test_they_after_a_sentence_that_sets_the_scene_is_the_meeting() -> None:
    page = Page(number=1)
    assert meeting_verbs("The partners gathered in Lisbon on 3 May.", page) == []
    assert meeting_verbs("They reviewed the budget.", page) == ["reviewed"]
    other = Page(number=1)
    assert meeting_verbs("Two ferries met the ships at dawn.", other) == []
    assert meeting_verbs("They carried the delegates ashore.", other) == []  # not the meeting


def test_a_list_after_a_lead_in_that_decides_nothing() -> None:
    """'The Parties settled many matters:' decides nothing itself; the items after it are
    records only where the meeting acts ('They approved'), not where something was done."""
    page = Page(number=1)
    assert meeting_verbs("The Parties settled many matters:", page) == []
    assert meeting_verbs("1) They approved the budget.", page) == ["approved"]
    assert meeting_verbs("2) Three sites were listed.", page) == []
    other = Page(number=1)
    assert meeting_verbs("The ferries carried many things:", other) == []
    assert meeting_verbs("1) They approved nothing of it.", other) == []  # 'they' are the ferries
