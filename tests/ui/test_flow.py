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


def test_stretched_items_share_the_spare_width_of_their_row(qtbot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    flow = FlowLayout(box, spacing=4)
    wide, fixed = QPushButton("Search"), QPushButton("Trash")
    flow.add_widget(wide, 2)
    flow.add_widget(fixed)
    width = flow.sizeHint().width() + 300
    box.resize(width, flow.heightForWidth(width))
    box.show()
    QApplication.processEvents()
    assert wide.width() == wide.sizeHint().width() + 300  # all the spare room went to it
    assert fixed.width() == fixed.sizeHint().width() and fixed.geometry().right() < width
    assert flow.takeAt(0) is not None and flow.count() == 1
