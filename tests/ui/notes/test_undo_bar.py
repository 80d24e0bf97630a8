"""The undo bar names the deleted note and hides on its own."""

from __future__ import annotations

from real_desktop.ui.notes.undo_bar import UNDO_BAR_MS, UndoBar


def test_show_deleted_and_dismiss(qtbot) -> None:
    bar = UndoBar()
    qtbot.addWidget(bar)
    assert bar.isHidden()
    bar.show_deleted("p. 3")
    assert bar.undo_label.text() == "Note at p. 3 deleted." and not bar.isHidden()
    assert bar.timer.isActive() and bar.timer.interval() == UNDO_BAR_MS
    bar.timer.timeout.emit()  # the timer running out, without waiting for it
    assert bar.isHidden()
    bar.show_deleted("")
    assert bar.undo_label.text() == "Note deleted."
    bar.dismiss()
    assert bar.isHidden() and not bar.timer.isActive()
