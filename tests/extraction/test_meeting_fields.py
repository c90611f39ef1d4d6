"""Meeting fields written as other reports and web pages write them."""

from neaspec.extraction.meeting import attendance, meeting_fields, officers
from neaspec.extraction.reading import report_text
from neaspec.extraction.report import extract


def test_a_venue_after_a_comma_and_a_ministry_as_host():
    fields = meeting_fields(
        "Twenty-Third Senior Officials Meeting of NEASPEC",
        "The Meeting was held at the Shangri-La Hotel, Ulaanbaatar on 9-10 October 2019, hosted by "
        "the Ministry of Environment and Tourism of Mongolia.",
    )
    assert fields["number"] == 23
    assert fields["city"] == "Ulaanbaatar"
    assert fields["host_state"] == "MN"
    assert (fields["start_date"], fields["end_date"]) == ("2019-10-09", "2019-10-10")
    assert fields["modality"] == "in_person"


def test_all_six_member_states_attended():
    text = "The Meeting was attended by delegations from all six member States, and observers."
    assert attendance(text) == ["CN", "KP", "JP", "MN", "KR", "RU"]


def test_a_web_page_menu_does_not_name_the_meeting():
    page = report_text(
        b"<html><body><nav><a>Senior Officials Meeting</a><a>Workshops</a></nav>"
        b"<main><h1>Fifth Meeting of the NEACAP Science and Policy Committee</h1>"
        b"<p>Seoul, 8 September 2023</p><p>The Committee agreed on the work plan for 2024-2025.</p>"
        b"</main><footer>Senior Officials Meeting 2025</footer></body></html>"
    )
    record = extract(page, "spc-5.html")
    assert record["meeting"]["series"] == "SPC"
    assert record["meeting"]["number"] == 5
    assert record["meeting"]["city"] == "Seoul"
    assert [d["verbs"] for d in record["decisions"]] == [["agreed"]]
    assert record["decisions"][0]["area"] == "air"


def test_page_lines_from_a_pdf_do_not_enter_sentences():
    text = (
        "1. The Twenty-Sixth Senior Officials Meeting was held in Seoul on 23 November 2023.\n"
        "2. The Meeting adopted the Commemorative Statement on the 30th anniversary of\n"
        "Page 2 of 5\n"
        "NEASPEC and requested the Secretariat to publish it.\n"
        "3. The Meeting expressed its appreciation to the Government of the Republic of Korea.\n"
    )
    decisions = extract(text, "som-26.txt")["decisions"]
    assert decisions[0]["text"] == (
        "The Meeting adopted the Commemorative Statement on the 30th anniversary of NEASPEC and "
        "requested the Secretariat to publish it."
    )
    assert decisions[0]["addressees"] == ["secretariat"]


def test_attendance_as_pages_of_other_bodies_write_it():
    assert attendance(
        "The meeting was held with the participation of delegations from Cambodia, Japan, "
        "the Lao PDR and Viet Nam."
    ) == ["JP", "KH", "LA", "VN"]
    assert attendance("Delegations of China and Mongolia attended the Dialogue.") == ["CN", "MN"]
    assert attendance("The Ministers Meeting among Japan, Korea and China.") == ["JP", "KR", "CN"]
    assert attendance("The meeting was attended by all six member countries.") == [
        "CN",
        "KP",
        "JP",
        "MN",
        "KR",
        "RU",
    ]
    assert attendance("Representatives of all member states participated.") is None


def test_the_chair_named_as_chairing():
    assert officers(
        "The Dialogue, chaired by H.E. Mr. KIM Wansup, Minister of Environment of "
        "the Republic of Korea, was held in person."
    ) == [{"role": "chair", "name": "KIM Wansup", "state": "KR"}]
    assert officers("The session was chaired by Thailand.") == [
        {"role": "chair", "name": None, "state": "TH"}
    ]
