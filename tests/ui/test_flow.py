"""FlowLayout: a row that wraps, so its minimum is its widest item, not their sum."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from real_desktop.ui.flow import FlowLayout


def test_items_wrap_onto_rows_and_the_minimum_is_the_widest(qtbot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    flow = FlowLayout(box, spacing=4)
    buttons = [QPushButton(text) for text in ("Kind", "Collection", "Tag", "Language")]
    for b in buttons:
        flow.addWidget(b)
    widest = max(b.minimumSizeHint().width() for b in buttons)
    assert flow.minimumSize().width() == max(b.sizeHint().width() for b in buttons) or (
        flow.minimumSize().width() >= widest
    )
    one_row = flow.sizeHint()
    assert flow.heightForWidth(one_row.width()) == one_row.height()
    box.resize(one_row.width(), one_row.height())
    box.show()
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) == 1  # one row
    narrow = flow.minimumSize().width()
    box.resize(narrow, flow.heightForWidth(narrow))
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) == 4  # one per row
    assert all(b.geometry().right() < box.width() for b in buttons)  # none cut off
    assert flow.count() == 4 and flow.takeAt(3) is not None and flow.count() == 3
