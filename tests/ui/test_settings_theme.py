"""Preferences: the QSettings wrapper, the Settings dialog, and the themes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from real_desktop.ui import theme
from real_desktop.ui.settings import AppSettings, SettingsDialog


def test_settings_live_in_the_data_home(home: Path) -> None:
    s = AppSettings()
    assert s.path == home / "settings.ini"
    s.theme = "dark"
    s.sync()
    assert "dark" in (home / "settings.ini").read_text()


def test_defaults_and_round_trip(settings: AppSettings, home: Path) -> None:
    assert (settings.theme, settings.view_mode, settings.sort_key) == ("system", "grid", "title")
    assert settings.library_location is None and settings.geometry() is None
    settings.theme, settings.text_size, settings.view_mode = "light", 14, "list"
    settings.sort_key, settings.sort_descending, settings.section = "added_at", True, "tag:budget"
    settings.library_location = home / "elsewhere"
    settings.sync()
    again = AppSettings(settings.path)
    assert (again.theme, again.text_size, again.view_mode) == ("light", 14, "list")
    assert (again.sort_key, again.sort_descending, again.section) == (
        "added_at",
        True,
        "tag:budget",
    )
    assert again.library_location == home / "elsewhere"


def test_bad_stored_values_fall_back(settings: AppSettings) -> None:
    # A hand-edited or corrupted ini must not break start-up.
    raw = settings._s
    raw.setValue("appearance/theme", "neon")
    raw.setValue("appearance/text_size", "huge")
    raw.setValue("browser/view", "carousel")
    assert settings.theme == "system"
    assert settings.text_size == theme.DEFAULT_TEXT_SIZE
    assert settings.view_mode == "grid"
    settings.text_size = 500
    assert settings.text_size == theme.MAX_TEXT_SIZE
    with pytest.raises(ValueError, match="unknown theme"):
        settings.theme = "neon"


def test_settings_dialog_saves_valid_choices(qtbot, settings: AppSettings, tmp_path: Path) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.location.setText(str(tmp_path / "new-library"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.text_size.setValue(15)
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.library_location == tmp_path / "new-library"
    assert (tmp_path / "new-library").is_dir()
    assert (settings.theme, settings.text_size) == ("dark", 15)


def test_settings_dialog_refuses_a_file_as_library(
    qtbot, settings: AppSettings, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("keep me")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.location.setText(str(not_a_folder))
    dialog.accept()
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "folder" in dialog.error.text()
    assert settings.library_location is None  # nothing saved
    assert not_a_folder.read_text() == "keep me"


def test_themes_change_the_palette(qapp: QApplication) -> None:
    try:
        assert theme.apply(qapp, "dark", 13) == "dark"
        dark = qapp.palette().color(QPalette.ColorRole.Window)
        assert dark.lightness() < 80
        assert qapp.font().pointSize() == 13
        assert theme.apply(qapp, "light", 99) == "light"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
        assert qapp.font().pointSize() == theme.MAX_TEXT_SIZE
        assert theme.resolve("system") in ("light", "dark")
    finally:
        theme.apply(qapp, "light")
