"""Screenshots of the agenda editor and both presentation views (issue 12), light and dark.

    DISPLAY=:NN QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/make_agenda_screenshots.py

Writes agenda-editor, presenter-view and audience-view (+ -dark) PNGs next to this file,
from a throwaway library of the starter guides and the demo video.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent

POINTS = """- Open with the mayor's question: *who is missing from this room?*
- Name the **three levels** of racism: individual, institutional, structural
- Connect to last month's budget hearing"""
QUESTIONS = """1. Where have you seen an institutional pattern in your city's services?
2. What would change if residents set the first budget priority?"""


def spin(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def build(tmp: Path):  # noqa: ANN201
    from real_desktop.core.agendas.store import AgendaStore
    from real_desktop.core.library import Library

    files = tmp / "Workshop"
    files.mkdir()
    for name in ("leadership-for-racial-equity.pdf", "getting-started.md"):
        shutil.copy(ROOT / "assets/starter/guides" / name, files / name)
    shutil.copy(ROOT / "media/demo/real-desktop-tour.mp4", files / "real-desktop-tour.mp4")
    lib = Library.open(tmp / "home", seed=False)
    lib.import_all([files])
    by = {r.format: r for r in lib.resources()}
    store = AgendaStore(lib.db, lib.catalog)
    a = store.create("Leadership for Racial Equity — morning session")
    store.add_item(a.id, by["md"].id, minutes=5, points="- Welcome, ground rules\n- Phones down")
    store.add_item(a.id, by["mp4"].id, clip=(2.0, 9.0), minutes=12, points=POINTS,
                   questions=QUESTIONS)
    pages = min(3, by["pdf"].page_count or 1)
    store.add_item(a.id, by["pdf"].id, pages=(2 if pages > 1 else 1, pages), minutes=20,
                   points="Read the definitions together; pause after each one.")
    store.add_item(a.id, by["pdf"].id, minutes=15, questions="1. What is one change you will make?")
    return lib, store.find(a.id)


def main() -> None:
    app = QApplication([sys.argv[0], "-style", "Fusion"])
    from real_desktop.ui import theme
    from real_desktop.ui.agenda.editor import AgendaEditor
    from real_desktop.ui.agenda.present_app import open_presenter
    from real_desktop.ui.tasks import TaskRunner

    tmp = Path(tempfile.mkdtemp())
    lib, agenda = build(tmp)
    tasks = TaskRunner()
    for name in sys.argv[1:] or ["light", "dark"]:
        theme.apply(app, name)
        suffix = "" if name == "light" else "-dark"
        editor = AgendaEditor(lib, tasks)
        editor.resize(1280, 760)
        editor.show()
        spin(800)
        editor.items.setCurrentRow(1)
        spin(800)
        editor.form.player.play()  # a frame in the preview, as while marking a clip
        spin(1500)
        editor.form.player.pause()
        spin(400)
        # The screen's pixels, not grab(): VLC draws into a native child window.
        editor.screen().grabWindow(int(editor.winId())).save(
            str(OUT / f"agenda-editor{suffix}.png"))
        editor.close()

        w = open_presenter(lib, agenda.id, tasks)
        w.resize(1280, 720)
        w.show()
        w.start(1, show=False)
        w.clock._start -= 185  # a session three minutes in, for the picture
        w.clock._item_start -= 140
        spin(800)
        w._update_clock()
        w.grab().save(str(OUT / f"presenter-view{suffix}.png"))
        w.go(2)
        w.audience.resize(1280, 720)
        w.audience.show()
        spin(1200)
        w.audience.grab().save(str(OUT / f"audience-view{suffix}.png"))
        w.end()
        spin(300)
    tasks.shutdown()
    lib.close()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
