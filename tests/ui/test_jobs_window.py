"""Background work in the main window: the import summary's offer, the automatic
setting, the items' menu, the status-bar button, and resuming at start."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from real_desktop.core.jobs.queue import JobKind, JobQueue, JobState
from real_desktop.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from speech_fixtures import make_scanned_pdf  # noqa: E402

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract-ocr"),
]



@pytest.fixture
def window(qtbot, empty_library, runner, settings) -> Iterator[MainWindow]:
    w = MainWindow(empty_library, runner, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.parts_ready and not w.jobs.running)
    yield w
    w.jobs.shutdown()
    w.close()


def _scan(library, tmp_path: Path, name: str, word: str):  # type: ignore[no-untyped-def]
    pdf = tmp_path / name
    make_scanned_pdf(pdf, [[word]])
    return library.import_all([pdf])


def test_the_import_summary_offers_to_recognise_scans(window: MainWindow, empty_library, tmp_path, qtbot) -> None:
    summary = _scan(empty_library, tmp_path, "scan.pdf", "Playground renovation")
    window.importer.finished.emit(summary)
    qtbot.waitUntil(lambda: getattr(window, "machine_text_offer", None) is not None)
    box = window.machine_text_offer
    assert box.text() == "1 document is a scan — recognise its text?"
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: bool(empty_library.search("playground").hits))
    assert empty_library.search("playground").hits[0].machine
    assert window.jobs_panel.isVisible() and window.jobs_button.isVisible()
    qtbot.waitUntil(lambda: not window.jobs.running)
    qtbot.waitUntil(lambda: window.jobs_panel.summary.text() == "All done.")


def test_with_the_setting_it_just_does_it(window: MainWindow, empty_library, tmp_path, qtbot) -> None:
    window.settings.auto_machine_text = True
    summary = _scan(empty_library, tmp_path, "auto.pdf", "Crosswalk request")
    window.importer.finished.emit(summary)
    qtbot.waitUntil(lambda: bool(empty_library.search("crosswalk").hits))
    assert getattr(window, "machine_text_offer", None) is None


def test_the_items_menu_queues_one(window: MainWindow, empty_library, tmp_path, qtbot) -> None:
    rid = _scan(empty_library, tmp_path, "menu.pdf", "Recycling schedule").results[0].resource_id
    resource = empty_library.get(rid)
    window.browser.transcribeRequested.emit([resource])  # a document: nothing to transcribe
    window.browser.recogniseRequested.emit([resource])
    qtbot.waitUntil(lambda: bool(empty_library.search("recycling").hits))
    kinds = {j.kind for j in JobQueue(empty_library.db).recent()}
    assert kinds == {JobKind.OCR}


def test_work_queued_before_a_restart_resumes(qtbot, empty_library, runner, settings, tmp_path) -> None:
    rid = _scan(empty_library, tmp_path, "left.pdf", "Bus shelter").results[0].resource_id
    (jid,) = JobQueue(empty_library.db).enqueue(JobKind.OCR, [rid])
    w = MainWindow(empty_library, runner, settings)
    qtbot.addWidget(w)
    w.show()
    try:
        qtbot.waitUntil(lambda: JobQueue(empty_library.db).state(jid) is JobState.DONE)
        assert empty_library.search("shelter").hits
    finally:
        w.jobs.shutdown()
        w.close()


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")
def test_captions_can_be_exported_as_webvtt(
    window: MainWindow, empty_library, tmp_path, qtbot, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from core_fixtures import make_video

    video = make_video(tmp_path / "clip.mp4")
    (tmp_path / "clip.en.vtt").write_text("WEBVTT\n\n00:00:00.500 --> 00:00:01.500\nHello room\n")
    rid = empty_library.import_all([video]).results[0].resource_id
    out = tmp_path / "out" / "clip.vtt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    window.browser.exportCaptionsRequested.emit([empty_library.get(rid)])
    qtbot.waitUntil(out.exists)
    text = out.read_text()
    assert text.startswith("WEBVTT") and "00:00:00.500 --> 00:00:01.500\nHello room" in text
