"""`real-desktop present AGENDA`: the presenter mode as a program of its own."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def open_presenter(library: Any, agenda_id: str, tasks: Any, *, registry: Any = None) -> Any:
    """A PresenterWindow for the agenda (not shown yet: call start())."""
    from real_desktop.core.agendas.store import AgendaStore
    from real_desktop.core.notes import NoteStore
    from real_desktop.player.factory import create_player
    from real_desktop.ui.agenda.presenter import PresenterWindow

    agenda = AgendaStore(library.db, library.catalog).find(agenda_id)
    resources = {i.resource_id: library.get(i.resource_id) for i in agenda.items}
    player, _notice = create_player()
    window = PresenterWindow(agenda, resources, player, tasks=tasks, notes=NoteStore(library),
                             registry=registry)
    player.setParent(window)
    return window


def run(agenda_id: str, *, home: Path | None = None, start: int = 0) -> int:
    from PySide6.QtWidgets import QApplication

    from real_desktop.core.library import Library
    from real_desktop.ui import theme
    from real_desktop.ui.settings import AppSettings
    from real_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([sys.argv[0], "-style", "Fusion"])
    settings = AppSettings()
    theme.apply(app, settings.theme, settings.text_size, set_style=False)
    library = Library.open(home)
    tasks = TaskRunner()
    try:
        window = open_presenter(library, agenda_id, tasks)
        window.ended.connect(app.quit)
        window.start(start)
        return int(app.exec())
    finally:
        tasks.shutdown()
        library.close()
