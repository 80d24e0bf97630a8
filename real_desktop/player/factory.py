"""Choose a backend: VLC when libvlc loads, otherwise Qt Multimedia with a notice."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QObject

from real_desktop.player.base import Player

log = logging.getLogger(__name__)


def vlc_available() -> bool:
    try:
        from real_desktop.player.vlc_backend import load_vlc

        load_vlc()
    except Exception as exc:
        log.info("VLC backend unavailable: %s", exc)
        return False
    return True


def create_player(parent: QObject | None = None, prefer: str = "vlc") -> tuple[Player, str | None]:
    """A ready Player and a one-line notice for the window (None when all is well).

    REAL_DESKTOP_PLAYER=qt|vlc forces a backend (tests). The exception from a missing
    libvlc is logged, never shown: the user only learns which backend is in use.
    """
    forced = os.environ.get("REAL_DESKTOP_PLAYER", "").strip().lower()
    choice = forced if forced in ("qt", "vlc") else prefer
    if choice == "vlc":
        if vlc_available():
            from real_desktop.player.vlc_backend import VlcPlayer

            return VlcPlayer(parent), None
        notice: str | None = QCoreApplication.translate(
            "create_player", "Using Qt Multimedia: VLC was not found"
        )
    else:
        notice = None
    from real_desktop.player.qt_backend import QtPlayer

    return QtPlayer(parent), notice
