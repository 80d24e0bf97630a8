"""Puts background work into the main window (called from window/parts.py): the
controller, the panel (a tool window), a status-bar button, the items' menu, the import
summary's offer, and resuming what a previous session left queued."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QToolButton

from real_desktop.core.jobs.queue import JobKind, JobState
from real_desktop.core.models import Kind
from real_desktop.ui import i18n
from real_desktop.ui.jobs.controller import JobsController
from real_desktop.ui.jobs.panel import JobsPanel

if TYPE_CHECKING:
    from real_desktop.ui.main_window import MainWindow


def wire_jobs(w: MainWindow) -> None:
    w.jobs = jobs = JobsController(w.library, w.registry.policy, w.tasks, parent=w)
    jobs.speech_options = lambda: (
        {"engine": "whisper", "whisper_model": w.settings.whisper_model}
        if w.settings.whisper_model else {"engine": "pocketsphinx"}
    )  # fmt: skip
    # A tool window of its own (not a dock: a dock brings a show/hide action the policy
    # would not know about), shown from the status bar's button or when work is queued.
    w.jobs_panel = panel = JobsPanel(jobs, w)
    panel.setWindowFlag(Qt.WindowType.Tool, True)
    panel.setWindowTitle(QCoreApplication.translate("MainWindow", "Background work"))
    panel.resize(640, 320)
    panel.hide()

    def show_panel() -> None:
        if not panel.isVisible():
            # Over the window's bottom-right corner (the status bar's button is there),
            # not over the search field and the results at its top left.
            geo = w.geometry()
            panel.move(max(geo.left(), geo.right() - panel.width() - 24),
                       max(geo.top(), geo.bottom() - panel.height() - 56))  # fmt: skip
        panel.show()
        panel.raise_()
        jobs.refresh()

    w.show_jobs_panel = show_panel
    show = w.registry.action("jobs.show", w, show_panel)
    w.jobs_button = button = QToolButton()
    button.setDefaultAction(show)
    button.setAutoRaise(True)
    button.setVisible(False)
    w.statusBar().addPermanentWidget(button)

    def progress(p: Any) -> None:
        button.setVisible(True)
        show.setText(
            QCoreApplication.translate("MainWindow", "Background work: %1 of %2, %3%").replace("%1", str(p.done))
            .replace("%2", str(p.total)).replace("%3", str(int(p.overall * 100)))
        )  # fmt: skip

    def listed(jobs_now: list[Any]) -> None:
        pending = [j for j in jobs_now if j.state in (JobState.QUEUED, JobState.RUNNING)]
        if pending:
            button.setVisible(True)
        elif not jobs.running:
            show.setText(QCoreApplication.translate("MainWindow", "Background work"))
            button.setVisible(bool(jobs_now))

    jobs.progress.connect(progress)
    jobs.jobsChanged.connect(listed)
    jobs.itemDone.connect(lambda rid: w.events.emit_changed("imported", [rid]))

    def queue(kind: JobKind, resources: list[Any]) -> None:
        if kind is JobKind.TRANSCRIBE:
            ids = [r.id for r in resources if r.kind is not Kind.DOCUMENT]
        else:
            ids = [r.id for r in resources if r.kind is Kind.DOCUMENT and r.format == "pdf"]
        if ids:
            jobs.queue(kind, ids, jobs.speech_options() if kind is JobKind.TRANSCRIBE else {})
            show_panel()

    w.browser.transcribeRequested.connect(lambda rs: queue(JobKind.TRANSCRIBE, rs))
    w.browser.recogniseRequested.connect(lambda rs: queue(JobKind.OCR, rs))
    w.browser.exportCaptionsRequested.connect(lambda rs: export_captions(w, rs))
    w.importer.finished.connect(lambda summary: offer_after_import(w, jobs, summary))
    # Closing: stop the worker, put its job back in the queue (the next start resumes it).
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(jobs.shutdown)
    w.jobs_close_watch = watch = _CloseWatch(w, jobs)
    w.installEventFilter(watch)
    jobs.start()  # resumes jobs a previous session left queued or running


class _CloseWatch(QObject):
    """Pauses the work once the window has really closed (a close can be refused)."""

    def __init__(self, window: MainWindow, jobs: JobsController) -> None:
        super().__init__(window)
        self.window, self.jobs = window, jobs

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if e.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._after_close)
        return False

    def _after_close(self) -> None:
        if not self.window.isVisible():
            self.jobs.shutdown()


def offer_after_import(w: MainWindow, jobs: JobsController, summary: Any) -> None:
    """"N videos have no captions — transcribe them?" / "N documents are scans —
    recognise their text?" (or, with the setting, just do it)."""
    if not jobs.allowed():
        return
    touched = [r.resource_id for r in summary.results if r.resource_id]
    if not touched:
        return

    def find() -> tuple[list[str], list[str]]:
        return (jobs.without_text(JobKind.TRANSCRIBE, touched), jobs.without_text(JobKind.OCR, touched))

    def offer(found: tuple[list[str], list[str]]) -> None:
        videos, scans = found
        if not videos and not scans:
            return
        if w.settings.auto_machine_text:
            jobs.transcribe(videos)
            jobs.recognise(scans)
            return
        lines = []
        if videos:
            lines.append(offer_text(w, len(videos), True))
        if scans:
            lines.append(offer_text(w, len(scans), False))
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("MainWindow", "Make it searchable"), "\n".join(lines),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, w)  # fmt: skip
        box.setInformativeText(QCoreApplication.translate("MainWindow", "It runs in the background, on this computer, at low "
                                    "priority; you can keep working."))  # fmt: skip
        box.setObjectName("machine_text_offer")
        box.setWindowModality(Qt.WindowModality.NonModal)

        def answered(button: Any) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                jobs.transcribe(videos)
                jobs.recognise(scans)
                w.show_jobs_panel()

        box.buttonClicked.connect(answered)
        w.machine_text_offer = box
        box.show()

    jobs.tasks.submit(find, on_done=offer)


def offer_text(w: MainWindow, n: int, videos: bool) -> str:
    if videos:
        if n == 1:
            return QCoreApplication.translate("MainWindow", "1 video has no captions — transcribe it?")
        return QCoreApplication.translate("MainWindow", "%1 videos have no captions — transcribe them?").replace("%1", str(n))
    if n == 1:
        return QCoreApplication.translate("MainWindow", "1 document is a scan — recognise its text?")
    return QCoreApplication.translate("MainWindow", "%1 documents are scans — recognise their text?").replace("%1", str(n))


def export_captions(w: MainWindow, resources: list[Any]) -> None:
    """Save the chosen video's first caption track as WebVTT (the automatic one, or a
    caption file's, as the player shows it)."""
    from pathlib import Path

    from real_desktop.ui import guarded

    media = [r for r in resources if r.kind is not Kind.DOCUMENT and r.captions]
    if len(media) != 1:
        return
    r = media[0]
    track = r.captions[0]
    suggested = str(Path.home() / f"{Path(r.path or r.id).stem}.{track.language or 'en'}.vtt")
    target = guarded.save_file(w.registry.policy, w, QCoreApplication.translate("MainWindow", "Export captions"), suggested,
                               QCoreApplication.translate("MainWindow", "WebVTT captions (*.vtt)"))  # fmt: skip
    if target is None:
        return

    def write() -> str:
        from real_desktop.core.speech.cues import Cue, write_vtt

        cues = [Cue(s.location.start or 0.0, s.location.end or s.location.start or 0.0, s.text)
                for s in w.library.segments(r.id, track=track.language)]  # fmt: skip
        write_vtt(target, cues, track.label if track.label.startswith("Automatic (") else "")
        return str(target)

    w.tasks.submit(
        write,
        on_done=lambda path: w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Captions saved to %1").replace("%1", path), 5000),
        on_error=lambda exc: w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Could not save the captions: %1").replace("%1", i18n.core_text(exc)), 8000),
    )  # fmt: skip
