import pytest

from real_desktop.core.policy import DESKTOP, Action, Policy


def test_desktop_allows_everything():
    assert all(DESKTOP.allows(a) for a in Action)


def test_denied_actions_are_refused_by_name_or_enum():
    kiosk = Policy("kiosk", frozenset({Action.FILE_DIALOG, Action.EXPORT_NOTES}))
    assert not kiosk.allows(Action.FILE_DIALOG)
    assert not kiosk.allows("export_notes")
    assert kiosk.allows(Action.IMPORT)


def test_unknown_action_is_an_error():
    with pytest.raises(ValueError):
        DESKTOP.allows("format_disk")
