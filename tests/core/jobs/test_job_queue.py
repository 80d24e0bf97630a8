"""The job queue: one pending job per item, Cancel stops the worker and stores nothing,
work left running by a process that is gone resumes, a broken item fails alone."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from real_desktop.core.jobs.queue import JobKind, JobQueue, JobState
from real_desktop.core.jobs.runner import JobProgress, JobRunner
from real_desktop.core.library import Library

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from speech_fixtures import LIBRIVOX, make_scanned_pdf, make_speech_video  # noqa: E402

needs_tools = pytest.mark.skipif(
    shutil.which("ffmpeg") is None or shutil.which("tesseract") is None
    or not LIBRIVOX.exists(),
    reason="needs ffmpeg, tesseract-ocr and pocketsphinx-testdata",
)  # fmt: skip


def _scan(lib: Library, files: Path, name: str = "scan.pdf") -> str:
    pdf = files / name
    make_scanned_pdf(pdf, [["Transit equity plan"]])
    rid = lib.import_all([pdf]).results[0].resource_id
    assert rid is not None
    return rid


@needs_tools
def test_one_pending_job_per_item_and_kind(lib: Library, files: Path) -> None:
    rid = _scan(lib, files)
    q = JobQueue(lib.db)
    first = q.enqueue(JobKind.OCR, [rid])
    assert q.enqueue(JobKind.OCR, [rid, rid]) == first
    assert q.enqueue(JobKind.OCR, ["no-such-item"]) == []
    assert [j.resource_id for j in q.pending()] == [rid]


@needs_tools
def test_work_left_running_by_a_gone_process_resumes(lib: Library, files: Path) -> None:
    rid = _scan(lib, files)
    q = JobQueue(lib.db)
    (jid,) = q.enqueue(JobKind.OCR, [rid])
    gone = subprocess.Popen(["true"])
    gone.wait()
    with lib.db.write() as conn:  # what a crash halfway leaves behind
        conn.execute("UPDATE jobs SET state = 'running', owner_pid = ?, progress = 0.5", (gone.pid,))
    reopened = Library.open(lib.home, seed=False)
    try:
        summary = JobRunner(reopened.db, reopened.index, reopened.home).run()
        assert [(j.id, j.state) for j in summary.jobs] == [(jid, JobState.DONE)]
        assert reopened.search("transit").hits[0].machine
    finally:
        reopened.close()


@needs_tools
def test_cancel_stops_the_worker_and_stores_nothing(lib: Library, files: Path) -> None:
    video = files / "talk.mp4"
    make_speech_video(video)
    rid = lib.import_all([video]).results[0].resource_id
    other = _scan(lib, files)
    q = JobQueue(lib.db)
    ids = q.enqueue(JobKind.TRANSCRIBE, [rid]) + q.enqueue(JobKind.OCR, [other])
    cancel = threading.Event()

    def report(p: JobProgress) -> None:
        if p.fraction > 0:
            cancel.set()

    summary = JobRunner(lib.db, lib.index, lib.home).run(ids, report=report, cancel=cancel)
    assert {j.id: j.state for j in summary.jobs} == {
        ids[0]: JobState.CANCELLED,
        ids[1]: JobState.CANCELLED,
    }
    r = lib.get(rid)
    assert r is not None and r.captions == () and lib.segments(rid) == []
    assert q.pending() == []


@needs_tools
def test_cancelling_one_job_from_elsewhere(lib: Library, files: Path) -> None:
    video = files / "talk.mp4"
    make_speech_video(video)
    rid = lib.import_all([video]).results[0].resource_id
    other = _scan(lib, files)
    q = JobQueue(lib.db)
    ids = q.enqueue(JobKind.TRANSCRIBE, [rid]) + q.enqueue(JobKind.OCR, [other])

    def report(p: JobProgress) -> None:
        if p.job.id == ids[0] and p.fraction > 0:
            q.cancel([ids[0]])  # as the window's per-item Cancel does

    summary = JobRunner(lib.db, lib.index, lib.home).run(ids, report=report)
    assert [j.state for j in summary.jobs] == [JobState.CANCELLED, JobState.DONE]


def test_a_broken_item_fails_alone(lib: Library, files: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from core_fixtures import make_audio

    audio = make_audio(files / "gone.wav")
    rid = lib.import_all([audio]).results[0].resource_id
    audio.unlink()
    q = JobQueue(lib.db)
    ids = q.enqueue(JobKind.TRANSCRIBE, [rid]) + q.enqueue(JobKind.OCR, [rid])
    summary = JobRunner(lib.db, lib.index, lib.home).run(ids)
    assert [j.state for j in summary.jobs] == [JobState.FAILED, JobState.FAILED]
    assert "not on this computer" in summary.jobs[0].message
    assert not summary.ok


@needs_tools
def test_pausing_puts_the_running_job_back_for_the_next_start(lib: Library, files: Path) -> None:
    """What closing the app does: the worker stops, the job is queued again (not
    cancelled) and the next run finishes it."""
    video = files / "talk.mp4"
    make_speech_video(video)
    rid = lib.import_all([video]).results[0].resource_id
    q = JobQueue(lib.db)
    (jid,) = q.enqueue(JobKind.TRANSCRIBE, [rid])
    pause, cancel = threading.Event(), threading.Event()

    def report(p: JobProgress) -> None:
        if p.fraction > 0:
            pause.set()
            cancel.set()  # TaskRunner.shutdown sets both

    summary = JobRunner(lib.db, lib.index, lib.home).run(report=report, cancel=cancel, pause=pause)
    assert summary.jobs == [] and q.state(jid) is JobState.QUEUED
    assert JobRunner(lib.db, lib.index, lib.home).run().ok
    assert q.state(jid) is JobState.DONE and lib.get(rid).captions
