"""Screenshots of the player for the docs (run under Xvfb: VLC draws into a real X window).

    Xvfb :99 -screen 0 1280x720x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb REAL_DESKTOP_VLC_ARGS=--aout=dummy \\
        .venv/bin/python benchmarks/player_screenshot.py light docs/screenshots/player.png

A widget grab cannot see libvlc's native surface, so the whole screen is captured with
ffmpeg's x11grab once a frame is showing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QCursor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    theme, out = sys.argv[1], Path(sys.argv[2])
    from real_desktop.core.library import Library
    from real_desktop.core.models import Location, LocationKind
    from real_desktop.ui import theme as themes
    from real_desktop.ui.player.view import PlayerView
    from real_desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    themes.apply(app, theme)
    with tempfile.TemporaryDirectory() as home:
        lib = Library.open(Path(home))  # the starter library: the demo video with its title
        video = lib.get("real-demo-tour")
        assert video is not None, "the starter catalog should list the demo video"
        view = PlayerView(lib, TaskRunner(synchronous=True))
        view.setWindowTitle(f"{video.title} — REAL Desktop")
        view.setGeometry(0, 0, 1280, 720)
        view.show()
        spin(300)
        cues = lib.segments(video.id)
        cue = cues[min(5, len(cues) - 1)]
        view.open(video, cue.location, ("equity",))
        view.set_note_markers(
            [Location(LocationKind.TIME, start=c.location.start) for c in cues[2:9:3]]
        )
        view.splitter.setSizes([800, 480])
        spin(3000)
        view.player.pause()
        QCursor.setPos(1279, 719)  # keep the pointer out of the picture
        spin(700)
        display = os.environ.get("DISPLAY", ":99")
        subprocess.run(
            ["ffmpeg", "-loglevel", "error", "-y", "-f", "x11grab", "-video_size", "1280x720",
             "-i", display, "-frames:v", "1", str(out)],
            check=True,
        )  # fmt: skip
        view.close_resource()
        lib.close()
    print(out)


if __name__ == "__main__":
    main()
