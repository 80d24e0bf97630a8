"""The kiosk's pieces on their own: End session's print / save, the unlock dialog's waits,
settings that are never written, printing without a dialog, a damaged configuration."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from real_desktop.core.kiosk import config as kc
from real_desktop.core.kiosk.pin import PinGuard, hash_pin
from real_desktop.core.policy import DESKTOP, kiosk_policy
from real_desktop.ui import guarded
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.kiosk.dialogs import EndSessionDialog, UnlockDialog
from real_desktop.ui.settings import AppSettings


def test_end_session_dialog_saves_to_a_drive_and_says_so(qtbot, tmp_path: Path) -> None:
    drive = tmp_path / "USB STICK"
    drive.mkdir()
    saved: list[Path] = []

    def save(root: Path) -> Path:
        target = root / "notes.md"
        target.write_text("n", encoding="utf-8")
        saved.append(target)
        return target

    registry = ActionRegistry(kiosk_policy(save_to_drive=True))
    d = EndSessionDialog(registry, 3, [drive], lambda: None, save)
    qtbot.addWidget(d)
    d.show()
    assert d.save_button.isVisible() and "USB STICK" in d.save_button.text()
    assert not d.print_button.isVisible()  # printing not allowed by this policy
    d.save_button.click()
    assert saved == [drive / "notes.md"] and "You can remove the drive" in d.status.text()
    assert d.end_button.isDefault()


def test_end_session_dialog_without_notes_offers_nothing_to_keep(qtbot, tmp_path) -> None:
    registry = ActionRegistry(kiosk_policy(printing=True, save_to_drive=True))
    d = EndSessionDialog(registry, 0, [tmp_path], lambda: "Office", lambda p: p)
    qtbot.addWidget(d)
    d.show()
    assert not d.print_button.isVisible() and not d.save_button.isVisible()


def test_unlock_dialog_waits_after_wrong_pins(qtbot, tmp_path: Path) -> None:
    guard = PinGuard(hash_pin("1357"), tmp_path / "state.json")
    d = UnlockDialog(ActionRegistry(kiosk_policy()), guard)
    qtbot.addWidget(d)
    d.show()
    for _ in range(3):  # the third wrong PIN must wait
        d.pin.setText("0000")
        d.admin.click()
    assert not d.admin.isEnabled() and not d.pin.isEnabled()
    assert "Wait" in d.message.text() and d.choice == ""
    assert d.pin.text() == ""  # a typed PIN is never kept in the field


def test_in_memory_settings_never_write(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    disk = AppSettings(path)
    disk.theme = "dark"
    disk.sync()
    before = path.read_bytes()
    visitor = AppSettings(path, in_memory=True)
    assert visitor.theme == "dark"  # starts from the librarian's choice
    visitor.theme = "light"
    visitor.view_mode = "list"
    visitor.sync()
    assert visitor.theme == "light" and path.read_bytes() == before


def test_print_direct_never_opens_a_dialog(qapp, monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrinterInfo

    painted: list[object] = []
    assert guarded.print_direct(kiosk_policy(printing=False), painted.append) is None
    monkeypatch.setattr(QPrinterInfo, "defaultPrinter", staticmethod(lambda: QPrinterInfo()))
    assert guarded.print_direct(DESKTOP, painted.append) is None  # no printer: nothing
    assert painted == []


def test_clear_clipboard(qapp) -> None:
    QApplication.clipboard().setText("left behind")
    guarded.clear_clipboard()
    assert QApplication.clipboard().text() == ""


def test_a_damaged_configuration_stops_the_app(tmp_path: Path, monkeypatch) -> None:
    from real_desktop.ui import app

    path = tmp_path / "kiosk.ini"
    path.write_text("[kiosk]\nenabled = maybe\n", encoding="utf-8")
    monkeypatch.setenv(kc.ENV, str(path))
    with pytest.raises(SystemExit) as exc:
        app._kiosk_config()
    assert exc.value.code == 1
    kc.write(path, kc.KioskConfig(enabled=True, pin_hash="x"))
    assert app._kiosk_config() == kc.KioskConfig(enabled=True, pin_hash="x")
    kc.write(path, kc.KioskConfig(enabled=False))
    assert app._kiosk_config() is None


def test_every_door_is_shut_under_the_kiosk_policy(qapp, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    def opened(*a, **k):
        raise AssertionError("a dialog opened")

    for name in ("getOpenFileName", "getOpenFileNames", "getExistingDirectory", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(opened))
    for policy in (kiosk_policy(), kiosk_policy(printing=True, save_to_drive=True)):
        assert guarded.open_file(policy, None, "x") is None
        assert guarded.open_files(policy, None, "x") == []
        assert guarded.folder(policy, None, "x") is None
        assert guarded.save_file(policy, None, "x") is None
        assert guarded.open_url(policy, "https://example.org/") is False
        assert (
            guarded.copy_text(policy, "x") is False
            and guarded.copy_text(policy, "x", link=True) is False
        )
    assert guarded.print_with_dialog(kiosk_policy(), None, lambda p: None) is False
