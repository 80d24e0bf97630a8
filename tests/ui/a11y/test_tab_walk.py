"""Keyboard alone: Tab reaches every focusable widget, each has a name, and Tab cycles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from real_desktop.ui.settings import SettingsDialog
from tests.ui.a11y.keyboard import name_of, walk
from tests.ui.test_main_window import make_window


def check(qtbot, root: QWidget) -> None:
    reached = walk(qtbot, root)
    unnamed = [f"{type(w).__name__}:{w.objectName()}" for w in reached if not name_of(w).strip()]
    assert not unnamed, unnamed
    reachable = [
        w for w in root.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None and w.objectName() != "focusRing"
    ]
    missed = [f"{type(w).__name__}:{w.objectName()}:{name_of(w)}" for w in reachable
              if w not in reached]
    assert not missed, missed


def test_library_screen(qtbot, library, runner, settings) -> None:
    w = make_window(qtbot, library, runner, settings)
    try:
        w.search.field.setFocus()
        qtbot.waitUntil(lambda: w.search.field.hasFocus())
        check(qtbot, w)
    finally:
        w.close()


def test_settings_dialog(qtbot, library, settings) -> None:
    dialog = SettingsDialog(settings, library=library)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.location.setFocus()
    qtbot.waitUntil(lambda: dialog.location.hasFocus())
    check(qtbot, dialog)


def test_the_walk_finds_traps_and_missed_stops(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout

    from tests.ui.a11y.keyboard import problems

    holder = QWidget()
    qtbot.addWidget(holder)
    lay = QVBoxLayout(holder)
    field, text, button = QLineEdit(), QPlainTextEdit(), QPushButton("Go")
    field.setAccessibleName("Field")
    for w in (field, text, button):
        lay.addWidget(w)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    field.setFocus()
    with pytest.raises(AssertionError, match="keyboard trap"):
        problems(qtbot, holder)  # Tab types a tab into the plain text field
    text.setTabChangesFocus(True)
    field.setFocus()
    assert problems(qtbot, holder) == ["unnamed QPlainTextEdit::"]
