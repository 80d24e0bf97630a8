"""The whole window on a real library: search → open → right page, state, drops, keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPalette
from PySide6.QtWidgets import QApplication

from real_desktop.core.models import Kind, LocationKind, Outcome, Status
from real_desktop.core.policy import Action, Policy
from real_desktop.ui import theme
from real_desktop.ui.library.browser import GRID, LIST
from real_desktop.ui.main_window import MainWindow
from real_desktop.ui.settings import AppSettings


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
    # (Not the bare minimum: a quarter of that would be under the sidebar's own minimum,
    # which a restored splitter then enforces.)
    width = min(screen.width() - 10, max(w.minimumSizeHint().width() + 20, 760))
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
    good = make_pdf(
        tmp_path / "drop" / "dropped.pdf", ["A dropped guide about trust."], "Dropped Guide"
    )
    bad = tmp_path / "drop" / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(bad))])
    finished = []
    w.importer.finished.connect(finished.append)
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    w.dropEvent(event)
    qtbot.waitUntil(lambda: bool(finished), timeout=30000)
    summary = finished[0]
    assert summary.count(Outcome.ADDED) == 1
    failed = summary.of(Outcome.FAILED)
    assert [Path(f.path).name for f in failed] == ["broken.pdf"] and failed[0].reason
    assert bad.read_bytes().startswith(b"%PDF-1.4")  # the bad file is untouched
    # The window refreshes itself: the new document is listed and counted.
    qtbot.waitUntil(
        lambda: "Dropped Guide" in [w.model.resource(i).title for i in range(w.model.rowCount())]
    )
    # The broken file is recorded as a failure, not counted as a document.
    qtbot.waitUntil(lambda: w.sidebar.counts.total == 1 and w.sidebar.counts.failed == 1)
    assert empty_library.count(kind=Kind.DOCUMENT, exclude_status=Status.FAILED) == 1
    assert w.counts_label.text() == "1 document · 0 videos · 1 could not be read"
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


def test_kiosk_policy_hides_import_and_refuses_drops(
    qtbot, library, runner, settings, tmp_path, make_pdf
) -> None:
    kiosk = Policy("kiosk", frozenset({Action.IMPORT, Action.SETTINGS, Action.FILE_DIALOG}))
    w = make_window(qtbot, library, runner, settings, policy=kiosk)
    assert not w.add_files_action.isVisible() and not w.add_files_action.isEnabled()
    assert not w.settings_action.isEnabled() and not w.acceptDrops()
    pdf = make_pdf(tmp_path / "k" / "k.pdf", ["kiosk"], "Kiosk")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    w.dropEvent(
        QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
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
    assert not window.right.isVisible()  # the notes list previews notes itself
    window.back()
    assert window.center.currentWidget() is window.browse_stack
    assert window.right.isVisible()
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


def test_details_follow_the_current_search_result(qtbot, window: MainWindow) -> None:
    window.browser.grid.setCurrentIndex(window.model.index(0, 0))
    browsing = window.details.resource
    window.search.set_query("youth", immediate=True)
    qtbot.waitUntil(
        lambda: (
            window.details.resource is not None
            and window.details.resource.title == "Youth Development Notes"
        )
    )
    window.search.field.clear()  # leaving search shows the browser's selection again
    assert window.details.resource == browsing


def test_viewer_keys_win_inside_a_viewer(qtbot, window: MainWindow, settings) -> None:
    """Ctrl+F finds in the document and Ctrl+= zooms it, instead of being ambiguous."""
    window.open_resource(window.model.resource(0))
    qtbot.waitUntil(lambda: window.center.currentWidget() is window.document_view)
    pdf = window.document_view.pdf
    pdf.view.setFocus()
    size = settings.text_size
    qtbot.keyClick(pdf.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pdf.find_bar.isVisible()
    assert not window.search.field.hasFocus()
    pdf.view.setFocus()
    zoom = pdf._effective_zoom()
    qtbot.keyClick(pdf.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert settings.text_size == size
    assert pdf._effective_zoom() > zoom
    window.back()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.field.hasFocus()  # back in the library, Ctrl+F is search again


def test_drag_enter_accepts_files_only(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtGui import QDragEnterEvent

    def enter(mime: QMimeData) -> bool:
        # QDragEnterEvent takes an integer QPoint (QDropEvent takes QPointF).
        ev = QDragEnterEvent(
            QPoint(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        ev.setAccepted(False)
        window.dragEnterEvent(ev)
        return ev.isAccepted()

    text_only = QMimeData()
    text_only.setText("just words")
    assert not enter(text_only)
    f = tmp_path / "a.txt"
    f.write_text("hello")
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(f))])
    assert enter(files)


def test_tab_moves_from_search_to_sections_to_items(qtbot, window: MainWindow) -> None:
    window.search.field.setFocus()
    qtbot.keyClick(window.search.field, Qt.Key.Key_Tab)
    assert window.sidebar.hasFocus()
    for _ in range(8):  # sort box, order, grid/list buttons, then the items
        if window.browser.grid.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.browser.grid.hasFocus()


def test_settings_dialog_applies_theme_and_explains_restart(
    qtbot, window: MainWindow, settings, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from real_desktop.ui.settings import SettingsDialog

    def choose(dialog: SettingsDialog) -> int:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.location.setText(str(tmp_path / "moved"))
        dialog.accept()
        return dialog.result()

    told = []
    monkeypatch.setattr(SettingsDialog, "exec", choose)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    window.settings_action.trigger()
    assert settings.theme == "dark" and window.theme_actions["dark"].isChecked()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert settings.library_location == tmp_path / "moved"
    assert told and "next time" in told[0]


def make_talk(folder: Path) -> Path:
    """A real 3-second video with English captions beside it (ffmpeg)."""
    import shutil
    import subprocess

    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.skip("ffmpeg is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    video = folder / "listening-session.mp4"
    subprocess.run(
        [ffmpeg, "-loglevel", "error", "-y", "-f", "lavfi", "-i",
         "testsrc=duration=3:size=160x120:rate=10", "-c:v", "libx264", "-pix_fmt", "yuv420p",
         "-preset", "ultrafast", str(video)],
        check=True, timeout=60,
    )  # fmt: skip
    (folder / "listening-session.en.vtt").write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nWelcome to the session.\n\n"
        "00:00:01.000 --> 00:00:02.000\nEquity starts with listening.\n"
    )
    return video


def test_search_a_caption_opens_the_player_at_that_moment(
    qtbot, empty_library, runner, settings, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("REAL_DESKTOP_PLAYER", "qt")  # plays offscreen without a sound server
    make_talk(tmp_path / "talks")
    empty_library.import_all([tmp_path / "talks"])
    w = make_window(qtbot, empty_library, runner, settings)
    w.search.set_query("listening", immediate=True)
    qtbot.waitUntil(lambda: w.search.model.rowCount() == 1)
    w.search.open_current()
    qtbot.waitUntil(lambda: w.current_viewer is not None, timeout=10000)
    assert w.center.currentWidget() is w.player_view
    assert w.player_view.resource.title
    assert w.current_viewer.current_location().kind is LocationKind.TIME
    # The player is at the hit's moment: its cue is selected in the transcript, and the
    # search words are in the transcript's find field.
    transcript = w.player_view.transcript
    qtbot.waitUntil(lambda: transcript.selected_row() == 1)
    assert "listening" in transcript.model.cue(1).text
    assert transcript.find_edit.text() == "listening"
    assert w.right.currentWidget() is w.notes_panel
    w.back()
    assert w.current_viewer is None and w.center.currentWidget() is w.browse_stack
    w.close()


def test_missing_media_opens_the_player_offering_locate(qtbot, home, runner, settings) -> None:
    from real_desktop.core.library import Library

    lib = Library.open(home)  # the starter library lists recorded talks without their files
    try:
        w = make_window(qtbot, lib, runner, settings)
        missing = lib.resources(status=Status.MISSING)
        assert missing, "the starter library should list talks whose files are not here"
        w.details.set_resource(missing[0])
        assert w.details.open_button.text() == "Locate file…"
        w.details.open_button.click()
        qtbot.waitUntil(lambda: w.current_viewer is w.player_view)
        assert w.player_view.locate_button.isVisible()
        w.close()
    finally:
        lib.close()


def _open_guide(qtbot, window: MainWindow, query: str = "budget"):
    window.search.set_query(query, immediate=True)
    qtbot.waitUntil(lambda: window.search.model.rowCount() >= 1)
    window.search.open_current()
    qtbot.waitUntil(lambda: window.current_viewer is not None)
    return window.document_view


def test_a_hit_in_a_note_opens_the_note_at_its_page(qtbot, window: MainWindow, library) -> None:
    from real_desktop.core.models import Location

    guide = next(r for r in library.resources() if r.title == "Equity Lens Guide")
    note = window.notes.create(
        guide.id, Location(LocationKind.PAGE, page=2), body="Ask about the zebrafish pilot"
    )
    window.search.set_query("zebrafish", immediate=True)
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1)
    window.search.open_current()
    qtbot.waitUntil(lambda: window.current_viewer is not None)
    view = window.document_view
    assert view.resource.id == guide.id
    qtbot.waitUntil(lambda: view.current_location().page == 2)
    panel = window.notes_panel
    qtbot.waitUntil(lambda: panel.current_note() is not None)
    assert panel.current_note().id == note.id
    # The note's page carries a badge in the PDF's page list.
    qtbot.waitUntil(lambda: 1 in view.pdf._markers)
    # The word matched the note, not the PDF: the find bar is not sent looking for it.
    assert view.terms == ()
    assert view.pdf.search_model.searchString() == ""


def test_pause_while_writing_is_remembered(qtbot, library, runner, settings) -> None:
    w = make_window(qtbot, library, runner, settings)
    _open_guide(qtbot, w)
    assert w.notes_panel.pause_while_writing is True  # the default
    w.notes_panel.set_pause_while_writing(False)
    assert settings.pause_while_writing is False
    w.close()
    again = make_window(qtbot, library, runner, AppSettings(settings.path))
    _open_guide(qtbot, again)
    assert again.notes_panel.pause_while_writing is False
    again.close()


def test_closing_the_window_writes_the_note_being_typed(qtbot, window: MainWindow) -> None:
    view = _open_guide(qtbot, window)
    panel = window.notes_panel
    panel.add_note_here()
    qtbot.waitUntil(lambda: panel.editor.editing and panel.editor.note is not None)
    note_id = panel.editor.note.id
    qtbot.keyClicks(panel.editor.body, "typed just before closing")
    assert view.resource is not None
    window.close()  # no wait for the autosave timer
    assert window.notes.get(note_id).body == "typed just before closing"


def test_notes_on_a_video_show_on_its_seek_bar(
    qtbot, empty_library, runner, settings, tmp_path: Path, monkeypatch
) -> None:
    from real_desktop.core.models import Location

    monkeypatch.setenv("REAL_DESKTOP_PLAYER", "qt")
    make_talk(tmp_path / "talks")
    empty_library.import_all([tmp_path / "talks"])
    w = make_window(qtbot, empty_library, runner, settings)
    talk = empty_library.resources()[0]
    w.notes.create(talk.id, Location(LocationKind.TIME, start=1.5), body="Good opener")
    w.open_resource(talk)
    qtbot.waitUntil(lambda: w.current_viewer is w.player_view, timeout=10000)
    bar = w.player_view.seek_bar
    qtbot.waitUntil(lambda: [m[0] for m in bar.markers()] == [1.5])
    w.close()


def test_the_sidebar_steps_aside_while_reading_and_comes_back(qtbot, window: MainWindow) -> None:
    assert window.sidebar.isVisible()
    _open_guide(qtbot, window)
    assert not window.sidebar.isVisible()
    window.back()
    assert window.sidebar.isVisible()


def test_opening_a_hit_moves_the_keys_into_the_viewer(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.field, "budget")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1)
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_viewer is not None)
    view = window.document_view
    assert QApplication.focusWidget() is view.pdf.view  # the pages, not the search field
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert window.search.field.text() == "budget"  # kept for Back, and not typed into
    window.back()
    # Opening from the library moves the keys into the viewer too.
    window.browser.focus_view()
    window.open_resource(window.model.resource(0))
    qtbot.waitUntil(lambda: window.current_viewer is view)
    assert QApplication.focusWidget() is view.pdf.view


def test_player_keys_work_right_after_opening_a_caption_hit(
    qtbot, empty_library, runner, settings, tmp_path: Path, monkeypatch
) -> None:
    # libvlc: its video surface is a bare native window that takes no focus, as in the
    # app (Qt Multimedia's surface happens to grab focus itself and would hide the bug).
    monkeypatch.setenv("REAL_DESKTOP_PLAYER", "vlc")
    make_talk(tmp_path / "talks")
    empty_library.import_all([tmp_path / "talks"])
    w = make_window(qtbot, empty_library, runner, settings)
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(w.search.field, "listening")
    qtbot.waitUntil(lambda: w.search.model.rowCount() == 1)
    qtbot.keyClick(w.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.current_viewer is not None, timeout=10000)
    player = w.player_view
    focus = QApplication.focusWidget()
    assert focus is player or player.isAncestorOf(focus)
    fired: list[str] = []
    for key in ("Space", "K", "J", "L", "Left"):
        player.shortcuts[key].activated.connect(lambda k=key: fired.append(k))
    for key in (Qt.Key.Key_Space, Qt.Key.Key_K, Qt.Key.Key_J, Qt.Key.Key_L, Qt.Key.Key_Left):
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert fired == ["Space", "K", "J", "L", "Left"]
    assert w.search.field.text() == "listening"  # nothing was typed into the query
    w.close()


def _add_unreadable(library, folder: Path, n: int) -> list[Path]:
    """n files that look like PDFs but are not: the core records each as failed."""
    folder.mkdir(parents=True, exist_ok=True)
    junk = []
    for i in range(n):
        p = folder / f"junk-{i}.pdf"
        p.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
        junk.append(p)
    summary = library.import_all([folder])
    assert summary.count(Outcome.FAILED) == n
    assert library.count(status=Status.FAILED) == n  # kept, with a reason, on purpose
    return junk


def test_unreadable_files_are_not_items_but_have_their_own_section(
    qtbot, library, runner, settings, tmp_path: Path
) -> None:
    junk = _add_unreadable(library, tmp_path / "junk", 2)
    w = make_window(qtbot, library, runner, settings)
    qtbot.waitUntil(lambda: w.sidebar.counts.failed == 2)
    c = w.sidebar.counts
    assert c.total == 3 and c.by_kind["document"] == 3  # the three guides only
    assert w.sidebar._find("kind:document").text(0) == "Documents  (3)"
    assert w.sidebar._find("all").text(0) == "All  (3)"
    assert w.counts_label.text() == "3 documents · 0 videos · 2 could not be read"
    titles = [w.model.resource(i).title for i in range(w.model.rowCount())]
    assert len(titles) == 3 and not any("junk" in t for t in titles)
    # Their own section, under Activity, lists them with the reason in the details pane.
    entry = w.sidebar._find("failed")
    assert entry is not None and entry.text(0) == "Could not be read  (2)"
    assert entry.parent().text(0) == "Activity"
    w.sidebar.setCurrentItem(entry)
    qtbot.waitUntil(lambda: w.model.rowCount() == 2 and not w.model.loading)
    assert w.browser.title.text() == "Could not be read"
    w.browser.current_view().setCurrentIndex(w.model.index(0, 0))
    r = w.details.resource
    assert r is not None and r.status is Status.FAILED and r.status_reason
    assert w.details.fields["status"].text() == f"Could not be read — {r.status_reason}"
    assert w.details.remove_button.isVisibleTo(w.details)
    # Removing forgets the entry (never the file); lists and counts follow.
    w.details.remove_button.click()
    qtbot.waitUntil(lambda: w.sidebar.counts.failed == 1)
    assert library.get(r.id) is None and all(p.exists() for p in junk)
    qtbot.waitUntil(lambda: w.model.rowCount() == 1 and not w.model.loading)
    assert w.counts_label.text() == "3 documents · 0 videos · 1 could not be read"
    w.details.set_resource(w.model.resource(0))
    w.details.remove_button.click()
    # None left: the section goes away and the browser falls back to All.
    qtbot.waitUntil(lambda: w.sidebar._find("failed") is None)
    assert w.counts_label.text() == "3 documents · 0 videos"
    qtbot.waitUntil(lambda: w.model.filter.key == "all" and w.model.rowCount() == 3)
    w.close()


def test_removing_is_refused_when_the_policy_denies_it(
    qtbot, library, runner, settings, tmp_path: Path
) -> None:
    _add_unreadable(library, tmp_path / "junk", 1)
    kiosk = Policy("kiosk", frozenset({Action.REMOVE_RESOURCE}))
    w = make_window(qtbot, library, runner, settings, policy=kiosk)
    failed = library.resources(status=Status.FAILED)[0]
    w.details.set_resource(failed)
    assert not w.details.remove_button.isVisibleTo(w.details)
    w.remove_resource(failed)  # e.g. a stray call: the policy is checked again
    runner.wait()
    assert library.get(failed.id) is not None
    w.close()


def test_each_operation_announces_one_library_change(
    qtbot, library, runner, settings, tmp_path: Path, make_pdf
) -> None:
    """Remove, import and notes import each emit LibraryEvents.changed once; the views
    listen to it instead of being refreshed by hand."""
    _add_unreadable(library, tmp_path / "junk", 1)
    w = make_window(qtbot, library, runner, settings)
    changes: list[tuple[str, tuple[str, ...]]] = []
    w.events.changed.connect(lambda kind, ids: changes.append((kind, ids)))
    failed = library.resources(status=Status.FAILED)[0]
    w.details.set_resource(failed)
    w.remove_resource(failed)
    qtbot.waitUntil(lambda: len(changes) == 1)
    assert changes == [("removed", (failed.id,))]
    assert w.details.resource is None  # the pane no longer describes what is gone
    qtbot.waitUntil(lambda: w.sidebar.counts.failed == 0)

    pdf = make_pdf(tmp_path / "more" / "budget.pdf", ["participatory budgeting"], "Budget")
    w.search.set_query("participatory", immediate=True)
    with qtbot.waitSignal(w.importer.finished):
        w.importer.import_paths([pdf])
    qtbot.waitUntil(lambda: len(changes) == 2)
    assert changes[1] == ("imported", ())
    qtbot.waitUntil(lambda: w.sidebar.counts.total == 4 and w.model.rowCount() == 4)
    qtbot.waitUntil(lambda: w.search.model.rowCount() == 1)  # the open search ran again

    export = tmp_path / "notes.json"
    import json

    export.write_text(json.dumps(w.notes.export_json()))  # a real export (of no notes)
    w.notes_view.import_file(export)
    qtbot.waitUntil(lambda: len(changes) == 3)
    assert changes[2][0] == "notes_imported"
    w.close()


def test_changing_the_policy_at_run_time_hides_and_restores_the_window_actions(
    qtbot, window: MainWindow
) -> None:
    kiosk = Policy("kiosk", frozenset({Action.IMPORT, Action.SETTINGS, Action.QUIT}))
    window.registry.set_policy(kiosk)
    assert not window.add_files_action.isVisible() and not window.quit_action.isVisible()
    assert not window.acceptDrops() and window.grid_action.isVisible()
    window.quit_action.trigger()
    assert window.isVisible()
    from real_desktop.core.policy import DESKTOP

    window.registry.set_policy(DESKTOP)
    assert window.add_files_action.isVisible() and window.acceptDrops()


def test_in_a_document_the_search_hint_says_ctrl_f_finds_in_it(qtbot, window: MainWindow):
    field = window.search_field
    assert "Search the library" in field.placeholderText()
    window.open_resource(window.model.resource(0))
    qtbot.waitUntil(lambda: window.current_viewer is window.document_view)
    assert "Ctrl+F finds in this document" in field.placeholderText()
    window.back()
    assert "Ctrl+F finds" not in field.placeholderText()


def test_back_from_a_note_opened_in_the_notes_list_returns_to_the_list(
    qtbot, window: MainWindow, library
) -> None:
    from real_desktop.core.models import Location

    guide = next(r for r in library.resources() if r.title == "Equity Lens Guide")
    note = window.notes.create(guide.id, Location(LocationKind.PAGE, page=2), body="Pilot")
    window.sidebar.setCurrentItem(window.sidebar._find("notes"))  # as a click does
    assert window.center.currentWidget() is window.notes_view
    window.notes_view.openRequested.emit(guide.id, note.location._replace(note_id=note.id))
    qtbot.waitUntil(lambda: window.current_viewer is window.document_view)
    qtbot.keyClick(window.document_view.pdf.view, Qt.Key.Key_Escape)
    assert window.current_viewer is None
    assert window.center.currentWidget() is window.notes_view  # where it was opened from
    assert window.back_action.isEnabled() and window.sidebar.current_key() == "notes"
    window.back()  # and from the list, to the library
    assert window.center.currentWidget() is window.browse_stack
    assert not window.back_action.isEnabled()
