"""Screens at a projector's size (1024×768) with large text, the grid's selection, the
Remove tag… menu and the shortcuts window (run under Xvfb with a window manager).

    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/make_large_text_screenshots.py

Writes, next to this file, each in light and -dark: player-large-text (a hit in the demo
tour's Spanish captions, opened on that track; the transcript under the picture),
search-large-text (the filter chips wrapped onto two rows), library-selection (several
tiles selected, the current one framed, the right-click menu), shortcuts (Help →
Keyboard shortcuts, scrolled to the player's keys).

The video frame and popup menus are their own X windows, which a Qt grab of the main
window cannot see, so those shots are taken from the X screen with ffmpeg's x11grab.
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

TEXT_POINTS = 24
SIZE = (1024, 768)


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="real-shots-large-"))
    os.environ["REAL_DESKTOP_HOME"] = str(home)
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QApplication, QDialog, QMenu, QTableWidget

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

    def screen_shot(x: int, y: int, width: int, height: int, name: str) -> None:
        screen = app.primaryScreen().geometry()
        left, top = max(0, x), max(0, y)  # a frame may start above or left of the screen
        width = min(width - (left - x), screen.width() - left)
        height = min(height - (top - y), screen.height() - top)
        x, y = left, top
        path = HERE / f"{name}.png"
        subprocess.run(
            ["ffmpeg", "-loglevel", "error", "-y", "-f", "x11grab",
             "-video_size", f"{width}x{height}",
             "-i", f"{os.environ.get('DISPLAY', ':0')}+{x},{y}",
             "-frames:v", "1", str(path)],
            check=True,
        )  # fmt: skip
        print("wrote", path.relative_to(HERE.parents[1]))

    def window_shot(window: MainWindow, name: str) -> None:
        settle(0.6)
        g = window.frameGeometry()
        screen_shot(g.x(), g.y(), g.width(), g.height(), name)

    for mode in ("light", "dark"):
        suffix = "" if mode == "light" else "-dark"
        settings = AppSettings(home / f"settings-{mode}.ini")
        settings.theme, settings.text_size = mode, TEXT_POINTS
        theme.apply(app, mode, TEXT_POINTS)
        w = MainWindow(lib, tasks, settings)
        w.setGeometry(0, 30, *SIZE)
        w.show()
        settle(2.0)  # thumbnails render in the background

        # A hit in the Spanish captions, opened on the Spanish track.
        w.search.field.setFocus()
        w.search.set_query("bienvenida", immediate=True)
        settle(0.5)
        window_shot(w, f"search-large-text{suffix}")
        w.search.open_current()
        settle(4.0)
        if w.player_view.player is not None:
            w.player_view.player.pause()
        QCursor.setPos(w.geometry().right(), w.geometry().bottom())
        settle(0.8)
        window_shot(w, f"player-large-text{suffix}")
        w.back()
        w.search.field.clear()
        settle(0.3)
        w.close()

        # The grid at the usual size: a selection, the current tile framed, the menu.
        theme.apply(app, mode)
        settings = AppSettings(home / f"settings-{mode}-normal.ini")
        settings.theme = mode
        w = MainWindow(lib, tasks, settings)
        w.setGeometry(0, 30, 1280, 800)
        w.show()
        settle(2.0)
        grid = w.browser.grid
        grid.setFocus()
        sel = grid.selectionModel()
        for row in (1, 2, 4):
            sel.select(w.model.index(row, 0), sel.SelectionFlag.Select)
        sel.setCurrentIndex(w.model.index(0, 0), sel.SelectionFlag.NoUpdate)
        settle(0.5)
        rect = grid.visualRect(w.model.index(4, 0))
        at = grid.viewport().mapToGlobal(rect.center())
        QCursor.setPos(at)
        QTimer.singleShot(
            0,
            lambda grid=grid, at=at: grid.customContextMenuRequested.emit(
                grid.viewport().mapFromGlobal(at)
            ),
        )
        settle(0.8)
        window_shot(w, f"library-selection{suffix}")
        for menu in app.topLevelWidgets():
            if isinstance(menu, QMenu) and menu.isVisible():
                menu.close()
        settle(0.2)

        # Help → Keyboard shortcuts, at the player's keys.
        def grab_shortcuts(suffix: str = suffix) -> None:
            dialog = next(
                d for d in app.topLevelWidgets() if isinstance(d, QDialog) and d.isVisible()
            )
            table = dialog.findChild(QTableWidget)
            row = next(
                r for r in range(table.rowCount()) if table.item(r, 0).text() == "Player"
            )
            table.scrollToItem(table.item(row, 0), table.ScrollHint.PositionAtTop)
            dialog.move(QPoint(40, 40))
            settle(0.6)
            g = dialog.frameGeometry()
            screen_shot(g.x(), g.y(), g.width(), g.height(), f"shortcuts{suffix}")
            dialog.reject()

        QTimer.singleShot(300, grab_shortcuts)
        w.shortcuts_action.trigger()
        w.close()
        settle(0.2)
    tasks.shutdown()
    lib.close()
    os._exit(0)  # skip PySide6 teardown ordering noise at interpreter exit


if __name__ == "__main__":
    sys.exit(main())
