"""Take the main-window screenshots from the real window (run under Xvfb).

    Xvfb :99 -screen 0 1440x900x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/make_screenshots.py

Uses a fresh data home with the bundled starter library, so the pictures show what a
new user sees. Writes library-grid, library-list, search-results, search-empty, and the
window with a resource open beside its notes (notes-pdf: the PDF guide at a search hit;
notes-video: the demo video playing at a cue; notes-view: all notes), each in light and -dark, next to this file.

The video frame is drawn by libvlc into its own X window, which a Qt grab cannot see, so
the video shots are taken from the X screen with ffmpeg's x11grab.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="real-shots-"))
    os.environ["REAL_DESKTOP_HOME"] = str(home)
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QApplication

    from real_desktop.core.library import Library
    from real_desktop.core.models import Location, LocationKind
    from real_desktop.ui import theme
    from real_desktop.ui.main_window import MainWindow
    from real_desktop.ui.settings import AppSettings
    from real_desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv)
    lib = Library.open(home)  # seeds the starter library
    # Some watching and reading under way: tiles show a progress bar or a check mark, the
    # list's Length column "0:40 of 1:30" / "✓ Read".
    lib.set_progress("real-demo-tour", 40.0)
    lib.set_progress("real-guide-leadership-for-racial-equity-pdf", 12.0, finished=True)
    tasks = TaskRunner()

    def settle(seconds: float = 1.0) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end or tasks.busy:
            app.processEvents()
            time.sleep(0.01)

    def shot(window: MainWindow, name: str) -> None:
        settle(0.6)
        pixmap = window.screen().grabWindow(int(window.winId()))
        path = HERE / f"{name}.png"
        pixmap.save(str(path))
        print("wrote", path.relative_to(HERE.parents[1]))

    def screen_shot(window: MainWindow, name: str) -> None:
        g = window.frameGeometry()
        path = HERE / f"{name}.png"
        subprocess.run(
            ["ffmpeg", "-loglevel", "error", "-y", "-f", "x11grab",
             "-video_size", f"{g.width()}x{g.height()}",
             "-i", f"{os.environ.get('DISPLAY', ':0')}+{g.x()},{g.y()}",
             "-frames:v", "1", str(path)],
            check=True,
        )  # fmt: skip
        print("wrote", path.relative_to(HERE.parents[1]))

    for mode in ("light", "dark"):
        suffix = "" if mode == "light" else "-dark"
        theme.apply(app, mode)
        settings_file = home / f"settings-{mode}.ini"
        settings = AppSettings(settings_file)
        settings.theme = mode
        w = MainWindow(lib, tasks, settings)
        w.setGeometry(0, 0, 1440, 900)
        w.show()
        settle(2.0)  # thumbnails render in the background
        w.browser.select_resource(w.model.resource(1).id if w.model.rowCount() > 1 else "")
        shot(w, f"library-grid{suffix}")
        w.set_view_mode("list")
        w.browser.select_resource(w.model.resource(2).id if w.model.rowCount() > 2 else "")
        shot(w, f"library-list{suffix}")
        w.search.field.setFocus()
        w.search.set_query("racial equity budget", immediate=True)
        shot(w, f"search-results{suffix}")
        w.search.set_query("equitee", immediate=True)
        shot(w, f"search-empty{suffix}")
        w.search.field.clear()
        settle(0.3)

        # A PDF opened from a hit, with notes beside it (one quotes the page).
        pdf_id = "real-guide-leadership-for-racial-equity-pdf"
        notes = w.notes
        if not notes.list(resource_id=pdf_id):
            notes.create(
                pdf_id,
                Location(LocationKind.PAGE, page=4),
                body="Bring the **budget** worksheet to the next council retreat.",
                quote="guide policy and budget choices",
                tags=["budget"],
            )
            notes.create(
                pdf_id,
                Location(LocationKind.PAGE, page=2),
                body="Ask the team which outcomes we already track by race.",
            )
        w.open_location(pdf_id, Location(LocationKind.PAGE, page=4), ("budget",))
        settle(2.0)
        quoted = next(n for n in notes.list(resource_id=pdf_id) if n.quote)
        w.notes_panel.select_note(quoted.id)  # its quote and body show below the list
        settle(0.5)
        shot(w, f"notes-pdf{suffix}")
        w.back()

        # The demo video at a cue found by search, with notes on the seek bar.
        video_id = "real-demo-tour"
        if not notes.list(resource_id=video_id):
            notes.create(
                video_id,
                Location(LocationKind.TIME, start=24.0),
                body="Good one-line summary of the program for the opening slide.",
                tags=["workshop"],
            )
            notes.create(
                video_id, Location(LocationKind.TIME, start=52.0), body="Pause here for questions."
            )
        w.open_location(video_id, Location(LocationKind.TIME, start=23.159), ("racial", "equity"))
        settle(4.0)
        w.player_view.player.pause()
        QCursor.setPos(w.geometry().right(), w.geometry().bottom())
        settle(0.8)
        screen_shot(w, f"notes-video{suffix}")
        w.back()

        # Every note in the library, in the Notes view.
        w.sidebar.setCurrentItem(w.sidebar._find("notes"))  # as a click does
        settle(1.0)
        shot(w, f"notes-view{suffix}")
        w.back()
        w.close()
        settle(0.2)
    tasks.shutdown()
    lib.close()
    os._exit(0)  # skip PySide6 teardown ordering noise at interpreter exit


if __name__ == "__main__":
    sys.exit(main())
