"""The keyboard focus ring: follows focus, 2 px in the theme's colour, drawn over viewports."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from real_desktop.ui import focus_ring, theme


@pytest.fixture
def panel(qtbot, qapp):
    w = QWidget()
    layout = QVBoxLayout(w)
    w.field, w.button, w.items = QLineEdit(), QPushButton("Go"), QListWidget()
    w.items.addItems(["one", "two"])
    w.label = QLabel("not focusable")
    for child in (w.field, w.button, w.items, w.label):
        layout.addWidget(child)
    qtbot.addWidget(w)
    w.resize(300, 300)
    w.show()
    qtbot.waitExposed(w)
    yield w
    theme.apply(qapp, "light")


def edge_colour(widget: QWidget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(widget.width() // 2, 0)


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_ring_follows_focus_in_the_theme_colour(name: str, panel, qtbot, qapp) -> None:
    theme.apply(qapp, name)
    want = QColor(theme.FOCUS[name])
    for target in (panel.field, panel.button, panel.items):
        target.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda t=target: QApplication.focusWidget() is t)
        ring = focus_ring.ring()
        assert ring is not None and ring.target() is target
        assert ring.parentWidget() is target and ring.isVisible()
        assert ring.geometry() == target.rect()
        # Drawn on top of everything inside (a list's viewport included), both edge pixels.
        image = target.grab().toImage()
        for y in (0, 1):
            assert image.pixelColor(target.width() // 2, y) == want, (name, target, y)
        assert image.pixelColor(target.width() // 2, 3) != want


def test_ring_survives_its_widget_and_skips_windows(panel, qtbot, qapp) -> None:
    theme.apply(qapp, "light")
    panel.field.setFocus()
    qtbot.waitUntil(lambda: focus_ring.ring().target() is panel.field)
    panel.field.deleteLater()  # the ring (its child) goes with it
    qtbot.waitUntil(lambda: not shiboken6.isValid(panel.field))
    panel.button.setFocus()
    qtbot.waitUntil(lambda: focus_ring.ring().target() is panel.button)
    assert focus_ring.ring().isVisible()
    assert not focus_ring.eligible(panel.label) and not focus_ring.eligible(panel)


def test_resize_keeps_the_ring_on_the_edge(panel, qtbot, qapp) -> None:
    theme.apply(qapp, "dark")
    panel.items.setFocus()
    qtbot.waitUntil(lambda: focus_ring.ring().target() is panel.items)
    panel.resize(500, 420)
    qtbot.waitUntil(lambda: focus_ring.ring().geometry() == panel.items.rect())
    assert edge_colour(panel.items) == QColor(theme.FOCUS["dark"])
