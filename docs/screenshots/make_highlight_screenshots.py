"""Screenshots of highlights on a PDF guide, light and dark (run under Xvfb).

    Xvfb :99 -screen 0 1440x900x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/make_highlight_screenshots.py

The real window on a fresh data home with the starter library: two passages of the PDF
guide are selected on the page and kept with the Highlight action (one yellow with a
comment, one green), and the first is selected in the notes panel, so its highlight is
outlined and its quote and comment show in the editor. Writes highlights(.png, -dark.png).
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


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="real-shots-"))
    os.environ["REAL_DESKTOP_HOME"] = str(home)
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtWidgets import QApplication

    from real_desktop.core.library import Library
    from real_desktop.core.models import Location, LocationKind
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

    def highlight(w: MainWindow, start: str, end: str, colour: str, comment: str) -> None:
        """Select page 1 from `start` to the end of `end`, as a drag does, and keep it as a
        highlight in `colour` with `comment`."""
        pdf = w.document_view.pdf
        probe = pdf.search_model

        def box(words: str) -> QRectF:
            probe.setSearchString(words)
            found = probe.resultsOnPage(0)[0].rectangles()
            probe.setSearchString("")
            return found[-1] if words == end else found[0]

        a, b = box(start), box(end)
        a_pt = QPointF(a.left() + 0.5, a.center().y())
        pdf.view.select_between(0, a_pt, QPointF(b.right() - 0.5, b.center().y()))
        pdf.highlight_selection(colour)
        settle(0.4)
        editor = w.notes_panel.editor
        if comment:
            editor.body.setPlainText(comment)
        editor.finish_editing()
        settle(0.4)

    for mode in ("light", "dark"):
        suffix = "" if mode == "light" else "-dark"
        theme.apply(app, mode)
        settings = AppSettings(home / f"settings-{mode}.ini")
        settings.theme = mode
        w = MainWindow(lib, tasks, settings)
        w.setGeometry(0, 0, 1440, 900)
        w.show()
        settle(1.5)
        w.open_location(PDF_ID, Location(LocationKind.PAGE, page=1))
        settle(2.0)
        if not [n for n in w.notes.list(resource_id=PDF_ID) if n.is_highlight]:
            highlight(w, "A lens is a way of looking", "result is fairer.", "#ffd54f",
                      "Read this definition aloud in the **opening session**.")  # fmt: skip
            highlight(w, "To act on that idea", "tangible ways.", "#a5d6a7", "")
        first = next(n for n in w.notes.list(resource_id=PDF_ID) if n.color == "#ffd54f")
        w.notes_panel.reload()
        settle(0.5)
        w.notes_panel.select_note(first.id)
        w.document_view.pdf.go_to_page(1, 150)
        settle(0.8)
        pixmap = w.screen().grabWindow(int(w.winId()))
        path = HERE / f"highlights{suffix}.png"
        pixmap.save(str(path))
        print("wrote", path.relative_to(HERE.parents[1]))
        w.back()
        w.close()
        settle(0.2)
    tasks.shutdown()
    lib.close()
    os._exit(0)  # skip PySide6 teardown ordering noise at interpreter exit


if __name__ == "__main__":
    sys.exit(main())
