"""Runs a public terminal: welcome screen → a visitor's session → End session (or the
idle countdown) → everything erased → welcome screen again; and the admin unlock.

One application-wide event filter does the window-independent parts: any input restarts
the idle timer (and cancels a countdown), drag and drop is refused everywhere, the keys
that close windows (Ctrl+Q, Ctrl+W, Alt+F4, Ctrl+F4) are consumed, and a close request
for the welcome screen or the visitor's window (the window manager's close button,
Alt+F4 handled by it, the system) is refused. Everything the visitor may do runs through
the action registry with the kiosk policy (core/policy.kiosk_policy).

Each session gets a fresh in-memory copy of the library (core/kiosk/session.py), settings
that are never written (AppSettings(in_memory=True)) and a new window; ending it closes
the window (stopping playback, closing viewers), destroys the copy and empties the
clipboard, so no widget state, undo stack or cache survives into the next session.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QSizePolicy, QToolBar, QWidget

from real_desktop.core.kiosk import handout
from real_desktop.core.kiosk.config import KioskConfig
from real_desktop.core.kiosk.pin import PinGuard
from real_desktop.core.kiosk.session import SessionStore
from real_desktop.core.policy import Action
from real_desktop.ui import guarded, i18n
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.kiosk.dialogs import EndSessionDialog, UnlockDialog
from real_desktop.ui.kiosk.inbox import TerminalInbox
from real_desktop.ui.kiosk.screens import IdleCountdown, WelcomeScreen
from real_desktop.ui.main_window import MainWindow
from real_desktop.ui.settings import AppSettings
from real_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from real_desktop.core.library import Library

COUNTDOWN_SECONDS = 30
ADMIN_CHORD = "Ctrl+Alt+Shift+A"  # = the "kiosk.admin" spec's key (README documents it)

_T = QEvent.Type
_INPUT = frozenset({_T.KeyPress, _T.MouseButtonPress, _T.MouseButtonDblClick, _T.Wheel,
                    _T.TouchBegin, _T.TabletPress})  # fmt: skip
_DRAG = frozenset({_T.DragEnter, _T.DragMove, _T.Drop})
_KEYS = frozenset({_T.KeyPress, _T.ShortcutOverride})
_M = Qt.KeyboardModifier
_WAYS_OUT = frozenset({
    (Qt.Key.Key_Q, _M.ControlModifier), (Qt.Key.Key_W, _M.ControlModifier),
    (Qt.Key.Key_W, _M.ControlModifier | _M.ShiftModifier), (Qt.Key.Key_F4, _M.AltModifier),
    (Qt.Key.Key_F4, _M.ControlModifier),
})  # fmt: skip
_MODS = _M.ControlModifier | _M.AltModifier | _M.ShiftModifier | _M.MetaModifier


class KioskController(QObject):
    sessionStarted = Signal()
    sessionEnded = Signal()
    adminOpened = Signal()

    def __init__(
        self,
        app: QApplication,
        config: KioskConfig,
        home: Path,
        tasks: TaskRunner,
        *,
        settings_path: Path | None = None,
        unlock_state: Path | None = None,
        player_factory: Callable[..., Any] | None = None,
    ) -> None:
        super().__init__(app)
        self.app, self.config, self.home, self.tasks = app, config, Path(home), tasks
        self.policy = config.policy()
        self.settings_path = settings_path or self.home / "settings.ini"
        self.unlock_state = unlock_state or self.home / "kiosk-unlock.json"
        self.player_factory = player_factory
        self.session = SessionStore(self.home)
        self.inbox = TerminalInbox(self.home, tasks, lambda: self.admin_window is not None, self)
        self.registry = ActionRegistry(self.policy, parent=self)  # welcome screen, dialogs
        self.window: MainWindow | None = None  # the visitor's
        self.admin_window: MainWindow | None = None
        self.admin_library: Any = None
        self.countdown: IdleCountdown | None = None
        self.dialog: QDialog | None = None
        self.countdown_seconds = COUNTDOWN_SECONDS
        self._left = 0
        self._closing = False
        self._unwinding = 0
        self._opening = False
        self._before: dict[str, str] = {}  # the library's own notes (not the visitor's)
        self._shut = False
        self._last_pos = QPoint()
        # Each visitor starts in the configured language (issue 15); "choose" starts in the
        # system's and the welcome screen offers the other.
        self.language = "system" if config.language == "choose" else config.language
        i18n.use(app, self.language)
        self.welcome = self._make_welcome()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(config.idle_minutes * 60_000)
        self.idle.timeout.connect(self._idle_elapsed)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._count_down)
        app.setQuitOnLastWindowClosed(False)
        app.installEventFilter(self)

    # -- the application-wide filter ---------------------------------------------------------
    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        t = e.type()
        if t in _INPUT or (t == _T.MouseMove and self._moved(e)):
            self._activity()
        if self.admin_window is not None:
            if t == _T.Close and obj is self.admin_window:
                QTimer.singleShot(0, self._admin_closed)
            return False  # the admin has the whole desktop app
        if t in _DRAG:
            e.ignore()  # nothing is dropped anywhere: no import, no file into a note
            return True
        if t in _KEYS and isinstance(e, QKeyEvent):
            mods = e.modifiers() & _MODS
            if (e.key(), mods) in _WAYS_OUT:  # ints and IntEnums hash alike
                e.accept()
                return True
        if t == _T.Close and not self._closing and obj in (self.welcome, self.window):
            e.ignore()
            return True
        return False

    def _moved(self, e: QEvent) -> bool:
        pos = e.globalPosition().toPoint()  # type: ignore[attr-defined]
        moved = pos != self._last_pos
        self._last_pos = pos
        return moved

    # -- sessions ------------------------------------------------------------------------------
    def _make_welcome(self) -> WelcomeScreen:
        welcome = WelcomeScreen(self.registry, choose_language=self.config.language == "choose")
        welcome.started.connect(self.start_session)
        welcome.languageChosen.connect(self.choose_language)
        self.registry.shortcut("kiosk.admin", welcome, self.unlock)
        return welcome

    def choose_language(self, code: str) -> None:
        """The visitor's language for this session: the welcome screen is made again in it
        (its texts are set once), and the session's window will be too."""
        if self.window is not None or self._opening:
            return
        i18n.use(self.app, code)
        self._replace_welcome()

    def _replace_welcome(self) -> None:
        old, shown = self.welcome, self.welcome.isVisible()
        self.welcome = self._make_welcome()
        if shown:
            self.show_welcome()
        old.hide()
        old.deleteLater()

    def show_welcome(self) -> None:
        self.welcome.showFullScreen()
        self.welcome.raise_()
        self.welcome.activateWindow()
        self.welcome.setFocus()

    @property
    def in_session(self) -> bool:
        return self.window is not None

    def start_session(self) -> None:
        """Copy the library for this visitor (on a worker: a large library takes a second
        or two; the welcome screen says so meanwhile), then show it."""
        if self.window is not None or self.admin_window is not None or self._opening:
            return
        self._opening = True
        self.welcome.show_problem("")
        self.welcome.set_busy(True)
        self.tasks.submit(self._open_session, on_done=self._session_ready,
                          on_error=self._session_failed)  # fmt: skip

    def _open_session(self) -> Library:  # worker thread
        library = self.session.open()
        from real_desktop.core.notes import NoteStore

        self._before = handout.snapshot(NoteStore(library))
        return library

    def _session_failed(self, exc: BaseException) -> None:
        self._opening = False
        self.welcome.set_busy(False)
        print(f"real-desktop: kiosk session could not start: {exc}", file=sys.stderr)
        self.welcome.show_problem(
            self.tr("The library cannot be opened right now. Please ask a member of staff.")
        )

    def _session_ready(self, library: Library) -> None:
        self._opening = False
        if self.admin_window is not None or self._shut:  # unlocked or quit meanwhile
            self.session.end()
            return
        registry = ActionRegistry(self.policy)
        w = MainWindow(library, self.tasks, AppSettings(self.settings_path, in_memory=True),
                       registry=registry, data_folder=self.home,
                       player_factory=self.player_factory)  # fmt: skip
        registry.setParent(w)
        self._add_controls(w, registry)
        self.countdown = IdleCountdown(registry, w)
        self.countdown.stillHere.connect(self._activity)
        self.window = w
        w.showFullScreen()
        w.activateWindow()
        self.welcome.hide()
        self.welcome.set_busy(False)
        w.search_field.setFocus()
        self.idle.start()
        self.sessionStarted.emit()

    def _add_controls(self, w: MainWindow, registry: ActionRegistry) -> None:
        """The End session button at the toolbar's end, its key and the admin chord."""
        bar = w.findChild(QToolBar, "main-toolbar")
        end = QPushButton()
        end.setObjectName("kiosk-end-session")
        registry.button("kiosk.end_session", end, self.request_end, text=True)
        end.setToolTip(self.tr("End your session (Ctrl+Shift+Q): your notes are erased"))
        end.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        f = end.font()
        f.setBold(True)  # the way out a visitor has: easy to see
        end.setFont(f)
        if bar is not None:
            spacer = QWidget()
            spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            bar.addWidget(spacer)
            bar.addWidget(end)
        else:
            w.statusBar().addPermanentWidget(end)
        self.end_button = end
        registry.shortcut("kiosk.end_session", w, self.request_end)
        registry.shortcut("kiosk.admin", w, self.unlock)
        for menu_action in w.menuBar().actions():  # a menu left with nothing in it goes too
            menu = menu_action.menu()
            if menu is not None and not any(
                a.isVisible() and not a.isSeparator() for a in menu.actions()
            ):
                menu_action.setVisible(False)

    def visitor_notes(self) -> list[Any]:
        """The notes this visitor wrote or changed (not those the library came with)."""
        if self.window is None:
            return []
        return handout.visitor_notes(self.window.notes, self._before)

    def note_count(self) -> int:
        return len(self.visitor_notes())

    def request_end(self) -> None:
        """Ask first (Enter confirms); offer print / save to a drive if allowed."""
        w = self.window
        if w is None or self.dialog is not None:
            return
        panel = w.nav.built_notes_panel()
        if panel is not None:
            panel.flush()  # what was typed in the last second is in the notes to keep
        drives = handout.drives() if self.policy.allows(Action.SAVE_TO_DRIVE) else []
        mine = self.visitor_notes()
        dialog = EndSessionDialog(w.registry, len(mine), drives, self._print_notes,
                                  lambda root: handout.save_to_drive(w.notes, root, mine), w)  # fmt: skip
        self._open_dialog(dialog, lambda: self.end_session())

    def _print_notes(self) -> str | None:
        from PySide6.QtGui import QTextDocument

        w = self.window
        if w is None:
            return None
        notes = self.visitor_notes()
        doc = QTextDocument()
        doc.setHtml(w.notes.to_html(notes, title=self.tr("My notes from REAL Desktop")))
        return guarded.print_direct(w.registry.live_policy, doc.print_)

    def _open_dialog(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                QTimer.singleShot(0, accepted)

        dialog.finished.connect(finished)
        dialog.open()

    def _close_transients(self) -> bool:
        """Close what would hide the countdown or still run when the window goes: our
        dialog, a modal dialog or a menu of the window's own (they run nested event loops:
        the caller must let them unwind first), the player's full screen. True if any was
        open."""
        found = False
        if self.dialog is not None:
            d, self.dialog = self.dialog, None
            d.reject()
            found = True
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            found = True
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            modal.reject()
            found = True
        w = self.window or self.admin_window
        viewer = w.current_viewer if w is not None else None
        if viewer is not None and getattr(viewer, "is_full_screen", lambda: False)():
            viewer.leave_full_screen()  # type: ignore[attr-defined]
        return found

    def end_session(self) -> None:
        """Stop playback, close the viewers and the window, erase the session, welcome."""
        self.idle.stop()
        self.tick.stop()
        if self._close_transients() and self._unwinding < 20:
            # A dialog's or menu's nested event loop returns once this handler does; the
            # window may only go after that.
            self._unwinding += 1
            QTimer.singleShot(0, self.end_session)
            return
        self._unwinding = 0
        if self.admin_window is not None:
            self._close_admin()
            return
        w, self.window = self.window, None
        if w is None:
            return
        if i18n.language() != i18n.resolve(self.language):  # the next visitor's language
            i18n.use(self.app, self.language)
            self._replace_welcome()
        self.show_welcome()  # first, so the desktop never shows between the two
        viewer = w.current_viewer
        if viewer is not None:
            viewer.close_resource()
        self._closing = True
        try:
            w.close()
        finally:
            self._closing = False
        w.deleteLater()
        self.countdown = None
        self.session.end()
        guarded.clear_clipboard()
        self.sessionEnded.emit()

    # -- idle --------------------------------------------------------------------------------------
    def _activity(self) -> None:
        if self.tick.isActive():
            self.tick.stop()
            overlay = self._overlay()
            if overlay is not None:
                overlay.hide()
        if self.window is not None or self.admin_window is not None:
            self.idle.start()

    def _overlay(self) -> IdleCountdown | None:
        return self.countdown

    def _playing(self) -> bool:
        w = self.window or self.admin_window
        player = getattr(w.current_viewer, "player", None) if w is not None else None
        return player is not None and player.state() == "playing"

    def _idle_elapsed(self) -> None:
        if self._playing():  # watching a talk is not being away
            self.idle.start()
            return
        self._close_transients()  # the countdown must be seen: nothing over it
        self._left = self.countdown_seconds
        overlay = self._overlay()
        if overlay is not None:
            overlay.show_seconds(self._left)
        self.tick.start()

    def _count_down(self) -> None:
        self._left -= 1
        overlay = self._overlay()
        if self._left <= 0:
            self.tick.stop()
            self.end_session()
        elif overlay is not None:
            overlay.show_seconds(self._left)

    # -- the admin unlock ------------------------------------------------------------------------
    def unlock(self) -> None:
        if self.dialog is not None or not self.config.pin_hash:
            return
        guard = PinGuard(self.config.pin_hash, self.unlock_state)
        parent = self.window or self.welcome
        dialog = UnlockDialog(self.registry, guard, parent)
        self._open_dialog(dialog, lambda: self._unlocked(dialog.choice))

    def _unlocked(self, choice: str) -> None:
        self.end_session()  # whatever a visitor left is erased before the admin comes in
        if choice == "leave":
            self.app.exit(0)
        elif choice == "admin":
            self.open_admin()

    def open_admin(self) -> None:
        """The desktop app over the real library (import, packs, settings). Quit, closing
        it or the idle timeout bring the welcome screen back."""
        from real_desktop.core.library import Library
        from real_desktop.core.policy import DESKTOP

        self.admin_library = Library.open(self.home)
        w = MainWindow(self.admin_library, self.tasks, AppSettings(self.settings_path),
                       policy=DESKTOP, data_folder=self.home,
                       player_factory=self.player_factory)  # fmt: skip
        self.admin_window = w
        self.countdown = IdleCountdown(w.registry, w)
        self.countdown.stillHere.connect(self._activity)
        w.setWindowTitle(self.tr("Administrator"))  # Qt adds " — REAL Desktop"
        w.showMaximized()
        w.activateWindow()
        self.welcome.hide()
        self.idle.start()
        self.adminOpened.emit()

    def _close_admin(self) -> None:
        w = self.admin_window
        if w is not None:
            w.close()  # the filter sees the close and calls _admin_closed

    def _admin_closed(self) -> None:
        w, self.admin_window = self.admin_window, None
        if w is None:
            return
        self.idle.stop()
        self.tick.stop()
        w.deleteLater()
        self.countdown = None
        if self.admin_library is not None:
            self.admin_library.close()
            self.admin_library = None
        self.show_welcome()

    def shutdown(self) -> None:
        """The app is quitting: erase a session still open."""
        self._shut = True
        self.inbox.stop()
        self.app.removeEventFilter(self)
        if self.window is not None:
            self.end_session()
        if self.admin_window is not None:
            self._admin_closed()
        self.session.end()  # one still being copied when the app quit
        self.welcome.close()
