"""The all-notes filter row: what it filters on, and new choices keeping the current one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from real_desktop.ui.notes.notes_filters import NotesFilterBar
from real_desktop.ui.notes.notes_table import Filters


def _bar(qtbot) -> tuple[NotesFilterBar, list[str], list[bool]]:
    host = QWidget()
    qtbot.addWidget(host)
    changes: list[str] = []
    trash: list[bool] = []
    bar = NotesFilterBar(host, lambda: changes.append("x"), trash.append)
    return bar, changes, trash


CHOICES = {
    "resources": [("r1", "Talk (2)"), ("r2", "Paper (1)")],
    "collections": [("C", "C")],
    "tags": [("budget", "budget (3)")],
}


def test_filters_follow_the_widgets(qtbot) -> None:
    bar, changes, trash = _bar(qtbot)
    assert bar.filters() == Filters()
    bar.fill(CHOICES)
    bar.set_filters(resource_id="r2", tag="budget")
    bar.date_combo.setCurrentIndex(bar.date_combo.findData(7))
    bar.trash_button.setChecked(True)
    f = bar.filters()
    assert (f.resource_id, f.tag, f.days, f.trash) == ("r2", "budget", 7, True)
    assert changes and trash == [True]


def test_new_choices_keep_the_current_one_or_refresh_when_it_vanished(qtbot) -> None:
    bar, changes, _ = _bar(qtbot)
    bar.fill(CHOICES)
    bar.set_filters(resource_id="r1")
    changes.clear()
    bar.fill({**CHOICES, "resources": [("r1", "Talk (1)")]})
    assert bar.resource_combo.currentData() == "r1" and bar.resource_combo.currentText() == "Talk (1)"
    assert changes == []  # blocked while refilling; nothing vanished
    bar.fill({**CHOICES, "resources": [("r2", "Paper (1)")]})
    assert bar.resource_combo.currentData() is None and changes == ["x"]
