"""Screenshots of the Spanish interface (issue 15): the library, search results, a PDF guide,
the demo video on its Spanish captions, Settings and the kiosk's welcome screen with its
language button (run under Xvfb; scripts/screenshots.py does).

    Xvfb :99 -screen 0 1440x900x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/make_spanish_screenshots.py

The real windows on a fresh data home with the starter library. Writes es-library.png,
es-search-results.png, es-pdf-viewer.png, es-player.png, es-settings.png,
es-kiosk-welcome.png, es-import-summary.png (why each file was refused) and
es-library-large-text.png (24 pt, 1024×768).
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
VIDEO_ID = "real-demo-tour"


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="real-shots-"))
    os.environ["REAL_DESKTOP_HOME"] = str(home)
    os.environ.setdefault("REAL_DESKTOP_PLAYER", "qt")  # a widget grab sees its frames
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QApplication, QWidget

    from real_desktop.core.kiosk.config import KioskConfig
    from real_desktop.core.library import Library
    from real_desktop.core.models import Location, LocationKind
    from real_desktop.ui import i18n, theme
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.kiosk.screens import WelcomeScreen
    from real_desktop.ui.main_window import MainWindow
    from real_desktop.ui.settings import AppSettings, SettingsDialog
    from real_desktop.ui.tasks import TaskRunner

    app = QApplication([sys.argv[0], "-style", "Fusion"])
    i18n.install(app, "es")
    theme.apply(app, "light")
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

    QCursor.setPos(1439, 899)  # keep the pointer out of the pictures
    settings = AppSettings(home / "settings.ini")
    settings.language = "es"
    w = MainWindow(lib, tasks, settings)
    w.setGeometry(0, 0, 1440, 900)
    w.show()
    w.activateWindow()
    settle(2.0)
    shot(w, "es-library.png")
    w.search.set_query("bienvenida", immediate=True)
    settle(1.5)
    shot(w, "es-search-results.png")
    w.search.set_query("", immediate=True)
    w.open_location(PDF_ID, Location(LocationKind.PAGE, page=1))
    settle(2.5)
    shot(w, "es-pdf-viewer.png")
    w.back()
    video = lib.get(VIDEO_ID)
    assert video is not None, "the starter catalog lists the demo video"
    w.open_resource(video)
    settle(3.0)
    player = getattr(w.player_view, "player", None)
    if player is not None:
        player.seek(12.0)
        settle(1.5)
        player.pause()
    settle(1.0)
    shot(w, "es-player.png")
    w.back()
    settle(0.5)

    dialog = SettingsDialog(settings, w, library=lib)
    dialog.show()
    settle(1.0)
    shot(dialog, "es-settings.png")
    dialog.reject()

    config = KioskConfig(enabled=True, language="choose")
    welcome = WelcomeScreen(ActionRegistry(config.policy()), choose_language=True)
    welcome.setGeometry(0, 0, 1280, 800)
    welcome.show()
    settle(1.0)
    shot(welcome, "es-kiosk-welcome.png")
    welcome.close()

    # The import summary: why each file was refused, in Spanish (the core's messages).
    from real_desktop.ui.importer import ImportController

    inbox = home / "inbox"
    inbox.mkdir()
    (inbox / "Hoja de trabajo de equidad.pdf").write_text("guardado de un correo, no un PDF")
    (inbox / "notas-del-concejo.docx").write_bytes(b"PK\x03\x04 binario")
    (inbox / "Encuesta comunitaria.html").write_bytes(b"\0\1\2")
    (inbox / "Agenda del retiro.md").write_text("# Agenda del retiro\n\nMetas de equidad.\n")
    importer = ImportController(lib, tasks, None)
    done: list[object] = []
    importer.finished.connect(done.append)
    importer.import_paths([inbox])
    while not done:
        settle(0.1)
    summary = importer.summary_dialog
    assert summary is not None, "three files fail: the summary opens"
    summary.resize(820, 360)
    settle(0.5)
    shot(summary, "es-import-summary.png")
    summary.close()

    # 24 pt on a 1024×768 projector: the library header's controls wrap under its title.
    settings.text_size = 24
    theme.apply(app, "light", 24)
    w.setGeometry(0, 0, 1024, 768)
    settle(1.5)
    shot(w, "es-library-large-text.png")
    theme.apply(app, "light")

    w.close()
    settle(0.2)
    tasks.shutdown()
    lib.close()
    os._exit(0)  # skip PySide6 teardown ordering noise at interpreter exit


if __name__ == "__main__":
    sys.exit(main())
