"""The whole window on a real library: search → open → right page, state, drops, keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPalette
from PySide6.QtWidgets import QApplication

from real_desktop.core.models import Kind, LocationKind, Outcome, Status
from real_desktop.core.policy import Action, Policy
from real_desktop.ui import theme
from real_desktop.ui.library.browser import GRID, LIST
from real_desktop.ui.main_window import MainWindow
from real_desktop.ui.settings import AppSettings
from real_desktop.ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.shutdown()


def make_window(qtbot, library, runner, settings, **kwargs) -> MainWindow:
    w = MainWindow(library, runner, settings, **kwargs)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.waitUntil(lambda: w.sidebar._loaded and not w.model.loading)
    return w


@pytest.fixture
def window(qtbot, library, runner, settings) -> MainWindow:
    w = make_window(qtbot, library, runner, settings)
    yield w
    w.close()
    theme.apply(QApplication.instance(), "light")


def test_search_as_you_type_then_open_the_hit_on_its_page(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.field.hasFocus()
    qtbot.keyClicks(window.search.field, "budget")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1)
    assert window.browse_stack.currentWidget() is window.search
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_viewer is not None)
    view = window.document_view
    assert window.center.currentWidget() is view
    assert view.resource.title == "Equity Lens Guide"
    qtbot.waitUntil(lambda: view.current_location().page == 3)
    assert view.current_location().kind is LocationKind.PAGE
    # The searched word is highlighted in the PDF.
    model = view.pdf.search_model
    assert model.searchString().lower() == "budget"
    qtbot.waitUntil(lambda: len(model.resultsOnPage(2)) >= 1)  # 0-based: page 3
    assert window.right.currentWidget() is window.notes_panel
    assert window.notes_panel.resource.id == view.resource.id
    assert window.back_action.isEnabled()


def test_escape_and_alt_left_go_back_to_the_library(qtbot, window: MainWindow) -> None:
    r = window.model.resource(0)
    window.open_resource(r)
    qtbot.waitUntil(lambda: window.center.currentWidget() is window.document_view)
    window.document_view.pdf.view.setFocus()
    qtbot.keyClick(window.document_view.pdf.view, Qt.Key.Key_Escape)
    assert window.center.currentWidget() is window.browse_stack
    assert window.right.currentWidget() is window.details
    assert window.current_viewer is None and not window.back_action.isEnabled()
    window.open_resource(r)
    qtbot.waitUntil(lambda: window.center.currentWidget() is window.document_view)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.center.currentWidget() is window.browse_stack
    # Opening records history: Recently opened lists it.
    window.sidebar.setCurrentItem(window.sidebar._find("recent"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.resource(0).id == r.id


def test_slash_focuses_search_but_types_in_text_fields(qtbot, window: MainWindow) -> None:
    window.browser.focus_view()
    assert window.browser.grid.hasFocus()
    qtbot.keyClick(window.browser.grid, Qt.Key.Key_Slash)
    assert window.search.field.hasFocus() and window.search.field.text() == ""
    qtbot.keyClicks(window.search.field, "a/b")
    assert window.search.field.text() == "a/b"  # "/" inside the field is just a character


def test_grid_list_shortcuts_and_state_restored(qtbot, library, runner, settings) -> None:
    w = make_window(qtbot, library, runner, settings)
    assert w.browser.view_mode == GRID
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.browser.view_mode == LIST and w.list_action.isChecked()
    assert w.browser.stack.currentWidget() is w.browser.table
    w.browser.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    w.sidebar.setCurrentItem(w.sidebar._find("kind:document"))
    # A size the (small) offscreen screen can hold and the window's minimum allows.
    screen = w.screen().availableGeometry()
    width = min(screen.width() - 10, w.minimumSizeHint().width() + 20)
    w.move(0, 0)
    w.resize(width, 555)
    total = sum(w.splitter.sizes())
    w.splitter.setSizes([total // 4, total // 2, total - total // 4 - total // 2])
    sizes = w.splitter.sizes()
    w.close()

    again = make_window(qtbot, library, runner, AppSettings(settings.path))
    assert again.browser.view_mode == LIST and again.list_action.isChecked()
    assert (again.model.sort_key, again.model.descending) == ("title", True)
    assert again.model.filter.key == "kind:document"
    assert again.sidebar.current_key() == "kind:document"
    assert again.browser.title.text() == "Documents"
    assert again.size().width() == width and again.size().height() == 555
    assert again.splitter.sizes() == sizes
    assert again.model.resource(0).title == "Youth Development Notes"
    again.close()


def test_empty_library_says_how_to_start(qtbot, empty_library, runner, settings) -> None:
    w = make_window(qtbot, empty_library, runner, settings)
    assert w.browser.stack.currentWidget() is w.browser.empty
    assert "Your library is empty" in w.browser.empty.text()
    assert w.counts_label.text() == "0 documents · 0 videos"
    w.close()


def test_dropping_files_imports_them_and_reports_the_bad_one(
    qtbot, empty_library, runner, settings, tmp_path: Path, make_pdf
) -> None:
    w = make_window(qtbot, empty_library, runner, settings)
    good = make_pdf(tmp_path / "drop" / "dropped.pdf", ["A dropped guide about trust."], "Dropped Guide")
    bad = tmp_path / "drop" / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(bad))])
    finished = []
    w.importer.finished.connect(finished.append)
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )
    w.dropEvent(event)
    qtbot.waitUntil(lambda: bool(finished), timeout=30000)
    summary = finished[0]
    assert summary.count(Outcome.ADDED) == 1
    failed = summary.of(Outcome.FAILED)
    assert [Path(f.path).name for f in failed] == ["broken.pdf"] and failed[0].reason
    assert bad.read_bytes().startswith(b"%PDF-1.4")  # the bad file is untouched
    # The window refreshes itself: the new document is listed and counted.
    qtbot.waitUntil(lambda: "Dropped Guide" in [w.model.resource(i).title for i in range(w.model.rowCount())])
    qtbot.waitUntil(lambda: w.sidebar.counts.total == empty_library.count() >= 1)
    assert w.counts_label.text().startswith(f"{empty_library.count(kind=Kind.DOCUMENT)} documents")
    if w.importer.summary_dialog is not None:
        assert "broken.pdf" in w.importer.summary_dialog.details_text()
        w.importer.summary_dialog.close()
    w.close()


def test_theme_and_text_size_from_the_view_menu(qtbot, window: MainWindow, settings) -> None:
    app = QApplication.instance()
    window.theme_actions["dark"].trigger()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert settings.theme == "dark"
    before = settings.text_size
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert settings.text_size == before + 1 and app.font().pointSize() == before + 1
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert settings.text_size == before


def test_kiosk_policy_hides_import_and_refuses_drops(qtbot, library, runner, settings, tmp_path, make_pdf) -> None:
    kiosk = Policy("kiosk", frozenset({Action.IMPORT, Action.SETTINGS, Action.FILE_DIALOG}))
    w = make_window(qtbot, library, runner, settings, policy=kiosk)
    assert not w.add_files_action.isVisible() and not w.add_files_action.isEnabled()
    assert not w.settings_action.isEnabled() and not w.acceptDrops()
    pdf = make_pdf(tmp_path / "k" / "k.pdf", ["kiosk"], "Kiosk")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    w.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert not w.importer.running and library.count() == 3
    w.close()


def test_selection_fills_the_details_pane(qtbot, window: MainWindow) -> None:
    window.browser.grid.setCurrentIndex(window.model.index(0, 0))
    r = window.model.resource(0)
    assert window.details.resource == r
    assert window.details.title.text() == r.title
    assert window.details.fields["status"].text() == "Available" and r.status is Status.OK


def test_opening_a_removed_item_says_so(qtbot, window: MainWindow, library) -> None:
    r = window.model.resource(0)
    library.remove(r.id)
    window.open_location(r.id, None)
    qtbot.waitUntil(lambda: "no longer in the library" in window.statusBar().currentMessage())
    assert window.current_viewer is None


def test_notes_section_shows_all_notes(qtbot, window: MainWindow) -> None:
    window.sidebar.setCurrentItem(window.sidebar._find("notes"))
    assert window.center.currentWidget() is window.notes_view
    window.back()
    assert window.center.currentWidget() is window.browse_stack
    assert window.sidebar.current_key() == "all"


def test_shortcut_help_lists_the_keys(qtbot, window: MainWindow, monkeypatch) -> None:
    shown = {}

    def fake_exec(dialog) -> int:  # inspect instead of blocking on a modal dialog
        from PySide6.QtWidgets import QTableWidget

        table = dialog.findChild(QTableWidget)
        shown["keys"] = [table.item(i, 1).text() for i in range(table.rowCount())]
        return 0

    monkeypatch.setattr("PySide6.QtWidgets.QDialog.exec", fake_exec)
    window.shortcuts_action.trigger()
    assert "Ctrl+F, /" in shown["keys"] and "Alt+Left, Esc" in shown["keys"]
