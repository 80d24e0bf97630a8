"""`real-desktop` on a computer whose kiosk configuration is enabled (ui/app.py calls
`run`): the library is opened (migrated, seeded) once on disk, then visitors come."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from real_desktop.core.kiosk.config import KioskConfig
from real_desktop.ui import i18n
from real_desktop.ui.kiosk.controller import KioskController
from real_desktop.ui.tasks import TaskRunner


def run(app: QApplication, config: KioskConfig, home: Path, settings_path: Path) -> int:
    from real_desktop.core.kiosk.session import prepare_library
    from real_desktop.core.library import LibraryError

    try:
        prepare_library(home, config)  # before any visitor: migrations write to the file
    except LibraryError as exc:
        print(f"real-desktop: the library could not be opened: {exc}", file=sys.stderr)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "REAL Desktop", i18n.core_text(exc))
        return 1
    tasks = TaskRunner(app)
    controller = KioskController(app, config, home, tasks, settings_path=settings_path)
    controller.show_welcome()
    controller.inbox.start()  # packs pushed to the terminal (Syncthing, rsync, a share)
    try:
        return app.exec()
    finally:
        controller.shutdown()
        tasks.shutdown()
