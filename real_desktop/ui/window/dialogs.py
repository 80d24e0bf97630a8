"""The window's small dialogs and appearance changes: settings, about, theme, text size."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from real_desktop.ui import theme as themes

if TYPE_CHECKING:
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.settings import AppSettings



def apply_theme(settings: AppSettings, key: str) -> None:
    settings.theme = key
    themes.apply(QApplication.instance(), key, settings.text_size)  # type: ignore[arg-type]


def change_text_size(settings: AppSettings, step: int) -> str:
    """Step the text size (0: the default); returns what the status bar says."""
    size = themes.DEFAULT_TEXT_SIZE if step == 0 else settings.text_size + step
    settings.text_size = size
    themes.apply(QApplication.instance(), settings.theme, settings.text_size)  # type: ignore[arg-type]
    percent = round(100 * settings.text_size / themes.DEFAULT_TEXT_SIZE)
    return QCoreApplication.translate("MainWindow", "Text size: {0} pt ({1}%)").format(settings.text_size, percent)


def edit_settings(
    parent: QWidget, settings: AppSettings, registry: ActionRegistry, library: Any = None,
    watched_changed: Any = None,
) -> bool:
    """The settings dialog; True if it was accepted (the caller re-applies the theme).
    Watched folders are written as they are edited; `watched_changed()` runs after."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from real_desktop.ui.settings import SettingsDialog

    before = settings.library_location
    dialog = SettingsDialog(settings, parent, registry=registry, library=library)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if dialog.watched is not None and dialog.watched.changed and watched_changed is not None:
        watched_changed()
    if not accepted:
        return False
    if settings.library_location != before:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("MainWindow", "Library location"),
            QCoreApplication.translate("MainWindow", "The new library location will be used the next time REAL Desktop starts."),
        )
    return True


def about_text(data_folder: Path) -> str:
    return QCoreApplication.translate("MainWindow",
        "<h3>REAL Desktop</h3><p>An offline, searchable library of documents and "
        "recorded talks from the Race, Equity, And Leadership (REAL) initiative of "
        "the National League of Cities.</p><p>Data folder: {0}</p>"
    ).format(str(data_folder))


def show_about(parent: QWidget, data_folder: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, QCoreApplication.translate("MainWindow", "About REAL Desktop"), about_text(data_folder))


def agendas(window: Any) -> None:
    """File → Agendas…: the agenda editor (issue 12; ui/agenda/)."""
    from real_desktop.ui.agenda.windows import open_editor

    open_editor(window)
