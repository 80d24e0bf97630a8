"""What the player says to a screen reader (issue 15): "Playing" / "Paused" when that
changes, and, on its key (`player.say_position`, T), the position in words: "12 minutes
5 seconds of 40 minutes". Sent with `ui/announce.py`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from real_desktop.ui.announce import Repeats, announce

if TYPE_CHECKING:
    from real_desktop.ui.player.view import PlayerView


class PlayerSpeech(QObject):
    """The spoken units' plurals. pyside6-lupdate records a plural (%n) only from a tr()
    call with a variable count inside a class (see ui/packs/common.Packs)."""

    def hours(self, n: int) -> str:
        return self.tr("%n hour(s)", "", n)

    def minutes(self, n: int) -> str:
        return self.tr("%n minute(s)", "", n)

    def seconds(self, n: int) -> str:
        return self.tr("%n second(s)", "", n)


_UNITS = PlayerSpeech()


def spoken_time(seconds: float) -> str:
    """Whole seconds in words: "1 hour 2 minutes", "12 minutes 5 seconds", "0 seconds"."""
    total = max(0, int(seconds))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    parts = []
    if h:
        parts.append(_UNITS.hours(h))
    if m:
        parts.append(_UNITS.minutes(m))
    if s or not parts:
        parts.append(_UNITS.seconds(s))
    return " ".join(parts)


def position_text(position: float, duration: float) -> str:
    if duration <= 0:
        return spoken_time(position)
    return QCoreApplication.translate("PlayerSpeech", "{0} of {1}").format(spoken_time(position), spoken_time(duration))


def say_position(view: PlayerView) -> None:
    player = view.player
    duration = player.duration() if player is not None else 0.0
    if duration <= 0 and view.resource is not None:  # before the engine knows it
        duration = view.resource.duration or 0.0
    announce(view, position_text(view.position(), duration))


class StateSpeech:
    """Says "Playing" / "Paused" when the state really changes (not for every report)."""

    def __init__(self, view: PlayerView) -> None:
        self._said = Repeats(view)

    def state(self, state: str) -> None:
        text = {
            "playing": QCoreApplication.translate("PlayerSpeech", "Playing"),
            "paused": QCoreApplication.translate("PlayerSpeech", "Paused"),
        }.get(state)
        if text is None:
            self._said.reset()  # stopped / ended: the next play is news again
        else:
            self._said.say(text)
