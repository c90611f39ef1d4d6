"""The classification layer: the area of what the meeting decided, and whom it asked."""

import pytest

from neaspec.extraction import lexicon as lx
from neaspec.extraction.classify import Context, addressees, area_for, is_procedural


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("adopted the NOWPAP Medium-term Strategy", "governance"),  # an instrument of a programme
        ("endorsed the Nature Conservation Strategy", "biodiversity"),  # ... with its topic
        ("adopted the Roadmap on Shared Responses to a Warming Climate", "general"),
        ("noted issues such as climate change and marine debris", "general"),
        ("recognised the value of biological resources", "biodiversity"),
        # Not money: the programme's part in the climate, which is no one area's.
        ("welcomed the contribution of the programme to climate goals", "general"),
        ("noted the investment climate for clean technology", None),  # a climate of business
        ("approved the budget for 2032", "finance"),
    ],
)
def test_the_area_a_text_is_about(text: str, area: str | None) -> None:
    assert lx.area_of(text) == area


def test_the_meetings_name_as_subject_is_no_topic() -> None:
    assert area_for("SOM-31 reviewed each programme in turn.", Context()) == "general"


def test_the_meetings_own_business_is_governance() -> None:
    assert area_for("Agreed to convene the next meeting in Japan.", Context()) == "governance"
    assert (
        area_for("The Meeting expressed its gratitude to the Government of Japan.", Context())
        == "governance"
    )
    # a deadline is no topic
    assert area_for("Requested a plan before the next meeting.", Context()) == "general"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Meeting requested the ESCAP secretariat to report.", ["secretariat"]),
        (
            "The Meeting requested member countries to nominate experts and the secretariat to "
            "compile the list.",
            ["member_states", "secretariat"],
        ),
        ("The Meeting invited China, Japan and Mongolia to share data.", ["CN", "JP", "MN"]),
        ("The Meeting noted the request of the Secretariat for nominations.", []),
        ("Requesting the national focal points to reply, the Meeting closed.", ["nfps"]),
    ],
)
def test_whom_the_meeting_asked(sentence: str, expected: list[str]) -> None:
    assert addressees(sentence) == expected


def test_proceedings_are_procedural() -> None:
    assert is_procedural("The Meeting elected its officers.", ["elected"])
    assert is_procedural("The Meeting adopted the provisional agenda.", ["adopted"])
    assert not is_procedural("The Meeting adopted the Strategic Plan.", ["adopted"])
    assert not is_procedural("The Meeting noted the agenda of the forum.", ["noted"])


def test_a_state_in_its_formal_style_is_the_state() -> None:
    """'The People's Republic of X' is X; the DPRK, whose name is that style, stays itself."""
    text = "Delegates of the People’s Republic of China, the Democratic People's Republic of Korea"
    assert lx.states_in(text + " and the Republic of Korea") == ["CN", "KP", "KR"]
    assert lx.state_code("the People's Republic of China") == "CN"
