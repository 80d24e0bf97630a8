"""Start the desktop app: `real-desktop` (GUI) or `python -m real_desktop.ui.app`.

The window's shell (menus, toolbar with the search field, empty sidebar and centre) is
shown first, from cheap modules. Once it has painted, the library opens on a worker thread
(a first start seeds the starter library, and a migration backs the database up first)
while the main thread builds the rest of the window in small steps; the status bar says
"Opening library…" until it is all there.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from real_desktop.core import paths
from real_desktop.core.policy import DESKTOP, Policy
from real_desktop.ui import i18n
from real_desktop.ui import theme as themes
from real_desktop.ui.main_window import MainWindow
from real_desktop.ui.settings import AppSettings
from real_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from real_desktop.core.kiosk.config import KioskConfig

START_ANYWAY_MS = 1000  # start building even if no paint came (e.g. shown minimised)



def _parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="real-desktop", description="REAL Desktop")
    p.add_argument("--home", type=Path, help="library folder (overrides the saved setting)")
    # For benchmarks/gui.py and tests: print "ready" once the window is interactive and
    # "built …" once all of it is there, then quit (see ReadyProbe).
    p.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    args, _qt_args = p.parse_known_args(argv)
    return args


class ReadyProbe(QObject):
    """What benchmarks/gui.py times as "interactive" (its bare-window baseline does the
    same): at the window's first paint, text is posted to the focused widget as an input
    method would type it; "ready" is printed when a line edit has taken it. A 5 ms timer
    from then on records the longest main-thread stall until the app calls `built()`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.beats: list[float] = []
        self._field: QLineEdit | None = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(5)
        self._heartbeat.timeout.connect(lambda: self.beats.append(time.perf_counter()))
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if e.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            focus = QApplication.focusWidget()
            if isinstance(focus, QLineEdit):  # no focused field: never ready (a real miss)
                from PySide6.QtGui import QInputMethodEvent

                self._field = focus
                focus.textChanged.connect(self._typed)
                typing = QInputMethodEvent()
                typing.setCommitString(" ")
                QApplication.postEvent(focus, typing)
            self.beats.append(time.perf_counter())  # a stall before the first beat counts
            self._heartbeat.start()
        return False

    def _typed(self, text: str) -> None:
        if self._field is None or text != " ":
            return
        self._field.textChanged.disconnect(self._typed)
        self._field.clear()  # the probe's space is not a search
        self._field = None
        print("ready", flush=True)

    def built(self) -> None:
        self._heartbeat.stop()
        gaps = [b - a for a, b in zip(self.beats, self.beats[1:], strict=False)]
        stall = max(gaps) - 0.005 if gaps else 0.0
        print(f"built longest-stall-ms {stall * 1000:.1f}", flush=True)


def _kiosk_config() -> KioskConfig | None:
    """The enabled kiosk configuration, or None. A damaged one stops the app: a public
    terminal must not open as an unlocked desktop (core/kiosk/config.active)."""
    from real_desktop.core.kiosk import config

    try:
        return config.active()
    except config.ConfigError as exc:
        print(f"real-desktop: {exc}", file=sys.stderr)
        raise SystemExit(1) from exc


def main(argv: list[str] | None = None, policy: Policy = DESKTOP) -> int:
    """argv: options only, or sys.argv-style with the program name first (the CLI passes
    that); the app takes no positional arguments, so a leading non-option is the name.
    `policy` decides what the person at the keyboard may do (a kiosk passes its own)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and not argv[0].startswith("-"):
        argv = argv[1:]
    args = _parse(argv)
    existing = QApplication.instance()
    # Fusion from the start: theme.apply then need not ask for the style (see there).
    app = existing or QApplication([sys.argv[0], "-style", "Fusion", *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    app.setDesktopFileName("real-desktop")
    settings = AppSettings()
    # English plural forms ("1 match", "3 matches"), then the chosen language (issue 15).
    i18n.install(app, settings.language)
    first_theme = settings.theme
    if first_theme == "system":
        # The platform's palette (before ours replaces it) tells light from dark. Asking
        # QStyleHints would create PySide6's whole Qt namespace (~50 ms) before the first
        # paint; that answer is checked once the window is built (see parts_ready).
        window_colour = app.palette().color(QPalette.ColorRole.Window)
        first_theme = "dark" if window_colour.lightness() < 128 else "light"
    themes.apply(app, first_theme, settings.text_size, set_style=existing is not None)
    home = args.home or settings.library_location
    kiosk = _kiosk_config()
    if kiosk is not None:  # a public terminal: visitors' sessions, not the desktop app
        from real_desktop.ui.kiosk.app import run

        return run(app, kiosk, home or paths.data_home(), settings.path)
    tasks = TaskRunner(app)
    state: dict[str, object] = {}

    window = MainWindow(
        None,
        tasks,
        settings,
        policy=policy,
        data_folder=home or paths.data_home(),
        deferred=True,
    )
    app.aboutToQuit.connect(window.save_state)  # quit without a close event still saves
    window.statusBar().showMessage(QCoreApplication.translate("App", "Opening library…"))
    probe = ReadyProbe(window) if args.exit_when_ready else None

    def opened(library: object) -> None:
        state["library"] = library
        window.attach(library)  # type: ignore[arg-type]

    def parts_ready() -> None:
        window.statusBar().clearMessage()
        if settings.theme == "system" and themes.resolve("system") != first_theme:
            themes.apply(app, "system", settings.text_size)  # the palette guessed wrong
        if probe is not None:
            probe.built()
            app.quit()

    def failed(exc: BaseException) -> None:
        message = QCoreApplication.translate("App", "The library could not be opened:\n{0}\n\nLocation: {1}").format(
            i18n.core_text(exc), str(home or paths.data_home())
        )
        print(message, file=sys.stderr)
        window.hide()
        if not args.exit_when_ready:  # unattended runs must not wait on a dialog
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, paths.APP_NAME, message)
        state["error"] = exc
        app.exit(1)

    def open_library(home: Path | None) -> object:  # worker thread: imports the core too
        from real_desktop.core.library import Library

        return Library.open(home)

    def start() -> None:
        if state.get("started"):
            return
        state["started"] = True
        from PySide6.QtGui import QIcon  # after the first paint: QIcon and SVG cost ~5 ms

        icon = paths.assets_dir() / "icons" / "real-desktop.svg"
        if icon.is_file():
            app.setWindowIcon(QIcon(str(icon)))
        # PySide6's Qt namespace (94 enums, ~40 ms) is made first, before the worker's
        # imports compete with it for the GIL: it is the longest step of the start-up.
        from PySide6.QtCore import Qt  # noqa: F401

        # Only now: the worker's imports would otherwise compete with the first paint.
        tasks.submit(open_library, home, on_done=opened, on_error=failed)
        window.start_parts()

    window.firstPainted.connect(start)
    QTimer.singleShot(START_ANYWAY_MS, start)
    window.partsReady.connect(parts_ready)
    window.search_field.setFocus()  # typing can start as soon as the window shows
    window.show()

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
