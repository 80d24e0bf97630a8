"""Screenshot of the background-work panel while a transcription and an OCR job run
(real jobs on LibriVox speech and an image-only PDF). Run through scripts/screenshots.py."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from speech_fixtures import make_scanned_pdf, make_speech_video  # noqa: E402


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from real_desktop.core.library import Library
    from real_desktop.core.policy import DESKTOP
    from real_desktop.ui import theme as themes
    from real_desktop.ui.jobs.controller import JobsController
    from real_desktop.ui.jobs.panel import JobsPanel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme = sys.argv[1] if len(sys.argv) > 1 else "light"
    themes.apply(app, theme)
    name = "background-work.png" if theme == "light" else f"background-work-{theme}.png"
    out = ROOT / "docs" / "screenshots" / name
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        media = root / "media"
        media.mkdir()
        make_speech_video(media / "Sense and Sensibility, chapter 1.mp4")
        make_scanned_pdf(media / "Council minutes (scan).pdf",
                         [["Council minutes", "Budget amendment"]] * 8)  # fmt: skip
        make_scanned_pdf(media / "Housing report (scan).pdf", [["Housing report"]] * 3)
        lib = Library.open(root / "home", seed=False)
        ids = [r.resource_id for r in lib.import_all([media]).results if r.resource_id]
        by_name = {lib.get(i).title: i for i in ids}
        jobs = JobsController(lib, DESKTOP)
        panel = JobsPanel(jobs)
        panel.setWindowTitle("Background work")
        panel.resize(720, 300)
        panel.show()
        videos = [i for t, i in by_name.items() if "Sense" in t]
        jobs.transcribe(videos)
        jobs.recognise([i for t, i in by_name.items() if "scan" in t.lower()])
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
            if jobs.last is not None and 0.4 < jobs.last.fraction < 0.8 and not jobs.last.finished:
                break
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)
        panel.grab().save(str(out))
        jobs.cancel_all()
        for _ in range(100):
            app.processEvents()
            time.sleep(0.02)
            if not jobs.running:
                break
        jobs.work_tasks.shutdown()
        jobs.tasks.shutdown()
        lib.close()
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
