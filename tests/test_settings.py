"""Settings read from the environment: a switch is on or off as written, and a value that is
neither stops the start with its name instead of being taken for off."""

import pytest

from neaspec.settings import env_bool

SWITCH = "NEASPEC_TEST_SWITCH"


@pytest.mark.parametrize("value", ["1", "true", "True", "YES", "on", " On ", "\ttrue\n"])
def test_a_switch_written_on_is_on(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(SWITCH, value)
    assert env_bool(SWITCH) is True
    assert env_bool(SWITCH, default=False) is True


@pytest.mark.parametrize("value", ["0", "false", "FALSE", "No", "off", " OFF "])
def test_a_switch_written_off_is_off(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(SWITCH, value)
    assert env_bool(SWITCH) is False
    assert env_bool(SWITCH, default=True) is False


@pytest.mark.parametrize("value", [None, "", "   "])
@pytest.mark.parametrize("default", [True, False])
def test_a_switch_not_given_takes_its_default(
    monkeypatch: pytest.MonkeyPatch, value: str | None, default: bool
) -> None:
    if value is None:
        monkeypatch.delenv(SWITCH, raising=False)
    else:
        monkeypatch.setenv(SWITCH, value)
    assert env_bool(SWITCH, default) is default


@pytest.mark.parametrize("value", ["ture", "enabled", "2", "y", "-1", "on please"])
def test_a_misspelt_switch_is_refused_with_its_name_and_value(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv(SWITCH, value)
    with pytest.raises(ValueError, match=SWITCH) as refused:
        env_bool(SWITCH)
    assert repr(value) in str(refused.value)
