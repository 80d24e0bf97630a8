"""Background work in the window: queueing from an item, progress per item and overall,
Cancel, the policy, and the import summary's offer."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from real_desktop.core.jobs.queue import JobKind, JobQueue, JobState
from real_desktop.core.policy import DESKTOP, Action, Policy
from real_desktop.ui.jobs.controller import JobsController
from real_desktop.ui.jobs.panel import JobsPanel

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from speech_fixtures import make_scanned_pdf  # noqa: E402

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract-ocr"),
]


@pytest.fixture
def scans(empty_library, tmp_path: Path) -> list[str]:
    ids = []
    for name, word in (("one.pdf", "Streetlight survey"), ("two.pdf", "Library hours")):
        pdf = tmp_path / name
        make_scanned_pdf(pdf, [[word]])
        ids.append(empty_library.import_all([pdf]).results[0].resource_id)
    return ids


def test_recognising_from_the_window_shows_progress_and_results(
    empty_library, scans: list[str], sync_tasks, qtbot
) -> None:
    jobs = JobsController(empty_library, DESKTOP, sync_tasks, work_tasks=sync_tasks)
    panel = JobsPanel(jobs)
    qtbot.addWidget(panel)
    seen = []
    jobs.progress.connect(seen.append)
    done = []
    jobs.finished.connect(done.append)
    changed = []
    jobs.itemDone.connect(changed.append)
    jobs.recognise(scans)
    assert done and done[0].ok
    assert sorted(changed) == sorted(scans)
    assert seen and seen[-1].overall == 1.0
    assert panel.list.topLevelItemCount() == 2
    assert {panel.list.topLevelItem(i).text(3).split(":")[0] for i in range(2)} == {"Done"}
    assert empty_library.search("streetlight").hits[0].machine
    panel.clear_button.click()
    assert panel.list.topLevelItemCount() == 0
    assert "Nothing to do" in panel.summary.text()


def test_cancel_all_and_the_kiosk_policy(empty_library, scans: list[str], sync_tasks, qtbot) -> None:
    queue = JobQueue(empty_library.db)
    queue.enqueue(JobKind.OCR, scans)
    jobs = JobsController(empty_library, DESKTOP, sync_tasks, work_tasks=sync_tasks)
    panel = JobsPanel(jobs)
    qtbot.addWidget(panel)
    jobs.refresh()
    assert panel.cancel_all_button.isEnabled()
    panel.cancel_all_button.click()
    assert [j.state for j in queue.recent()] == [JobState.CANCELLED] * 2
    kiosk = Policy(denied=frozenset({Action.TRANSCRIBE}))
    locked = JobsController(empty_library, kiosk, sync_tasks, work_tasks=sync_tasks)
    locked.recognise(scans)
    assert queue.pending() == []
