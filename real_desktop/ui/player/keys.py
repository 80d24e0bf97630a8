"""The player's keyboard shortcuts and the click gestures on the picture."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QShortcut

    from real_desktop.ui.player.view import PlayerView


def bind_player_keys(view: PlayerView) -> dict[str, QShortcut]:
    """The player's shortcuts, one per key (by key), parented to the view; each is a
    registered action (catalog "player.*")."""
    shortcuts: dict[str, QShortcut] = {}
    bindings: list[tuple[str, str, Callable[[], None]]] = [
        ("player.play_pause", "Space", view.toggle),
        ("player.play_pause", "K", view.toggle),
        ("player.back_10", "J", lambda: view.skip(-10)),
        ("player.forward_10", "L", lambda: view.skip(10)),
        ("player.back_5", "Left", lambda: view.skip(-5)),
        ("player.forward_5", "Right", lambda: view.skip(5)),
        ("player.volume_up", "Up", lambda: view.set_volume(view.volume() + 5)),
        ("player.volume_down", "Down", lambda: view.set_volume(view.volume() - 5)),
        ("player.full_screen", "F", view.toggle_full_screen),
        ("player.leave_full_screen", "Escape", view.leave_full_screen),
        ("player.mute", "M", lambda: view.set_muted(not view.is_muted())),
        ("player.captions", "C", lambda: view.set_captions_visible(not view.cc_button.isChecked())),
        ("player.add_note", "N", view.request_note),
    ]
    for action_id, key, fn in bindings:
        # Only while focus is in the player; the find field keeps its typing keys
        # because QLineEdit claims printable keys and arrows before shortcuts.
        shortcuts[key] = view.registry.shortcut(
            action_id, view, fn, context=Qt.ShortcutContext.WidgetWithChildrenShortcut, only=key
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
