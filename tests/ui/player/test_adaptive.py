"""The player's picture and transcript: side by side when both fit, stacked when not,
and never asking the window for more than the wider of the two."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from real_desktop.ui.player.adaptive import AdaptiveSplitter


def _pane(min_width: int) -> QWidget:
    w = QWidget()
    w.setMinimumSize(min_width, 100)
    return w


def test_stacks_when_narrow_and_sits_side_by_side_when_wide(qtbot) -> None:
    box = QWidget()  # as in the player view (a top-level QSplitter sets its own minimum)
    qtbot.addWidget(box)
    s = AdaptiveSplitter()
    QVBoxLayout(box).addWidget(s)
    s.addWidget(_pane(600))
    s.addWidget(_pane(300))
    assert s.minimumSizeHint().width() == 600  # the wider pane, not 600 + 300
    assert box.minimumSizeHint().width() < 700
    box.resize(1200, 700)
    box.show()
    QApplication.processEvents()
    assert s.orientation() is Qt.Orientation.Horizontal
    assert all(s.widget(i).width() >= s.widget(i).minimumWidth() for i in range(2))
    box.resize(700, 700)
    QApplication.processEvents()
    assert s.orientation() is Qt.Orientation.Vertical
    assert all(s.widget(i).width() == s.width() for i in range(2))
    assert s.minimumSizeHint().height() >= 200 + s.handleWidth()
    box.resize(1200, 700)
    QApplication.processEvents()
    assert s.orientation() is Qt.Orientation.Horizontal
    # A hidden pane (full screen hides the transcript) does not count.
    s.widget(1).hide()
    assert s.side_by_side_width() == 600
