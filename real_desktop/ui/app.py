"""Start the desktop app: `real-desktop` (GUI) or `python -m real_desktop.ui.app`.

The library is opened on a worker thread (a first start seeds the starter library, and a
migration backs the database up first), so the event loop keeps running; a small
"Opening library…" window appears only if that takes noticeably long.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from real_desktop.core import paths
from real_desktop.ui import theme as themes
from real_desktop.ui.settings import AppSettings
from real_desktop.ui.tasks import TaskRunner

SPLASH_AFTER_MS = 400


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def _parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="real-desktop", description="REAL Desktop")
    p.add_argument("--home", type=Path, help="library folder (overrides the saved setting)")
    # For benchmarks/gui.py: print "ready" once the window has painted, then quit.
    p.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    args, _qt_args = p.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    """argv: options only, or sys.argv-style with the program name first (the CLI passes
    that); the app takes no positional arguments, so a leading non-option is the name."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and not argv[0].startswith("-"):
        argv = argv[1:]
    args = _parse(argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    app.setDesktopFileName("real-desktop")
    icon = paths.assets_dir() / "icons" / "real-desktop.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))

    settings = AppSettings()
    themes.apply(app, settings.theme, settings.text_size)
    tasks = TaskRunner(app)
    home = args.home or settings.library_location
    state: dict[str, object] = {}

    splash = QLabel(_tr("Opening library…"))
    splash.setWindowTitle(paths.APP_NAME)
    splash.setAlignment(Qt.AlignmentFlag.AlignCenter)
    splash.setMinimumSize(320, 120)
    splash_timer = QTimer()
    splash_timer.setSingleShot(True)
    splash_timer.timeout.connect(splash.show)
    splash_timer.start(SPLASH_AFTER_MS)

    def opened(library: object) -> None:
        splash_timer.stop()
        splash.close()
        window = MainWindow(library, tasks, settings)  # type: ignore[arg-type]
        state["library"], state["window"] = library, window
        app.aboutToQuit.connect(window.save_state)  # quit without a close event still saves
        window.show()
        # A crash between saving a note and indexing it leaves search stale: repair quietly.
        QTimer.singleShot(2000, lambda: tasks.submit(window.notes.reindex_search))
        if args.exit_when_ready:
            # The first paint happens once control returns to the event loop.
            QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))

    def failed(exc: BaseException) -> None:
        splash_timer.stop()
        splash.close()
        message = _tr("The library could not be opened:\n{0}\n\nLocation: {1}").format(
            str(exc), str(home or paths.data_home())
        )
        print(message, file=sys.stderr)
        if not args.exit_when_ready:  # unattended runs must not wait on a dialog
            QMessageBox.critical(None, paths.APP_NAME, message)
        state["error"] = exc
        app.exit(1)

    def open_library(home: Path | None) -> object:  # worker thread: imports the core too
        from real_desktop.core.library import Library

        return Library.open(home)

    tasks.submit(open_library, home, on_done=opened, on_error=failed)
    # Import the widgets while the worker opens the database; callbacks wait for exec().
    from real_desktop.ui.main_window import MainWindow

    code = app.exec()
    if "error" in state:
        code = code or 1
    tasks.shutdown()
    library = state.get("library")
    if library is not None:
        library.close()  # type: ignore[attr-defined]
    return code


if __name__ == "__main__":
    sys.exit(main())
