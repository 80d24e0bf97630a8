"""Screenshots of the notes panel beside a real viewer, from a real window under Xvfb.

    Xvfb :97 -screen 0 1440x900x24 &
    DISPLAY=:97 QT_QPA_PLATFORM=xcb .venv/bin/python tests/ui/notes/shoot_screenshots.py [--theme dark]

Writes docs/screenshots/notes-pdf.png, notes-video.png (and notes-view.png, the
library-wide list). Not a test: a tool to look at the real thing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

PAGES = [
    "Leadership for Racial Equity\n\nA practical guide for city leaders who want to apply a racial "
    "equity lens to policies, practices and budget decisions.",
    "Why equity in local government\n\nAdvancing racial equity in local government raises the "
    "prosperity, health and safety of the whole community.",
    "Applying the lens to the budget\n\nFor each budget decision, ask who benefits, who is burdened, "
    "and what data shows the outcomes by race and neighborhood. Involve residents who are most "
    "affected before the decision is made.",
    "Working with partners\n\nState municipal leagues and partner organizations can share tools, "
    "training and peer networks.",
    "Next steps\n\nPick one policy, one practice and one budget line to review this year.",
]


def make_pdf(path: Path) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    w = QPdfWriter(str(path))
    w.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    w.setResolution(72)
    w.setTitle("Applying a Racial Equity Lens")
    p = QPainter(w)
    for i, text in enumerate(PAGES):
        if i:
            w.newPage()
        head, body = text.split("\n\n", 1)
        p.setFont(QFont("DejaVu Sans", 20, QFont.Weight.Bold))
        p.drawText(QRectF(60, 60, 490, 60), Qt.TextFlag.TextWordWrap, head)
        p.setFont(QFont("DejaVu Serif", 12))
        p.drawText(QRectF(60, 130, 490, 560), Qt.TextFlag.TextWordWrap, body)
    p.end()


def make_video(path: Path) -> None:
    subprocess.run(
        [
            "ffmpeg",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "testsrc=duration=60:size=640x360:rate=25",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=440:duration=60",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-preset",
            "veryfast",
            "-c:a",
            "aac",
            "-shortest",
            str(path),
        ],
        check=True,
    )
    path.with_suffix(".en.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:20.000\nWelcome, city leaders, to this session on racial healing.\n\n"
        "00:00:20.000 --> 00:00:45.000\nWe start by listening to residents.\n",
        encoding="utf-8",
    )


def bare_video_class() -> type:
    """Until PlayerView exists: the real player backend's video widget, with the viewer
    protocol methods the notes panel uses."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from real_desktop.core.models import Location, LocationKind
    from real_desktop.core.timefmt import format_time
    from real_desktop.player.factory import create_player

    class BareVideo(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.player, _notice = create_player(self)
            self.video = self.player.create_video_widget(self)
            self.time = QLabel(self)
            lay = QVBoxLayout(self)
            lay.addWidget(self.video, 1)
            lay.addWidget(self.time)
            self.player.positionChanged.connect(lambda s: self.time.setText(format_time(s)))

        def open(self, resource, location=None, terms=()) -> None:  # noqa: ANN001
            self.player.attach(self.video)
            self.player.open(resource.path)
            if location is not None and location.start is not None:
                self.player.seek(location.start)

        def play(self) -> None:
            self.player.play()

        def go_to(self, location) -> None:  # noqa: ANN001
            if location.start is not None:
                self.player.seek(location.start)

        def current_location(self) -> Location:
            return Location(LocationKind.TIME, start=self.player.position())

        def close_resource(self) -> None:
            self.player.stop()
            self.player.release()

    return BareVideo


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--theme", default="light")
    ap.add_argument("--suffix", default="")
    args = ap.parse_args()

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QSplitter, QWidget

    app = QApplication(sys.argv[:1])
    from real_desktop.ui import theme

    theme.apply(app, args.theme)
    from real_desktop.core.library import Library
    from real_desktop.core.models import Location, LocationKind
    from real_desktop.core.notes import NoteStore
    from real_desktop.ui.notes.notes_view import NotesView
    from real_desktop.ui.notes.panel import NotesPanel
    from real_desktop.ui.tasks import TaskRunner
    from real_desktop.ui.viewers import DocumentView

    def settle(ms: int = 600) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    tmp = Path(tempfile.mkdtemp(prefix="notes-shots-"))
    docs = tmp / "docs"
    docs.mkdir()
    make_pdf(docs / "Applying a Racial Equity Lens.pdf")
    have_video = True
    try:
        make_video(docs / "Undoing Racism in America's Cities.mp4")
    except (OSError, subprocess.CalledProcessError):
        have_video = False
    lib = Library.open(tmp / "home", seed=False)
    lib.import_all([docs])
    tasks = TaskRunner()
    store = NoteStore(lib)
    pdf = next(r for r in lib.resources() if r.format == "pdf")
    lib.update_metadata(
        pdf.id, collection="Leadership for Racial Equity", title="Applying a Racial Equity Lens"
    )
    pdf = lib.get(pdf.id)
    store.create(
        pdf.id,
        None,
        body="Share with the **finance committee** before the March retreat.",
        tags=["council"],
    )
    store.create(
        pdf.id,
        Location(LocationKind.PAGE, page=2),
        body="Good framing for the council work session.",
    )
    store.create(
        pdf.id,
        Location(LocationKind.PAGE, page=3),
        quote="ask who benefits, who is burdened",
        body="Use these two questions on the **parks** and **transit** lines.\n\n- parks: pool hours\n- transit: night routes",
        tags=["budget", "parks"],
    )
    store.create(
        pdf.id, Location(LocationKind.PAGE, page=5), body="Pick one line item for the pilot."
    )
    OUT.mkdir(parents=True, exist_ok=True)

    def shoot(viewer: QWidget, resource, name: str, select_row: int, edit: bool = False) -> None:
        win = QWidget()
        win.setWindowTitle("REAL Desktop")
        split = QSplitter(Qt.Orientation.Horizontal, win)
        panel = NotesPanel(store, tasks)
        split.addWidget(viewer)
        split.addWidget(panel)
        split.setSizes([1000, 440])
        lay = QHBoxLayout(win)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        win.resize(1440, 900)
        win.show()
        panel.jumpRequested.connect(viewer.go_to)
        # markers forwarded as the main window does
        if hasattr(viewer, "set_note_markers"):
            panel.markersChanged.connect(viewer.set_note_markers)
        elif hasattr(viewer, "set_markers"):
            panel.markersChanged.connect(
                lambda locs: viewer.set_markers(sorted({loc.page for loc in locs if loc.page}))
            )
        panel.set_viewer(viewer)
        panel.set_resource(resource)
        settle(800)
        tasks.wait()
        settle(300)
        panel.list.setCurrentIndex(panel.model.index(select_row))
        panel.jumpRequested.emit(panel.current_note().location)
        if edit:
            panel.editor.start_editing()
        settle(900)
        # The screen's pixels: an embedded VLC picture is not drawn by Qt, grab() misses it.
        app.primaryScreen().grabWindow(win.winId()).save(str(OUT / f"{name}{args.suffix}.png"))
        print("wrote", OUT / f"{name}{args.suffix}.png")
        panel.flush()
        viewer.close_resource()  # while the widgets still exist
        win.close()

    BareVideo = bare_video_class()  # noqa: N806
    doc = DocumentView(lib, tasks)
    doc.open(pdf)
    shoot(doc, pdf, "notes-pdf", 2)

    if have_video:
        try:
            from real_desktop.ui.player.view import PlayerView
        except ImportError:
            PlayerView = None  # noqa: N806
            print("PlayerView not available: using the bare player backend instead")
        vid = next((r for r in lib.resources() if r.format == "mp4"), None)
        if vid is not None:
            lib.update_metadata(vid.id, collection="Leadership for Racial Equity")
            vid = lib.get(vid.id)
            store.create(
                vid.id,
                Location(LocationKind.TIME, start=4),
                body="Opening: why **racial healing** comes first.",
                tags=["healing"],
            )
            store.create(
                vid.id,
                Location(LocationKind.TIME, start=21),
                body="Listening sessions: who was in the room?\n\nAsk the panel for their checklist.",
            )
            store.create(
                vid.id,
                Location(LocationKind.TIME, start=48),
                body="Follow up with the youth council.",
                tags=["youth"],
            )
            pv = PlayerView(lib, tasks) if PlayerView is not None else BareVideo()
            pv.open(vid, Location(LocationKind.TIME, start=21))
            if hasattr(pv, "play"):
                pv.play()
            shoot(pv, vid, "notes-video", 1, edit=False)

    view = NotesView(store, lib, tasks)
    view.resize(1440, 900)
    view.show()
    settle(800)
    tasks.wait()
    settle(300)
    view.table.selectRow(1)
    settle(300)
    view.grab().save(str(OUT / f"notes-view{args.suffix}.png"))
    print("wrote", OUT / f"notes-view{args.suffix}.png")
    tasks.shutdown()
    store.close()
    lib.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
