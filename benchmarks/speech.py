"""Speech-to-text and OCR benchmark: speed, accuracy, and what the window feels.

    python -m benchmarks.speech            # ./dev bench speech
    python -m benchmarks.speech --pages 6

1. Transcription: the LibriVox clips of pocketsphinx-testdata laid into a video with
   silence between (tests/speech_fixtures.py), through the job runner (worker process at
   low priority, as the app runs it): seconds of audio per second of wall time (target
   >= 3x real time) and the word error rate against the reference transcripts.
2. OCR: an image-only PDF of --pages pages: pages per minute.
3. The UI thread while both run in the background (JobsController, real TaskRunners,
   offscreen Qt): a 5 ms timer's longest gap, against the same timer with nothing
   running (target: longest stall <= 50 ms).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from speech_fixtures import make_scanned_pdf, make_speech_video, word_error_rate  # noqa: E402

PAGE_LINES = [
    "Racial equity plan for the city of Springfield",
    "Residents met with council members in the spring",
    "The working group reviewed hiring and contracting data",
    "Next steps: budget hearings, youth programs, transit",
]


def _library(root: Path):  # type: ignore[no-untyped-def]
    from real_desktop.core.library import Library

    return Library.open(root, seed=False)


def bench_transcription(root: Path) -> tuple[float, float, float]:
    from real_desktop.core.jobs.queue import JobKind, JobQueue
    from real_desktop.core.jobs.runner import JobRunner
    from real_desktop.core.speech.store import track_cues

    video = root / "talk.mp4"
    clips = make_speech_video(video)
    lib = _library(root / "t")
    rid = lib.import_all([video]).results[0].resource_id
    duration = clips[-1].end + 4.0
    ids = JobQueue(lib.db).enqueue(JobKind.TRANSCRIBE, [rid])
    t0 = time.perf_counter()
    assert JobRunner(lib.db, lib.index, lib.home).run(ids).ok
    took = time.perf_counter() - t0
    hyp = [w for c in track_cues(lib.db, rid, "en") for w in c.text.lower().split()]
    wer = word_error_rate([w for c in clips for w in c.words], hyp)
    lib.close()
    return duration, took, wer


def bench_ocr(root: Path, pages: int) -> tuple[int, float]:
    from real_desktop.core.jobs.queue import JobKind, JobQueue
    from real_desktop.core.jobs.runner import JobRunner

    pdf = root / "scan.pdf"
    make_scanned_pdf(pdf, [[f"Page {i + 1}", *PAGE_LINES] for i in range(pages)])
    lib = _library(root / "o")
    rid = lib.import_all([pdf]).results[0].resource_id
    ids = JobQueue(lib.db).enqueue(JobKind.OCR, [rid])
    t0 = time.perf_counter()
    assert JobRunner(lib.db, lib.index, lib.home).run(ids).ok
    took = time.perf_counter() - t0
    lib.close()
    return pages, took


def bench_stall(root: Path, pages: int) -> tuple[float, float, float]:
    """(longest gap idle, longest gap while working, seconds of work) in ms/ms/s."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from real_desktop.core.policy import DESKTOP
    from real_desktop.ui.jobs.controller import JobsController
    from real_desktop.ui.jobs.panel import JobsPanel

    app = QApplication.instance() or QApplication([])
    video = root / "talk.mp4"
    pdf = root / "scan.pdf"
    lib = _library(root / "s")
    summary = lib.import_all([video, pdf])
    ids = [r.resource_id for r in summary.results]

    def measure(seconds: float | None, until=None) -> float:  # type: ignore[no-untyped-def]
        clock, worst, last = QElapsedTimer(), [0.0], [0.0]
        clock.start()

        def tick() -> None:
            now = clock.nsecsElapsed() / 1e6
            worst[0] = max(worst[0], now - last[0] - 5.0)
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        timer.start()
        while True:
            app.processEvents()
            time.sleep(0.001)
            if seconds is not None and clock.elapsed() > seconds * 1000:
                break
            if until is not None and until():
                break
        timer.stop()
        return worst[0]

    idle = measure(3.0)
    jobs = JobsController(lib, DESKTOP)
    panel = JobsPanel(jobs)
    panel.show()
    finished: list[object] = []
    jobs.finished.connect(finished.append)
    t0 = time.perf_counter()
    jobs.transcribe([ids[0]])
    jobs.recognise([ids[1]])
    busy = measure(None, until=lambda: bool(finished) and not jobs.running and not jobs.pending_jobs())
    took = time.perf_counter() - t0
    jobs.work_tasks.shutdown()
    jobs.tasks.shutdown()
    lib.close()
    return idle, busy, took


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=6)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        duration, took, wer = bench_transcription(root)
        print(f"transcription: {duration:.1f} s of audio in {took:.1f} s = "
              f"{duration / took:.1f}x real time (target >= 3x); WER {wer:.1%}")  # fmt: skip
        pages, took = bench_ocr(root, args.pages)
        print(f"OCR: {pages} pages in {took:.1f} s = {pages / took * 60:.0f} pages/min")
        idle, busy, took = bench_stall(root, args.pages)
        print(f"UI thread, longest stall: {idle:.1f} ms idle, {busy:.1f} ms while transcribing "
              f"and recognising ({took:.1f} s of work; target <= 50 ms)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
