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


def test_controls_go_on_two_rows_rather_than_cut_their_buttons(qtbot) -> None:
    """At 24 pt "↶10" was squeezed to "…": each button had a fixed 34 px minimum."""
    from PySide6.QtWidgets import QBoxLayout

    from real_desktop.ui import theme
    from real_desktop.ui.player.controls import PlayerControls

    theme.apply(QApplication.instance(), "light", 24)
    try:
        box = QWidget()
        qtbot.addWidget(box)
        controls = PlayerControls()
        QVBoxLayout(box).addWidget(controls)
        one_row = controls.one_row_width()
        assert controls.minimumSizeHint().width() < one_row  # the two-row minimum
        box.resize(one_row + 40, 300)
        box.show()
        QApplication.processEvents()
        assert controls.buttons.direction() is QBoxLayout.Direction.LeftToRight
        box.resize(controls.minimumSizeHint().width() + 30, 300)
        QApplication.processEvents()
        assert controls.buttons.direction() is QBoxLayout.Direction.TopToBottom
        for b in (controls.back_button, controls.play_button, controls.fwd_button,
                  controls.cc_button, controls.note_button):  # fmt: skip
            assert b.width() >= b.sizeHint().width(), b.text()  # whole, not "…"
    finally:
        theme.apply(QApplication.instance(), "light")


def test_a_short_transcript_panel_drops_its_heading(qtbot) -> None:
    from real_desktop.ui.player.transcript import COMPACT_LINES, TranscriptPanel

    panel = TranscriptPanel()
    qtbot.addWidget(panel)
    line = panel.fontMetrics().lineSpacing()
    panel.resize(400, (COMPACT_LINES + 4) * line)
    panel.show()
    QApplication.processEvents()
    assert panel.title.isVisible()
    panel.resize(400, (COMPACT_LINES - 4) * line)
    QApplication.processEvents()
    assert not panel.title.isVisible() and panel.find_edit.isVisible()
