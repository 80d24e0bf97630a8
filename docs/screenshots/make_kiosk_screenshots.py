"""Kiosk mode's screens from the real controller (run under Xvfb, ideally with openbox).

    Xvfb :99 -screen 0 1280x800x24 & DISPLAY=:99 openbox &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/make_kiosk_screenshots.py

A fresh data home with the bundled starter library. Writes kiosk-welcome (between
visitors), kiosk-library (a visitor's locked library: no import, settings or quitting; the
End session button), kiosk-countdown ("Are you still there?") and kiosk-end-session (the
last chance to print or save notes), each in light and -dark, next to this file.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="real-kiosk-shots-"))
    os.environ["REAL_DESKTOP_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication, QWidget

    from real_desktop.core.kiosk.config import KioskConfig
    from real_desktop.core.library import Library
    from real_desktop.core.models import Location, LocationKind
    from real_desktop.ui import theme
    from real_desktop.ui.kiosk.controller import KioskController
    from real_desktop.ui.tasks import TaskRunner

    app = QApplication([sys.argv[0], "-style", "Fusion"])
    Library.open(home).close()  # seeds the starter library
    tasks = TaskRunner()
    kiosk = KioskController(app, KioskConfig(enabled=True, pin_hash="x", print=True), home, tasks)

    def settle(seconds: float = 1.0) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end or tasks.busy:
            app.processEvents()
            time.sleep(0.01)

    def shot(widget: QWidget | None, name: str) -> None:
        settle(0.8)
        screen = app.primaryScreen()
        pixmap = screen.grabWindow(int(widget.winId()) if widget is not None else 0)
        path = HERE / f"{name}.png"
        pixmap.save(str(path))
        print("wrote", path.relative_to(HERE.parents[1]))

    for mode in ("light", "dark"):
        suffix = "" if mode == "light" else "-dark"
        theme.apply(app, mode, theme.DEFAULT_TEXT_SIZE)
        kiosk.show_welcome()
        settle(1.5)
        shot(kiosk.welcome, "kiosk-welcome" + suffix)

        kiosk.start_session()
        while not kiosk.in_session:
            settle(0.1)
        w = kiosk.window
        assert w is not None
        settle(2.5)  # thumbnails
        w.search_field.setFocus()
        shot(w, "kiosk-library" + suffix)

        kiosk.idle.setInterval(10)
        kiosk.countdown_seconds = 27
        kiosk.tick.setInterval(3_600_000)  # hold the count still for the picture
        kiosk.idle.start()
        settle(0.3)
        shot(w, "kiosk-countdown" + suffix)
        kiosk.tick.stop()
        assert kiosk.countdown is not None
        kiosk.countdown.hide()
        kiosk.idle.setInterval(3_600_000)
        kiosk.idle.start()

        first = w.model.resource(0)
        w.notes.create(first.id, Location(LocationKind.RESOURCE), body="Ask about the budget lens")
        w.notes.create(first.id, Location(LocationKind.RESOURCE), body="Share with the council")
        kiosk.request_end()
        settle(1.0)
        shot(None, "kiosk-end-session" + suffix)
        kiosk.end_session()
        settle(0.8)
    kiosk.shutdown()
    tasks.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
