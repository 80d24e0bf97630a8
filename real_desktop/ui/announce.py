"""Screen-reader announcements (issue 15): a message spoken once, wherever focus is.

`announce(source, message)` sends Qt's `QAccessibleAnnouncementEvent` (Qt 6.8+), which the
AT-SPI bridge turns into the `object:announcement` signal Orca speaks. Polite messages
wait for the reader to finish (search counts, progress); assertive ones interrupt (the
kiosk's "session ends in 30 seconds"). Nothing is sent while no assistive technology
listens (`QAccessible.isActive()`), but `spoken()` still reports every message, so the
app's own tests see what would be said; tests/ui/a11y/test_atspi.py hears it through
AT-SPI.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


class _Spoken(QObject):
    said = Signal(object, str)  # source, message


_spoken: _Spoken | None = None


def spoken() -> _Spoken:
    """The one object whose `said(source, message)` follows every announcement."""
    global _spoken
    if _spoken is None:
        _spoken = _Spoken()
    return _spoken


def announce(source: QObject, message: str, *, assertive: bool = False) -> None:
    if not message:
        return
    if QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(source, message)
        P = QAccessible.AnnouncementPoliteness
        event.setPoliteness(P.Assertive if assertive else P.Polite)
        QAccessible.updateAccessibility(event)
    spoken().said.emit(source, message)


class Repeats:
    """Announces a message only when it differs from the last one (search as you type
    repeats the same count; a progress bar moves by less than a step)."""

    def __init__(self, source: QObject) -> None:
        self.source, self.last = source, ""

    def say(self, message: str, *, assertive: bool = False) -> None:
        if message and message != self.last:
            self.last = message
            announce(self.source, message, assertive=assertive)

    def reset(self) -> None:
        self.last = ""


def progress_step(done: int, total: int, step: int = 10) -> int | None:
    """The percentage to announce for `done` of `total`, in steps of `step` (None while
    the total is unknown): a reader hears 10 %, 20 % … rather than every file."""
    if total <= 0:
        return None
    return min(100, (100 * max(0, done) // total) // step * step)


class ProgressSpeech:
    """A progress dialog's voice: "Adding files: 40%" each time another step is reached."""

    def __init__(self, source: QObject, step: int = 10) -> None:
        self._said, self.step = Repeats(source), step

    def update(self, done: int, total: int, what: str = "") -> None:
        percent = progress_step(done, total, self.step)
        if percent is None:
            return
        text = QCoreApplication.translate("Announce", "{0}%").format(percent)
        self._said.say(QCoreApplication.translate("Announce", "{0}: {1}").format(what, text)
                       if what else text)  # fmt: skip

    def reset(self) -> None:
        self._said.reset()
