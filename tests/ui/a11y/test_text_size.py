"""Text size 100 %–200 %: the keys reach 200 %, and at 200 % nothing new is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from real_desktop.ui import theme
from real_desktop.ui.settings import SettingsDialog
from tests.ui.a11y.clipping import clipped
from tests.ui.test_main_window import make_window

DOUBLE = 2 * theme.DEFAULT_TEXT_SIZE



@pytest.fixture(autouse=True)
def _restore(qapp):
    yield
    theme.apply(qapp, "light")


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(50)


def test_the_keys_reach_200_percent_and_back(qtbot, library, runner, settings) -> None:
    w = make_window(qtbot, library, runner, settings)
    try:
        assert theme.MIN_TEXT_SIZE <= theme.DEFAULT_TEXT_SIZE and DOUBLE <= theme.MAX_TEXT_SIZE
        for _ in range(DOUBLE - theme.DEFAULT_TEXT_SIZE):
            w.window_actions["view.bigger"].trigger()
        assert settings.text_size == DOUBLE
        assert QApplication.font().pointSize() == DOUBLE
        assert "200%" in w.statusBar().currentMessage()
        w.window_actions["view.reset_text"].trigger()
        assert QApplication.font().pointSize() == theme.DEFAULT_TEXT_SIZE
    finally:
        w.close()


def test_library_screen_at_200_percent_cuts_nothing_new(qtbot, library, runner, settings) -> None:
    w = make_window(qtbot, library, runner, settings)
    try:
        w.resize(1280, 800)
        settle(qtbot)
        before = clipped(w)
        theme.apply(QApplication.instance(), "light", DOUBLE)
        settle(qtbot)
        after = clipped(w)
        new = {k: v for k, v in after.items() if k not in before}
        assert not new, new
    finally:
        w.close()


def test_settings_dialog_at_200_percent_cuts_nothing_new(qtbot, library, settings) -> None:
    def measure() -> dict[str, str]:
        dialog = SettingsDialog(settings, library=library)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(qtbot)
        found = clipped(dialog)
        dialog.close()
        return found

    before = measure()
    theme.apply(QApplication.instance(), "light", DOUBLE)
    after = measure()
    new = {k: v for k, v in after.items() if k not in before}
    assert not new, new


def test_the_clipping_check_finds_cut_text(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    row = QHBoxLayout(holder)
    label, button = QLabel("A label far too long for its box"), QPushButton("A wide button")
    fits = QLabel("Fits")
    label.setFixedWidth(40)
    button.setFixedWidth(30)
    for w in (label, button, fits):
        row.addWidget(w)
    holder.show()
    found = clipped(holder)
    assert set(found) == {"QLabel::'A label far too long for its box'",
                          "QPushButton::'A wide button'"}, found


def test_sidebar_names_wrap_at_200_percent_instead_of_being_cut(
    qtbot, library, runner, settings
) -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    theme.apply(QApplication.instance(), "light", DOUBLE)
    w = make_window(qtbot, library, runner, settings)
    try:
        w.resize(1280, 800)
        w.splitter.setSizes([250, 700, 330])
        settle(qtbot)
        bar = w.sidebar
        wrapped = 0
        it = QTreeWidgetItemIterator(bar)
        while it.value() is not None:
            item = it.value()
            it += 1
            label = item.data(0, Qt.ItemDataRole.AccessibleTextRole) or item.text(0)
            rect = bar.visualItemRect(item)
            fm = QFontMetrics(item.font(0))
            count = item.data(0, Qt.ItemDataRole.UserRole + 2)
            room = bar.viewport().width() - rect.left() - (fm.horizontalAdvance(f"  {count}") if count is not None else 0)
            need = fm.boundingRect(QRect(0, 0, room - 16, 100_000), int(Qt.TextFlag.TextWordWrap), label)
            assert rect.height() >= need.height(), (label, rect.height(), need.height())
            wrapped += need.height() > fm.height() * 1.5
        assert wrapped >= 2  # "Continue watching/reading", "Recently opened" take two lines
    finally:
        w.close()


def test_a_narrow_field_shortens_its_placeholder_and_keeps_its_name(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QLineEdit

    from real_desktop.ui.placeholder import fit_placeholder

    edit = QLineEdit()
    edit.setAccessibleName("Find in transcript")
    qtbot.addWidget(edit)
    fit_placeholder(edit, "Find in transcript", "Find")
    edit.resize(400, 30)
    edit.show()
    assert edit.placeholderText() == "Find in transcript"
    edit.resize(edit.fontMetrics().horizontalAdvance("Find in") + 10, 30)
    QApplication.processEvents()
    assert edit.placeholderText() == "Find" and edit.accessibleName() == "Find in transcript"
