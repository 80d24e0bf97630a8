"""An empty state's words scroll instead of losing their last line at large text, and it
is a Tab stop only while there is something to scroll (issue 15)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QStackedWidget

from real_desktop.ui.empty_state import EmptyState
from tests.ui.a11y.clipping import clipped

HINT = (
    "No notes yet.\n\nPress Ctrl+Shift+N, or Add note, to write one on this page.\n\n"
    "Select text and press Ctrl+Shift+H to highlight it."
)


def _in_stack(qtbot: Any, widget: Any, size: tuple[int, int], points: int) -> QStackedWidget:
    stack = QStackedWidget()
    font = QFont(stack.font())
    font.setPointSize(points)
    stack.setFont(font)
    stack.addWidget(widget)
    qtbot.addWidget(stack)
    stack.resize(*size)
    stack.show()
    qtbot.waitExposed(stack)
    return stack


def test_large_text_in_a_narrow_pane_scrolls_and_is_reachable(qtbot: Any) -> None:
    # What the notes pane showed at 24 pt before: a plain label clips "highlight it."
    plain = QLabel(HINT)
    plain.setWordWrap(True)
    plain.setMargin(16)
    assert clipped(_in_stack(qtbot, plain, (280, 300), 24)), "the old label should clip"

    empty = EmptyState("No notes")
    empty.setText(HINT)
    stack = _in_stack(qtbot, empty, (280, 300), 24)
    qtbot.waitUntil(lambda: empty.verticalScrollBar().maximum() > 0)
    assert empty.text() == HINT
    assert stack.currentWidget() is empty and clipped(empty) == {}
    assert empty.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert empty.accessibleName() == "No notes" and empty.accessibleDescription() == HINT


def test_words_that_fit_add_no_tab_stop(qtbot: Any) -> None:
    empty = EmptyState("No notes")
    empty.setText("No notes yet.")
    stack = _in_stack(qtbot, empty, (400, 400), 10)
    assert stack.currentWidget() is empty
    assert empty.verticalScrollBar().maximum() == 0
    assert empty.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert clipped(empty) == {}
