"""A visitor's session offscreen: welcome → library → End session or idle → erased.

After a reset, the previous visitor's note is not found by search, and no byte of it is
in any file under the data folder, the settings or the temporary folder."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from real_desktop.core.kiosk.config import KioskConfig
from real_desktop.core.kiosk.pin import hash_pin
from real_desktop.core.models import Location, LocationKind
from real_desktop.ui.kiosk.controller import KioskController
from real_desktop.ui.kiosk.dialogs import EndSessionDialog, UnlockDialog
from real_desktop.ui.tasks import TaskRunner

PHRASE = "quizzical pangolin"
PIN = "2468"


@pytest.fixture(scope="module")
def pin_hash() -> str:
    return hash_pin(PIN)


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's temporary folder, private to the test so it can be read byte by byte."""
    d = tmp_path / "tmp"
    d.mkdir()
    monkeypatch.setenv("TMPDIR", str(d))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return d


@pytest.fixture
def kiosk(
    qapp, library, home: Path, temp_dir: Path, pin_hash: str, monkeypatch
) -> Iterator[KioskController]:
    def opened(*a, **k):
        raise AssertionError("a file dialog was opened in kiosk mode")

    for name in ("getOpenFileName", "getOpenFileNames", "getExistingDirectory", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(opened))
    library.close()  # the kiosk opens its own copies
    tasks = TaskRunner()
    config = KioskConfig(enabled=True, pin_hash=pin_hash, idle_minutes=5)
    c = KioskController(qapp, config, home, tasks)
    c.show_welcome()
    yield c
    c.shutdown()
    tasks.shutdown()


def _files_bytes(*folders: Path) -> bytes:
    return b"".join(p.read_bytes() for f in folders for p in f.rglob("*") if p.is_file())


def _start(qtbot, c: KioskController):
    assert c.welcome.isVisible() and not c.in_session
    QTest.keyClick(c.welcome, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.in_session)  # the library is copied on a worker
    w = c.window
    qtbot.waitUntil(lambda: w.sidebar._loaded and not w.model.loading)
    assert w.isFullScreen() and not c.welcome.isVisible()
    return w


def _write_note(qtbot, w) -> None:
    w.open_resource(w.model.resource(0))
    qtbot.waitUntil(lambda: w.current_viewer is w.document_view)
    note = w.notes.create(w.model.resource(0).id, Location(LocationKind.PAGE, page=1),
                          body=f"My {PHRASE} idea")  # fmt: skip
    assert note is not None
    w.search_field.setText(PHRASE)  # the visitor searches too: history, vocabulary
    qtbot.waitUntil(lambda: w.library.search(PHRASE).hits != [])


def _end_with_enter(qtbot, c: KioskController) -> None:
    w = c.window
    QTest.keyClick(
        w, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: isinstance(c.dialog, EndSessionDialog) and c.dialog.isVisible())
    assert "erased" in " ".join(lbl.text() for lbl in c.dialog.findChildren(type(c.dialog.status)))
    QTest.keyClick(c.dialog, Qt.Key.Key_Return)  # Enter confirms
    qtbot.waitUntil(lambda: not c.in_session and c.welcome.isVisible())


def _nothing_left(c: KioskController, home: Path, temp_dir: Path, qtbot) -> None:
    blob = _files_bytes(home, temp_dir)
    assert PHRASE.encode() not in blob and PHRASE.encode("utf-16-le") not in blob
    assert "pangolin" not in QApplication.clipboard().text()
    w = _start(qtbot, c)  # the next visitor
    assert w.library.search(PHRASE).hits == [] and w.notes.count() == 0
    assert w.library.recently_opened() == []
    assert w.search_field.text() == ""


def test_end_session_erases_the_visitor(
    qtbot, kiosk: KioskController, home: Path, temp_dir: Path
) -> None:
    w = _start(qtbot, kiosk)
    _write_note(qtbot, w)
    QApplication.clipboard().setText(f"copied {PHRASE}")  # e.g. Ctrl+C in the note editor
    assert PHRASE.encode() not in _files_bytes(home, temp_dir)  # not even during the session
    _end_with_enter(qtbot, kiosk)
    _nothing_left(kiosk, home, temp_dir, qtbot)


def test_idle_countdown_any_input_cancels_then_it_resets(
    qtbot, kiosk: KioskController, home, temp_dir
) -> None:
    w = _start(qtbot, kiosk)
    _write_note(qtbot, w)
    kiosk.idle.setInterval(30)
    kiosk.countdown_seconds = 3
    kiosk.tick.setInterval(30)
    kiosk.idle.start()
    qtbot.waitUntil(lambda: kiosk.countdown is not None and kiosk.countdown.isVisible())
    assert "Are you still there?" in kiosk.countdown.accessibleName()
    assert "session ends in" in kiosk.countdown.seconds_label.text()
    kiosk.idle.setInterval(60_000)  # the next wait is long: the cancel must hold
    QTest.keyClick(w.search_field, Qt.Key.Key_Shift)  # any input
    assert not kiosk.countdown.isVisible() and kiosk.in_session and kiosk.idle.isActive()
    kiosk.idle.setInterval(30)
    kiosk.idle.start()
    qtbot.waitUntil(lambda: not kiosk.in_session and kiosk.welcome.isVisible())
    _nothing_left(kiosk, home, temp_dir, qtbot)


def test_the_ways_out_do_nothing(qtbot, kiosk: KioskController, tmp_path: Path) -> None:
    w = _start(qtbot, kiosk)
    assert not w.close() and w.isVisible()  # a close request (window manager, Alt+F4)
    assert not kiosk.welcome.close()
    for key, mods in ((Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)):  # fmt: skip
        QTest.keyClick(w, key, mods)
        assert w.isVisible() and kiosk.in_session
    assert not w.quit_action.isVisible() and not w.add_files_action.isVisible()
    assert not w.settings_action.isVisible() and not w.acceptDrops()
    # Drag and drop of a file anywhere, e.g. onto the search field: refused.
    dropped = tmp_path / "evil.pdf"
    dropped.write_bytes(b"%PDF-1.4")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    mime.setText(str(dropped))  # a line edit would take this (checked below without the kiosk)
    for target in (w, w.search_field, w.centralWidget()):
        enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
        QApplication.sendEvent(target, enter)
        assert not enter.isAccepted()
        drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                          Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
        QApplication.sendEvent(target, drop)
        assert not drop.isAccepted()
    assert w.search_field.text() == "" and w.library.count() == 3
    qapp = QApplication.instance()
    qapp.removeEventFilter(kiosk)  # the same drag without the kiosk's filter is taken
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(w.search_field, enter)
    qapp.installEventFilter(kiosk)
    assert enter.isAccepted()


def test_keep_going_keeps_the_session(qtbot, kiosk: KioskController) -> None:
    w = _start(qtbot, kiosk)
    kiosk.request_end()
    qtbot.waitUntil(lambda: kiosk.dialog is not None and kiosk.dialog.isVisible())
    QTest.keyClick(kiosk.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: kiosk.dialog is None)
    assert kiosk.in_session and kiosk.window is w


def test_admin_unlock_opens_the_admin_tools_then_back_to_welcome(
    qtbot, kiosk: KioskController
) -> None:
    w = _start(qtbot, kiosk)
    _write_note(qtbot, w)
    kiosk.unlock()
    qtbot.waitUntil(lambda: isinstance(kiosk.dialog, UnlockDialog))
    dialog = kiosk.dialog
    dialog.pin.setText("0000")
    dialog.admin.click()
    assert kiosk.dialog is dialog and "Wrong PIN" in dialog.message.text()
    dialog.pin.setText(PIN)
    dialog.admin.click()
    qtbot.waitUntil(lambda: kiosk.admin_window is not None)
    admin = kiosk.admin_window
    assert not kiosk.in_session  # the visitor's session was erased first
    assert admin.add_files_action.isVisible() and admin.settings_action.isVisible()
    assert admin.notes.count() == 0  # the visitor's note never reached the library
    assert admin.close()
    qtbot.waitUntil(lambda: kiosk.admin_window is None and kiosk.welcome.isVisible())


def test_a_session_ends_cleanly_with_a_modal_dialog_open(qtbot, kiosk: KioskController) -> None:
    """The About box runs its own event loop; the idle end comes while it is open."""
    from PySide6.QtCore import QTimer

    w = _start(qtbot, kiosk)
    ended: list[bool] = []
    kiosk.sessionEnded.connect(lambda: ended.append(True))
    QTimer.singleShot(100, kiosk.end_session)  # runs inside the About box's loop
    w.show_about()  # returns once the kiosk has closed the box
    qtbot.waitUntil(lambda: bool(ended))
    assert kiosk.welcome.isVisible() and not kiosk.in_session
    assert QApplication.activeModalWidget() is None


def test_a_missing_library_is_said_on_the_welcome_screen(
    qtbot, kiosk: KioskController, home: Path
) -> None:
    (home / "library.db").rename(home / "library.db.away")
    QTest.keyClick(kiosk.welcome, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.welcome.problem.isVisibleTo(kiosk.welcome))
    assert not kiosk.in_session and kiosk.welcome.isVisible()
    assert "ask a member of staff" in kiosk.welcome.problem.text()
    assert kiosk.welcome.start_button.isEnabled()
    (home / "library.db.away").rename(home / "library.db")
    w = _start(qtbot, kiosk)
    assert w.library.count() == 3 and kiosk.welcome.problem.isHidden()


def test_leave_kiosk_mode_erases_then_quits(qtbot, kiosk: KioskController, monkeypatch) -> None:
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    w = _start(qtbot, kiosk)
    _write_note(qtbot, w)
    QTest.keyClick(w, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: isinstance(kiosk.dialog, UnlockDialog))
    kiosk.dialog.pin.setText(PIN)
    kiosk.dialog.leave.click()
    qtbot.waitUntil(lambda: exits == [0])
    assert not kiosk.in_session and kiosk.admin_window is None
