"""The Notes list and the notes panel at a projector's size (1024×768) with 24 pt text,
and "Export as content pack…" naming the agendas that go along (run under Xvfb with a
window manager).

    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/make_followups_screenshots.py

Writes, next to this file, each in light and -dark: notes-list-large-text (the filter row
wrapped onto two lines), notes-panel-large-text (a long title on its own lines above the
Add note buttons, elided at the end), export-pack-agendas.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

TEXT_POINTS = 24
SIZE = (1024, 768)


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="real-shots-followups-"))
    os.environ["REAL_DESKTOP_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    from real_desktop.core.agendas.model import AgendaItem, ItemKind
    from real_desktop.core.agendas.store import AgendaStore
    from real_desktop.core.library import Library
    from real_desktop.ui import theme
    from real_desktop.ui.library.model import BrowseFilter
    from real_desktop.ui.main_window import MainWindow
    from real_desktop.ui.packs.export_dialog import ExportPackDialog
    from real_desktop.ui.settings import AppSettings
    from real_desktop.ui.tasks import TaskRunner

    app = QApplication([sys.argv[0], "-style", "Fusion"])
    lib = Library.open(home)  # seeds the starter library
    tasks = TaskRunner()
    pdf = lib.get("real-guide-leadership-for-racial-equity-pdf")
    guide = lib.get("real-guide-getting-started")
    assert pdf is not None and guide is not None
    AgendaStore(lib.db, lib.catalog).save_new(
        "Morning session", "", [AgendaItem("a", pdf.id, ItemKind.PAGES, page_from=2, page_to=3),
                                AgendaItem("b", guide.id, ItemKind.RESOURCE)],
    )  # fmt: skip

    def settle(seconds: float = 1.0) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end or tasks.busy:
            app.processEvents()
            time.sleep(0.01)

    def shot(widget, name: str) -> None:  # noqa: ANN001
        settle(0.6)
        path = HERE / f"{name}.png"
        widget.screen().grabWindow(int(widget.winId())).save(str(path))
        print("wrote", path.relative_to(HERE.parents[1]))

    for mode in ("light", "dark"):
        suffix = "" if mode == "light" else "-dark"
        settings = AppSettings(home / f"settings-{mode}.ini")
        settings.theme, settings.text_size = mode, TEXT_POINTS
        theme.apply(app, mode, TEXT_POINTS)
        w = MainWindow(lib, tasks, settings)
        w.setGeometry(0, 30, *SIZE)
        w.show()
        settle(2.0)
        w.nav.section_selected(BrowseFilter.from_key("notes"), "Notes")
        settle(1.0)
        shot(w, f"notes-list-large-text{suffix}")
        w.back()
        w.open_resource(pdf)
        settle(2.5)
        shot(w, f"notes-panel-large-text{suffix}")
        w.back()
        settle(0.3)
        w.close()

        theme.apply(app, mode)
        d = ExportPackDialog(lib, tasks, w.registry, selected_ids=[pdf.id, guide.id])
        d.title.setText("Morning session")
        d.show()
        settle(1.0)
        shot(d, f"export-pack-agendas{suffix}")
        d.close()
    tasks.shutdown()
    lib.close()
    os._exit(0)  # skip PySide6 teardown ordering noise at interpreter exit


if __name__ == "__main__":
    sys.exit(main())
