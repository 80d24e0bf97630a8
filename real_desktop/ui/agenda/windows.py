"""Opening the agenda editor and the presenter from the desktop window (File → Agendas…)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def open_editor(window: Any) -> Any:
    """Show the agenda editor for the window's library (one per window, raised if open)."""
    from real_desktop.ui.agenda.editor import AgendaEditor

    editor = getattr(window, "_agenda_editor", None)
    if editor is None:
        editor = AgendaEditor(window.library, window.tasks, registry=window.registry)
        editor.setWindowFlag(Qt.WindowType.Window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.resize(1200, 720)
        editor.presentRequested.connect(lambda aid: present(window, aid))
        editor.destroyed.connect(lambda: setattr(window, "_agenda_editor", None))
        window._agenda_editor = editor
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor


def present(window: Any, agenda_id: str) -> Any:
    """Start presenting: the audience view on the second screen when there is one."""
    from real_desktop.ui.agenda.present_app import open_presenter

    presenter = open_presenter(window.library, agenda_id, window.tasks, registry=window.registry)
    presenter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window._presenter = presenter
    presenter.ended.connect(lambda: setattr(window, "_presenter", None))
    presenter.start(0)
    return presenter
