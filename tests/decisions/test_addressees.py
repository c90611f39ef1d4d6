"""Whom a decision asks, in its one spelling: parsed from what pages, the API and the reference
data send, written back the same way, and read from an extraction record's acronyms."""

import pytest

from neaspec.decisions.addressees import AddresseeCode, from_extracted
from neaspec.decisions.forms import DecisionFilterForm, FollowUpFilterForm
from neaspec.decisions.models import Addressee, Decision, FollowUp
from neaspec.directory.models import Body, MemberState


@pytest.mark.parametrize(
    "code",
    ["secretariat", "member_states", "partners", "nfps", "MN", "KP", "body:neampan-sc"],
)
def test_a_code_reads_back_as_it_is_written(code: str) -> None:
    assert str(AddresseeCode.parse(code)) == code


def test_a_state_is_read_in_any_case_and_written_upper_case() -> None:
    assert AddresseeCode.parse(" mn ") == AddresseeCode("state", state="MN")
    assert str(AddresseeCode.parse("kr")) == "KR"
    assert AddresseeCode.parse("body:neacap-spc") == AddresseeCode("body", body="neacap-spc")


@pytest.mark.parametrize(
    "text",
    ["", "state", "body", "body:", "body:NEAMPAN", "body:-x", "MNG", "M", "someone", "x:y"],
)
def test_what_names_nobody_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not an addressee"):
        AddresseeCode.parse(text)


def test_the_code_of_an_addressee_a_follow_up_a_state_and_a_body(reference: None) -> None:
    mongolia = MemberState.objects.get(code="MN")
    committee = Body.objects.get(key="neacap-spc")
    decision = Decision.objects.filter(meeting__key="som-25").first()
    assert decision is not None
    assert str(AddresseeCode.of(Addressee(decision=decision, kind="state", state=mongolia))) == "MN"
    assert str(AddresseeCode.of(Addressee(decision=decision, kind="nfps"))) == "nfps"
    owned = FollowUp(decision=decision, owner="body", body=committee)
    assert str(AddresseeCode.of(owned)) == "body:neacap-spc"
    assert AddresseeCode.of(mongolia) == AddresseeCode.parse("MN")
    assert AddresseeCode.of(committee) == AddresseeCode.parse("body:neacap-spc")


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("committee:NEAMPAN-SC", "neampan-sc"),  # the dataset's "NEAMPAN SC" with a hyphen
        ("committee:NEAMPAN SC", "neampan-sc"),
        ("committee:neampan sc", "neampan-sc"),
        ("committee:SPC", "neacap-spc"),
        ("committee:nea lccp", "nea-lccp"),  # "NEA-LCCP" with a space, in lower case
    ],
)
def test_an_extracted_committee_is_found_by_its_acronym_however_written(
    reference: None, written: str, key: str
) -> None:
    assert from_extracted(written) == AddresseeCode("body", body=key)


def test_an_extracted_addressee_the_hub_does_not_know_is_none(reference: None) -> None:
    assert from_extracted("committee:NOWHERE") is None
    assert from_extracted("the world") is None
    assert from_extracted("secretariat") == AddresseeCode("secretariat")
    assert from_extracted("MN") == AddresseeCode("state", state="MN")


def test_a_state_asked_of_also_has_what_is_asked_of_all_member_states(reference: None) -> None:
    mongolia = AddresseeCode.parse("MN")
    asked = FollowUp.objects.filter(mongolia.follow_ups())
    assert {f.owner for f in asked} == {"state", "member_states"}
    assert not asked.filter(owner="state").exclude(state__code="MN").exists()
    dprk = AddresseeCode.parse("KP")
    addressed = Decision.objects.filter(dprk.decisions()).distinct()
    assert addressed.filter(addressees__kind="member_states").exists()
    assert addressed.filter(addressees__state__code="KP").exists()
    assert not addressed.exclude(addressees__kind="member_states").exclude(
        addressees__state__code="KP"
    )


def test_the_filter_forms_clean_to_a_code_or_refuse_it(reference: None) -> None:
    tracker = FollowUpFilterForm({"owner": "kr"})
    assert tracker.is_valid()
    assert tracker.filters()["owner"] == AddresseeCode("state", state="KR")
    # The tracker asks of the Secretariat, States and bodies; a decision also of partners.
    assert not FollowUpFilterForm({"owner": "partners"}).is_valid()
    assert DecisionFilterForm({"addressee": "partners"}).filters()["addressee"] == (
        AddresseeCode("partners")
    )
    for unknown in ("ZZ", "body:nowhere", "everyone"):
        form = DecisionFilterForm({"addressee": unknown})
        assert not form.is_valid()
        assert form.errors["addressee"] == [
            f"Select a valid choice. {unknown} is not one of the available choices."
        ]
