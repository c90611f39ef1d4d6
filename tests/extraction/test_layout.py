"""The layout layer: what each line of a page is, how lines make blocks, and where sentences
end. The pages are invented, in the styles of pages written by other hands."""

from neaspec.extraction.layout import clean_lines, line_kinds, sentences, title_lines, to_blocks

PAGE = """Home | About | Programmes | News | Events | Contact
Posted on 20 June 2031

Outcome of the Thirty-First Senior Officials Meeting
3-4 June 2031, Kitakyushu Convention Hall
Kitakyushu, Japan

The Meeting was held with the participation of five member States. It reviewed the plan.

SOM-31 reviewed each programme in turn:
- Welcomed the survey
09:30 - 11:00
12. The Committee elected its officers and adopted the agenda of the meeting as circulated.
"""


def test_each_line_is_told_apart() -> None:
    lines = [line for line in clean_lines(PAGE) if line]
    assert list(zip(line_kinds(lines), lines, strict=True)) == [
        ("menu", "Home | About | Programmes | News | Events | Contact"),
        ("date", "Posted on 20 June 2031"),
        ("title", "Outcome of the Thirty-First Senior Officials Meeting"),
        ("date", "3-4 June 2031, Kitakyushu Convention Hall"),
        ("venue", "Kitakyushu, Japan"),
        ("prose", lines[5]),
        ("lead_in", "SOM-31 reviewed each programme in turn:"),
        ("bullet", "- Welcomed the survey"),
        ("programme", "09:30 - 11:00"),
        ("numbered", lines[9]),
    ]


def test_the_title_lines_leave_the_menu_out() -> None:
    lines = clean_lines("Clean Air | Nature | Oceans | Cities\nWorkshop on Marine Litter\n\nText.")
    assert title_lines(lines) == "Workshop on Marine Litter"


def test_a_title_line_is_not_joined_to_the_paragraph_below() -> None:
    blocks = to_blocks(
        clean_lines(
            "Thirty First Governing Council of the Basin Accord\n"
            "The 31st Council agreed on the principles. The council also requested a plan.\n"
            "Riparian states also endorsed a spending ceiling.\n"
        )
    )
    assert [b.text[:30] for b in blocks] == [
        "Thirty First Governing Council",
        "The 31st Council agreed on the",
        "Riparian states also endorsed ",
    ]


def test_a_hard_wrapped_paragraph_stays_one() -> None:
    blocks = to_blocks(
        clean_lines(
            "The Ninth Meeting took place from 2 to 4 March 2004\n"
            "in Moscow, Russian Federation, hosted by the Ministry.\n"
        )
    )
    assert len(blocks) == 1
    assert blocks[0].text.endswith("hosted by the Ministry.")


def test_numbered_paragraphs_without_a_space_after_the_number() -> None:
    text = "\n\n".join(
        f"{n}.The Ministers noted the progress of the cooperation in the area number {n} today."
        for n in range(1, 5)
    )
    assert [b.number for b in to_blocks(clean_lines(text))] == ["1", "2", "3", "4"]


def test_where_sentences_end() -> None:
    assert sentences("We noted the plan.The Ministers adopted it.") == [
        "We noted the plan.",
        "The Ministers adopted it.",
    ]
    assert sentences("the achievements in the Region We expressed appreciation.") == [
        "the achievements in the Region",
        "We expressed appreciation.",
    ]
    assert sentences("It adopted the plan in ten areas. - Climate Change; - Biodiversity") == [
        "It adopted the plan in ten areas.",
        "- Climate Change; - Biodiversity",
    ]
    assert sentences("Mr. Kim of the Republic of Korea chaired it.") == [
        "Mr. Kim of the Republic of Korea chaired it."
    ]


def test_a_wrapped_line_of_names_goes_on() -> None:
    blocks = to_blocks(
        clean_lines(
            "The Meeting requested the Governments of China, Japan, the\n"
            "Republic of Korea, Mongolia and the Russian Federation\n"
            "To share their data by 30 June 2032.\n"
        )
    )
    assert len(blocks) == 1


def test_a_running_head_is_not_part_of_the_text() -> None:
    page = "UNEP/NOWPAP IG.22/8\n\n1. The Meeting adopted the\n"
    text = page + "".join(
        f"UNEP/NOWPAP IG.22/8\nPage {n}\nwork plan number {n} of the programme.\n" for n in (2, 3)
    )
    lines = clean_lines(text)
    assert lines.count("UNEP/NOWPAP IG.22/8") == 1  # the first, as the document's symbol
    assert "Page 2" not in lines
