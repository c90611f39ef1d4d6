"""A person is recognised whatever the order of the name's parts or the honorific."""

from neaspec.directory.selectors import name_parts, person_named


def test_name_order_and_honorific_do_not_make_another_person() -> None:
    assert name_parts("Mizutani Yoshihiro") == name_parts("Mr. Yoshihiro Mizutani")
    assert name_parts("H.E. Mr. KIM Wansup") == name_parts("Kim Wansup")
    assert name_parts("Ms Irina Fominykh") != name_parts("Ms Irina Petrova")


def test_the_recorded_person_is_found_by_either_order(reference: None) -> None:
    person = person_named("Mizutani Yoshihiro")
    assert person is not None
    assert person.key == "mizutani-yoshihiro"
    assert person_named("Nobody Atall") is None
