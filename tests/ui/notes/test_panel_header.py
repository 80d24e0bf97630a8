"""The notes panel's title at a large text size: beside the buttons while it fits, else on
its own line, wrapped onto two and elided meaningfully — never a bare "…"."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from real_desktop.core.library import Library

LONG = "Leadership for Racial Equity: A Guide for Municipal Elected Officials and Staff"


def _at_24pt(panel: Any) -> None:
    f = panel.font()
    f.setPointSize(24)
    panel.setFont(f)
    QApplication.processEvents()


def test_a_long_title_goes_on_its_own_lines_with_the_whole_title_in_the_tooltip(
    panel: Any, library: Library
) -> None:
    _at_24pt(panel)
    r = library.resources()[0]
    library.edit([r.id], title=LONG)
    panel.set_resource(library.get(r.id))
    QApplication.processEvents()
    h = panel.header
    assert h.stacked
    lines = panel.title.text().split("\n")
    assert len(lines) == 2 and lines[0].startswith("Leadership for"), lines
    assert lines[1].endswith("…") and panel.title.toolTip() == LONG
    assert panel.title.accessibleName() == f"Notes · {LONG}"
    fm = panel.title.fontMetrics()
    assert all(fm.horizontalAdvance(line) <= panel.title.width() for line in lines)
    assert panel.title.geometry().bottom() < panel.add_button.geometry().top()  # above the buttons
    assert panel.add_button.geometry().right() <= panel.width()


def test_a_short_title_stays_beside_the_buttons(panel: Any, library: Library) -> None:
    r = library.resources()[0]
    library.edit([r.id], title="Guide")
    panel.set_resource(library.get(r.id))
    QApplication.processEvents()
    assert not panel.header.stacked and panel.title.text() == "Notes · Guide"
    assert panel.title.geometry().center().y() == panel.add_button.geometry().center().y() or (
        abs(panel.title.geometry().center().y() - panel.add_button.geometry().center().y()) <= 2
    )
    panel.resize(200, 640)  # narrower: now it goes above, and back when there is room
    QApplication.processEvents()
    assert panel.header.stacked and "…" not in panel.title.text()
    panel.resize(380, 640)
    QApplication.processEvents()
    assert not panel.header.stacked
