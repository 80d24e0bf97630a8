"""The background-work panel: every queued, running and recently finished job with its
own progress, an overall bar, Cancel (the selected job) and Cancel all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.jobs.queue import Job, JobKind, JobState
from real_desktop.core.jobs.runner import JobProgress
from real_desktop.ui import i18n
from real_desktop.ui.announce import ProgressSpeech
from real_desktop.ui.jobs.controller import JobsController


class JobsPanel(QWidget):
    def __init__(self, controller: JobsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAccessibleName(self.tr("Background work"))
        self.heading = QLabel(self.tr("Background work"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.summary = QLabel(self.tr("Nothing to do."))
        self.summary.setWordWrap(True)
        self.overall = QProgressBar()
        self.overall.setRange(0, 1000)
        self.overall.setTextVisible(True)
        self.overall.setAccessibleName(self.tr("Overall progress"))
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Item"), self.tr("Work"), self.tr("Progress"), self.tr("State")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Jobs"))
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_all_button = QPushButton(self.tr("Cancel all"))
        self.clear_button = QPushButton(self.tr("Clear finished"))
        self.cancel_button.clicked.connect(self._cancel_selected)
        self.cancel_all_button.clicked.connect(controller.cancel_all)
        self.clear_button.clicked.connect(controller.clear_finished)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.cancel_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.overall)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.jobs: list[Job] = []
        self.bars: dict[int, QProgressBar] = {}
        self.speech = ProgressSpeech(self.overall)
        controller.jobsChanged.connect(self.show_jobs)
        controller.progress.connect(self.show_progress)
        self.show_jobs([])

    # -- showing --------------------------------------------------------------------------
    def _work(self, job: Job) -> str:
        if job.kind is JobKind.TRANSCRIBE:
            return self.tr("Transcribe speech")
        return self.tr("Recognise text (OCR)")

    def _state(self, job: Job) -> str:
        names = {
            JobState.QUEUED: self.tr("Waiting"),
            JobState.RUNNING: self.tr("Working…"),
            JobState.DONE: self.tr("Done"),
            JobState.FAILED: self.tr("Failed"),
            JobState.CANCELLED: self.tr("Cancelled"),
        }
        text = names[job.state]
        return f"{text}: {i18n.core_text(job.message)}" if job.message and job.state is not JobState.CANCELLED else text

    def show_jobs(self, jobs: list[Job]) -> None:
        selected = {i.data(0, Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()}
        self.jobs = list(jobs)
        self.list.clear()
        self.bars = {}
        for job in self.jobs:
            item = QTreeWidgetItem([job.title or job.resource_id, self._work(job), "", self._state(job)])
            item.setData(0, Qt.ItemDataRole.UserRole, job.id)
            item.setToolTip(3, i18n.core_text(job.message))
            self.list.addTopLevelItem(item)
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setValue(int(job.progress * 1000))
            bar.setMinimumWidth(120)
            bar.setAccessibleName(self.tr("Progress of %1").replace("%1", job.title or job.resource_id))
            self.list.setItemWidget(item, 2, bar)
            self.bars[job.id] = bar
            item.setSelected(job.id in selected)
        pending = [j for j in self.jobs if j.state in (JobState.QUEUED, JobState.RUNNING)]
        if not self.jobs:
            self.summary.setText(self.tr("Nothing to do. Transcription and text recognition "
                                         "you start from an item's menu or after an import "
                                         "show up here."))  # fmt: skip
        elif pending:
            text = (
                self.tr("1 item waiting or in progress.") if len(pending) == 1
                else self.tr("%1 items waiting or in progress.").replace("%1", str(len(pending)))
            )  # fmt: skip
            self.summary.setText(text + " " + self.tr("The window stays usable; the work runs at low priority."))
        else:
            self.summary.setText(self.tr("All done."))
        self.overall.setVisible(bool(pending))
        self._update_buttons()

    def show_progress(self, p: JobProgress) -> None:
        bar = self.bars.get(p.job.id)
        if bar is not None:
            bar.setValue(int(p.fraction * 1000))
        self.overall.setVisible(True)
        self.overall.setValue(int(p.overall * 1000))
        self.speech.update(int(p.overall * 1000), 1000, self.tr("Background work"))
        self.overall.setFormat(
            self.tr("%1 of %2 done").replace("%1", str(p.done)).replace("%2", str(p.total))
        )
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == p.job.id and not p.finished:
                item.setText(3, self.tr("Working…"))

    def _update_buttons(self) -> None:
        pending = {j.id for j in self.jobs if j.state in (JobState.QUEUED, JobState.RUNNING)}
        chosen = {i.data(0, Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()}
        self.cancel_button.setEnabled(bool(chosen & pending))
        self.cancel_all_button.setEnabled(bool(pending))
        self.clear_button.setEnabled(any(j.id not in pending for j in self.jobs))

    def _cancel_selected(self) -> None:
        pending = {j.id for j in self.jobs if j.state in (JobState.QUEUED, JobState.RUNNING)}
        for item in self.list.selectedItems():
            job_id = item.data(0, Qt.ItemDataRole.UserRole)
            if job_id in pending:
                self.controller.cancel(int(job_id))
