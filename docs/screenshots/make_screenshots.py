"""Take the main-window screenshots from the real window (run under Xvfb).

    Xvfb :99 -screen 0 1440x900x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/make_screenshots.py

Uses a fresh data home with the bundled starter library, so the pictures show what a
new user sees. Writes library-grid, library-list, search-results and search-empty, each
in light and -dark, next to this file.
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
    home = Path(tempfile.mkdtemp(prefix="real-shots-"))
    os.environ["REAL_DESKTOP_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    from real_desktop.core.library import Library
    from real_desktop.ui import theme
    from real_desktop.ui.main_window import MainWindow
    from real_desktop.ui.settings import AppSettings
    from real_desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv)
    lib = Library.open(home)  # seeds the starter library
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
        w.close()
        settle(0.2)
    tasks.shutdown()
    lib.close()
    os._exit(0)  # skip PySide6 teardown ordering noise at interpreter exit


if __name__ == "__main__":
    sys.exit(main())
