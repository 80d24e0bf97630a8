"""Run by test_atspi.py inside a11y-tree.sh (a private X server and AT-SPI bus): the real
app in several views at once, so one tree shows them all — the library grid, search
results, the player (a second window), and the Settings dialog.

    python atspi_driver.py HOME [--announce]

With --announce it keeps making the app speak (search counts, the player's position and
play/pause) for a listener on the bus."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from real_desktop.core.library import Library
from real_desktop.core.models import Kind
from real_desktop.ui import theme
from real_desktop.ui.main_window import MainWindow
from real_desktop.ui.player.speech import say_position
from real_desktop.ui.settings import AppSettings, SettingsDialog
from real_desktop.ui.tasks import TaskRunner


def main() -> int:
    app = QApplication([sys.argv[0], "-style", "Fusion"])
    app.setApplicationName("REAL Desktop")
    home = Path(sys.argv[1])
    library = Library.open(home, seed=False)
    tasks = TaskRunner()
    settings = AppSettings(home / "settings.ini")
    theme.apply(app, "light", settings.text_size)
    browsing = MainWindow(library, tasks, settings)
    browsing.setWindowTitle("Browsing")
    browsing.resize(1100, 700)
    browsing.show()
    searching = MainWindow(library, tasks, settings)
    searching.setWindowTitle("Searching")
    searching.resize(1100, 700)
    searching.show()
    searching.search.set_query("guide", immediate=True)
    watching = MainWindow(library, tasks, settings)
    watching.setWindowTitle("Watching")
    watching.resize(1100, 700)
    watching.show()
    video = next(r for r in library.resources() if r.kind is Kind.VIDEO)
    watching.open_resource(video)
    dialog = SettingsDialog(settings, library=library)
    dialog.show()
    if "--announce" in sys.argv:
        words = ["guide", "talk"]

        def speak() -> None:
            words.reverse()
            searching.search.set_query(words[0], immediate=True)
            view = watching.player_view
            say_position(view)
            view.toggle()

        timer = QTimer(app)
        timer.timeout.connect(speak)
        timer.start(700)
    code = app.exec()
    tasks.shutdown()
    library.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
