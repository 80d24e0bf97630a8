"""Screenshots of the document viewers and the import summary, light and dark.

    Xvfb :98 -screen 0 1440x900x24 &
    DISPLAY=:98 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/make_viewer_screenshots.py

Writes pdf-viewer, reader-view and import-summary (+ -dark) PNGs next to this file, from a
throwaway library built from the starter guides.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPointF, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent


def spin(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    app = QApplication([])
    from real_desktop.core.library import Library
    from real_desktop.ui import theme
    from real_desktop.ui.importer import ImportController
    from real_desktop.ui.tasks import TaskRunner
    from real_desktop.ui.viewers import DocumentView

    tmp = Path(tempfile.mkdtemp())
    docs = tmp / "Program guides"
    docs.mkdir()
    for f in (ROOT / "assets/starter/guides").iterdir():
        shutil.copy(f, docs / f.name)
    lib = Library.open(tmp / "home", seed=False)
    lib.import_all([docs])
    tasks = TaskRunner()
    for name in sys.argv[1:] or ["light", "dark"]:
        theme.apply(app, name)
        suffix = "" if name == "light" else "-dark"
        view = DocumentView(lib, tasks)
        view.resize(1280, 820)
        view.show()
        spin()
        pdf = lib.by_path(str(docs / "leadership-for-racial-equity.pdf"))
        found = lib.search("practices", resource_id=pdf.id)
        view.open(pdf, found.hits[0].location, found.terms)
        view.set_markers([1, 3])
        spin(600)
        # A text selection from the start of the matched line into the next one, as a
        # reader about to "Add note" on it would have.
        pdf_view = view.pdf
        page0 = pdf_view.current_page - 1
        match = pdf_view.search_model.resultsOnPage(page0)[0].rectangles()[0]
        y = match.center().y()
        pdf_view.view.select_between(
            page0, QPointF(60, y), QPointF(match.right() + 120, y + match.height() + 6)
        )
        spin(600)
        view.grab().save(str(OUT / f"pdf-viewer{suffix}.png"))
        md = lib.by_path(str(docs / "community-conversations-on-race.md"))
        found = lib.search("invite", resource_id=md.id)
        view.open(md, found.hits[0].location, found.terms)
        spin(800)
        view.grab().save(str(OUT / f"reader-view{suffix}.png"))
        view.close()
        # An import with one new file, a duplicate and three files that cannot be used.
        inbox = tmp / f"inbox-{name}"
        inbox.mkdir()
        shutil.copy(ROOT / "assets/starter/guides/about-real.md", inbox / "about-real-copy.md")
        (inbox / f"Council retreat agenda ({name}).md").write_text(
            f"# Council retreat agenda\n\nEquity goals for the year ({name}).\n"
        )
        (inbox / "Budget equity worksheet.pdf").write_text("saved from an email, not a PDF")
        (inbox / "council-notes.docx").write_bytes(b"PK\x03\x04 binary")
        (inbox / "Community survey results 2024 (final, revised).html").write_bytes(b"\0\1\2")
        importer = ImportController(lib, tasks, None)
        done: list[object] = []
        importer.finished.connect(done.append)
        importer.import_paths([inbox, docs])
        while not done:
            spin(100)
        dialog = importer.summary_dialog
        dialog.resize(820, 400)
        spin(300)
        dialog.grab().save(str(OUT / f"import-summary{suffix}.png"))
        dialog.close()
    tasks.shutdown()


if __name__ == "__main__":  # the core's importer uses worker processes (spawn)
    main()
