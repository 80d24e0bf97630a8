"""Screenshot of a machine-made transcript in the player: LibriVox speech (laid over the
demo video's pictures) transcribed by the real job runner, opened at a search hit.

    DISPLAY=:99 QT_QPA_PLATFORM=xcb REAL_DESKTOP_VLC_ARGS=--aout=dummy \\
        .venv/bin/python docs/screenshots/make_transcript_screenshot.py light OUT.png

A widget grab cannot see libvlc's native surface: the screen is captured with x11grab."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QCursor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from speech_fixtures import make_speech_video  # noqa: E402


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    theme, out = sys.argv[1], Path(sys.argv[2])
    from real_desktop.core.jobs.queue import JobKind, JobQueue
    from real_desktop.core.jobs.runner import JobRunner
    from real_desktop.core.library import Library
    from real_desktop.ui import theme as themes
    from real_desktop.ui.player.view import PlayerView
    from real_desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    themes.apply(app, theme)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        speech = root / "speech.mp4"
        make_speech_video(speech)
        talk = root / "media" / "Sense and Sensibility, chapter 1 (reading).mp4"
        talk.parent.mkdir()
        subprocess.run(
            ["ffmpeg", "-loglevel", "error", "-y", "-i", str(ROOT / "media/demo/real-desktop-tour.mp4"),
             "-i", str(speech), "-map", "0:v", "-map", "1:a", "-c", "copy", "-shortest", str(talk)],
            check=True,
        )  # fmt: skip
        lib = Library.open(root / "home", seed=False)
        rid = lib.import_all([talk]).results[0].resource_id
        assert JobRunner(lib.db, lib.index, lib.home).run(JobQueue(lib.db).enqueue(JobKind.TRANSCRIBE, [rid])).ok
        video = lib.get(rid)
        hit = next(h for h in lib.search("selfish").hits if h.resource_id == rid)
        view = PlayerView(lib, TaskRunner(synchronous=True))
        view.setWindowTitle(f"{video.title} — REAL Desktop")
        view.setGeometry(0, 0, 1280, 720)
        view.show()
        spin(300)
        view.open(video, hit.location, ("selfish",))
        view.splitter.setSizes([800, 480])
        spin(3000)
        view.player.pause()
        QCursor.setPos(1279, 719)
        spin(700)
        subprocess.run(
            ["ffmpeg", "-loglevel", "error", "-y", "-f", "x11grab", "-video_size", "1280x720",
             "-i", os.environ.get("DISPLAY", ":99"), "-frames:v", "1", str(out)],
            check=True,
        )  # fmt: skip
        view.close_resource()
        lib.close()
    print(out)


if __name__ == "__main__":
    main()
