"""Screenshots for accessibility: the main screens in high contrast and at 200 % text
(run under Xvfb; scripts/screenshots.py does).

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python docs/screenshots/make_a11y_screenshots.py

The real window on a fresh data home with the starter library. In high contrast: the
library (the search field's focus ring showing), a PDF guide, search results, the player
with large captions, Settings. At 200 % text: the library with an item's details, search
results, the player, Settings. Writes a11y-*.png beside this file.
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
TOUR_ID = "real-demo-tour"


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="real-shots-"))
    os.environ["REAL_DESKTOP_HOME"] = str(home)
    os.environ.setdefault("REAL_DESKTOP_VLC_ARGS", "--aout=dummy")
    from PySide6.QtWidgets import QApplication, QWidget

    from real_desktop.core.library import Library
    from real_desktop.core.models import Location, LocationKind
    from real_desktop.ui import theme
    from real_desktop.ui.main_window import MainWindow
    from real_desktop.ui.settings import AppSettings, SettingsDialog
    from real_desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv)
    lib = Library.open(home)  # seeds the starter library
    tasks = TaskRunner()

    def settle(seconds: float = 1.0) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end or tasks.busy:
            app.processEvents()
            time.sleep(0.01)

    def shot(w: QWidget, name: str) -> None:
        path = HERE / name
        w.screen().grabWindow(int(w.winId())).save(str(path))
        print("wrote", path.relative_to(HERE.parents[1]))

    for mode, size, tag in (
        ("high_contrast", theme.DEFAULT_TEXT_SIZE, "high-contrast"),
        ("light", 2 * theme.DEFAULT_TEXT_SIZE, "200"),
    ):
        theme.apply(app, mode, size)
        settings = AppSettings(home / f"settings-{tag}.ini")
        settings.theme, settings.text_size = mode, size
        settings.caption_size = "large" if tag == "high-contrast" else "medium"
        w = MainWindow(lib, tasks, settings)
        w.setGeometry(0, 0, 1440, 900) if tag == "high-contrast" else w.setGeometry(0, 0, 1280, 800)
        w.show()
        w.activateWindow()
        settle(1.5)
        if tag == "200":  # an item's details: its buttons wrap rather than lose their ends
            w.browser.focus_view()
            w.details.set_resource(lib.get(PDF_ID))
        w.search.field.setFocus()
        settle(0.5)
        shot(w, f"a11y-library-{tag}.png")
        if tag == "high-contrast":
            w.open_location(PDF_ID, Location(LocationKind.PAGE, page=1))
            settle(2.0)
            shot(w, f"a11y-pdf-{tag}.png")
            w.back()
        w.search.set_query("equity budget", immediate=True)
        settle(1.5)
        w.search.view.setFocus()
        settle(0.3)
        shot(w, f"a11y-search-{tag}.png")
        w.search.field.clear()
        settle(0.3)
        w.open_location(TOUR_ID, Location(LocationKind.TIME, start=6.0))
        settle(3.0)
        view = w.player_view
        if view.player is not None:
            view.player.pause()
        view.set_captions_visible(True)
        settle(1.0)
        view.controls.play_button.setFocus()
        settle(0.3)
        shot(w, f"a11y-player-{tag}.png")
        w.back()
        dialog = SettingsDialog(settings, w, library=lib)
        dialog.show()
        dialog.activateWindow()
        settle(0.8)
        dialog.caption_size.setFocus()
        settle(0.3)
        shot(dialog, f"a11y-settings-{tag}.png")
        dialog.close()
        w.close()
        settle(0.2)
    tasks.shutdown()
    lib.close()
    os._exit(0)  # skip PySide6 teardown ordering noise at interpreter exit


if __name__ == "__main__":
    sys.exit(main())
