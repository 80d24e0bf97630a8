"""Keyboard walks: Tab until focus comes back, the names of what was reached (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget


def name_of(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def _inside(root: QWidget, w: QWidget | None) -> bool:
    return w is not None and (w is root or root.isAncestorOf(w))


def walk(qtbot, root: QWidget, limit: int = 120, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    """Press Tab until focus comes back to where it started; the widgets in between."""
    start = QApplication.focusWidget()
    assert start is not None
    if not start.focusPolicy() & Qt.FocusPolicy.TabFocus:  # a window given focus by code
        qtbot.keyClick(start, key)
        start = QApplication.focusWidget()
        assert _inside(root, start), f"focus left the window for {start!r}"
    seen: list[QWidget] = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), key)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        assert _inside(root, now), f"focus left the window for {now!r}"
        if now is start:
            return seen
        if now is seen[-1]:
            raise AssertionError(f"{describe(now)} keeps the focus: a keyboard trap")
        seen.append(now)
    raise AssertionError(f"no cycle after {limit} Tabs (a trap?): {[describe(w) for w in seen[-5:]]}")


def describe(w: QWidget) -> str:
    return f"{type(w).__name__}:{w.objectName()}:{name_of(w)[:40]}"


def tab_stops(root: QWidget) -> list[QWidget]:
    """The visible, enabled widgets under `root` that take focus from Tab."""
    return [
        w for w in root.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None and w.objectName() != "focusRing"
        and w.window() is root.window()
    ]


def problems(qtbot, root: QWidget) -> list[str]:
    """What is wrong with `root`'s Tab chain: unnamed stops, stops Tab never reaches, and
    a backward walk (Shift+Tab) that does not retrace the forward one."""
    if QApplication.focusWidget() is None and not tab_stops(root):
        return []  # nothing to stop at (the audience's screen): nothing to trap either
    reached = walk(qtbot, root)
    found = [f"unnamed {describe(w)}" for w in reached if not name_of(w).strip()]
    found += [f"not reached by Tab {describe(w)}" for w in tab_stops(root) if w not in reached]
    back = walk(qtbot, root, key=Qt.Key.Key_Backtab)
    if set(back) != set(reached):
        only = set(back) ^ set(reached)
        found.append(f"Shift+Tab reaches other widgets than Tab: {[describe(w) for w in only]}")
    return found
