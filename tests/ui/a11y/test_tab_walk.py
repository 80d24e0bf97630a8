"""Keyboard alone: Tab reaches every focusable widget, each has a name, and Tab cycles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from real_desktop.ui.settings import SettingsDialog
from real_desktop.ui.tasks import TaskRunner
from tests.ui.test_main_window import make_window


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.shutdown()


def name_of(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def walk(qtbot, root: QWidget, limit: int = 80) -> list[QWidget]:
    """Press Tab until focus comes back to where it started; the widgets in between."""
    start = QApplication.focusWidget()
    assert start is not None
    seen: list[QWidget] = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        assert now is not None and (now is root or root.isAncestorOf(now)), "focus left"
        if now is start:
            return seen
        seen.append(now)
    raise AssertionError(f"no cycle after {limit} Tabs (a trap?): {[type(w) for w in seen[-5:]]}")


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
