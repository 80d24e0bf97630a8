"""Screenshots for accessibility: the library and a PDF guide in high contrast, and the
library at 200 % text (run under Xvfb; scripts/screenshots.py does).

    Xvfb :99 -screen 0 1440x900x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/make_a11y_screenshots.py

The real window on a fresh data home with the starter library; the search field has the
keyboard focus, so its focus ring shows. Writes a11y-library-high-contrast.png,
a11y-pdf-high-contrast.png and a11y-library-200.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

PDF_ID = "real-guide-leadership-for-racial-equity-pdf"


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="real-shots-"))
    os.environ["REAL_DESKTOP_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    from real_desktop.core.library import Library
    from real_desktop.core.models import Location, LocationKind
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

    def shot(w: MainWindow, name: str) -> None:
        path = HERE / name
        w.screen().grabWindow(int(w.winId())).save(str(path))
        print("wrote", path.relative_to(HERE.parents[1]))

    for mode, size, names in (
        ("high_contrast", theme.DEFAULT_TEXT_SIZE,
         ("a11y-library-high-contrast.png", "a11y-pdf-high-contrast.png")),
        ("light", 2 * theme.DEFAULT_TEXT_SIZE, ("a11y-library-200.png", "")),
    ):
        theme.apply(app, mode, size)
        settings = AppSettings(home / f"settings-{mode}.ini")
        settings.theme, settings.text_size = mode, size
        w = MainWindow(lib, tasks, settings)
        w.setGeometry(0, 0, 1440, 900)
        w.show()
        w.activateWindow()
        settle(1.5)
        w.search.field.setFocus()
        settle(0.5)
        shot(w, names[0])
        if names[1]:
            w.open_location(PDF_ID, Location(LocationKind.PAGE, page=1))
            settle(2.0)
            shot(w, names[1])
            w.back()
        w.close()
        settle(0.2)
    tasks.shutdown()
    lib.close()
    os._exit(0)  # skip PySide6 teardown ordering noise at interpreter exit


if __name__ == "__main__":
    sys.exit(main())
