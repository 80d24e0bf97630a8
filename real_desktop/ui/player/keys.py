"""The player's keyboard shortcuts and the click gestures on the picture."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from real_desktop.ui.player.speech import say_position

if TYPE_CHECKING:
    from PySide6.QtGui import QShortcut

    from real_desktop.ui.player.view import PlayerView


# Every key the player handles, as (action id, key): each must be one of its spec's keys
# in ui/actions/catalog.py, which is what the Help → Keyboard shortcuts table shows
# (tests/ui/test_actions.py checks both ways).
PLAYER_KEYS: tuple[tuple[str, str], ...] = (
    ("player.play_pause", "Space"),
    ("player.play_pause", "K"),
    ("player.back_10", "J"),
    ("player.forward_10", "L"),
    ("player.back_5", "Left"),
    ("player.forward_5", "Right"),
    ("player.volume_up", "Up"),
    ("player.volume_down", "Down"),
    ("player.full_screen", "F"),
    ("player.leave_full_screen", "Escape"),
    ("player.mute", "M"),
    ("player.captions", "C"),
    ("player.add_note", "N"),
    ("player.find", "Ctrl+F"),  # Ctrl+F: the window's Ctrl+F steps aside in viewers
    ("player.say_position", "T"),
)


def escape(view: PlayerView) -> None:
    """Esc: the first one leaves full screen; then it clears the transcript's find field
    if it is being typed in; otherwise it leaves the player (`backRequested`)."""
    find = view.transcript.find_edit
    if view.is_full_screen():
        view.leave_full_screen()
    elif find.hasFocus() and find.text():
        find.clear()
    else:
        view.backRequested.emit()


def bind_player_keys(view: PlayerView) -> dict[str, QShortcut]:
    """The player's shortcuts, one per key (by key), parented to the view; each is a
    registered action (catalog "player.*")."""
    handlers: dict[str, Callable[[], None]] = {
        "player.play_pause": view.toggle,
        "player.back_10": lambda: view.skip(-10),
        "player.forward_10": lambda: view.skip(10),
        "player.back_5": lambda: view.skip(-5),
        "player.forward_5": lambda: view.skip(5),
        "player.volume_up": lambda: view.set_volume(view.volume() + 5),
        "player.volume_down": lambda: view.set_volume(view.volume() - 5),
        "player.full_screen": view.toggle_full_screen,
        "player.leave_full_screen": lambda: escape(view),
        "player.mute": lambda: view.set_muted(not view.is_muted()),
        "player.captions": lambda: view.set_captions_visible(not view.cc_button.isChecked()),
        "player.add_note": view.request_note,
        "player.find": view.transcript.focus_find,
        "player.say_position": lambda: say_position(view),
    }
    shortcuts: dict[str, QShortcut] = {}
    for action_id, key in PLAYER_KEYS:
        # Only while focus is in the player; the find field keeps its typing keys
        # because QLineEdit claims printable keys and arrows before shortcuts.
        shortcuts[key] = view.registry.shortcut(
            action_id,
            view,
            handlers[action_id],
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            only=key,
        )
    return shortcuts


class ClickGestures(QObject):
    """The usual player gestures on the picture (VLC's own mouse input is off): a click
    plays or pauses, a double-click (which is not also a click) toggles full screen.
    Install it as the video widget's event filter; `active` says whether anything is open."""

    def __init__(
        self,
        active: Callable[[], bool],
        on_click: Callable[[], None],
        on_double_click: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.active, self.on_double_click = active, on_double_click
        self._double_clicked_at = 0.0
        self._click_timer = QTimer(self)
        self._click_timer.setSingleShot(True)
        self._click_timer.setInterval(QApplication.doubleClickInterval())
        self._click_timer.timeout.connect(on_click)

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if self.active():
            if ev.type() == QEvent.Type.MouseButtonDblClick:
                self._click_timer.stop()
                self._double_clicked_at = time.monotonic()
                self.on_double_click()
                return True
            if ev.type() == QEvent.Type.MouseButtonRelease:
                since = time.monotonic() - self._double_clicked_at
                if since * 1000 > QApplication.doubleClickInterval():  # not the end of one
                    self._click_timer.start()  # a double-click cancels it
                return True
        return super().eventFilter(obj, ev)
