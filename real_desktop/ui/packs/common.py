"""What the pack dialogs share: sizes as people read them, the progress panel with its
Cancel button, and the worker that installs one or more packs (run by the TaskRunner)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from real_desktop.ui import i18n
from real_desktop.ui.announce import ProgressSpeech, announce

if TYPE_CHECKING:
    from real_desktop.core.packs.archive import PackProgress
    from real_desktop.core.packs.install import InstallResult
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.tasks import Task

PACK_FILTER = QT_TRANSLATE_NOOP("Packs", "Content packs (*.realpack)")
CHANGED = "packs"  # the LibraryEvents kind after an install, upgrade or removal



class Packs(QObject):
    """The "Packs" context's plural messages. pyside6-lupdate records a plural (%n) only
    from a tr() call with a variable count inside a class — translate()'s count it takes
    only as a number — so the module-level functions' plurals are made here."""

    def agendas_going(self, n: int) -> str:
        return self.tr("%n agenda(s) go along: {0}", "", n)

    def wrote(self, n: int) -> str:
        return self.tr("Wrote {0} ({1} items, %n agenda(s)).", "", n)

    def agendas_removed(self, n: int) -> str:
        return self.tr("The %n agenda(s) it brought go too, except any you have edited since "
                       "installing it: those are yours and stay.", "", n)  # fmt: skip


def size_text(n: int) -> str:
    """1536 -> "1.5 KB" (powers of 1000, as file managers and drive labels count)."""
    value = float(n)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if value < 1000 or unit == "TB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{i18n.number(value)} {unit}"
        value /= 1000
    return f"{n} bytes"  # pragma: no cover


def stage_text(p: PackProgress) -> str:
    name = Path(p.current).name if p.current else ""
    if p.stage == "verify":
        return QCoreApplication.translate("Packs", "Checking {0}…").format(name) if name else QCoreApplication.translate("Packs", "Checking the pack…")
    if p.stage == "copy":
        return QCoreApplication.translate("Packs", "Copying {0}…").format(name) if name else QCoreApplication.translate("Packs", "Copying files…")
    if p.stage == "index":
        return QCoreApplication.translate("Packs", "Adding {0} items to the library…").format(p.total_items)
    if p.stage == "write":
        return QCoreApplication.translate("Packs", "Writing {0}…").format(name) if name else QCoreApplication.translate("Packs", "Writing the pack…")
    if p.stage == "done":
        return QCoreApplication.translate("Packs", "Done")
    return p.stage


@dataclass
class Step:
    """One progress report of a batch: pack `n` of `total`, and its core progress."""

    n: int
    total: int
    title: str
    progress: PackProgress


@dataclass
class Installed:
    """What happened to one pack of a batch: a result, or the reason it was refused."""

    path: Path
    title: str
    result: InstallResult | None = None
    error: str = ""
    cancelled: bool = False


def install_packs(
    manager: Any,
    packs: Sequence[tuple[Path, str]],
    *,
    keep_media_on_drive: bool = False,
    require_signed: bool = False,
    report: Callable[[Step], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[Installed]:
    """Worker thread: install each (path, title) in turn. A refused pack is reported and
    the others still go in; Cancel stops at the pack being installed, which then left
    the library exactly as it was (the ones finished before it stay installed)."""
    from real_desktop.core.packs.manifest import PackCancelled, PackError

    out: list[Installed] = []
    for n, (path, title) in enumerate(packs):
        if cancel is not None and cancel.is_set():
            out.append(Installed(path, title, cancelled=True))
            continue

        def step(p: PackProgress, n: int = n, title: str = title) -> None:
            if report is not None:
                report(Step(n, len(packs), title, p))

        try:
            result = manager.install(
                path, require_signed=require_signed, keep_media_on_drive=keep_media_on_drive,
                progress=step, cancel=cancel,
            )  # fmt: skip
        except PackCancelled:
            out.append(Installed(path, title, cancelled=True))
        except PackError as exc:
            out.append(Installed(path, title, error=i18n.core_text(exc)))
        except OSError as exc:  # the drive was pulled out, the disk filled up
            out.append(Installed(path, title, error=f"{path}: {exc.strerror or exc}"))
        else:
            out.append(Installed(path, title, result=result))
    return out


def outcome_lines(done: Sequence[Installed]) -> list[str]:
    """One sentence per pack, for the dialog's message area."""
    lines = []
    for d in done:
        if d.cancelled:
            lines.append(QCoreApplication.translate("Packs", "“{0}” was not installed (cancelled); nothing of it was changed.").format(d.title))
        elif d.error:
            lines.append(QCoreApplication.translate("Packs", "“{0}” was not installed: {1}. Nothing was changed.").format(d.title, d.error))
        elif d.result is not None:
            r = d.result
            if r.outcome == "upgraded":
                lines.append(QCoreApplication.translate("Packs", "“{0}” updated from {1} to {2}; notes on its items are kept.").format(
                    d.title, r.previous, r.version))  # fmt: skip
            elif r.outcome == "unchanged":
                lines.append(i18n.core_text(r.message) + ".")
            else:
                lines.append(QCoreApplication.translate("Packs", "“{0}” {1} installed ({2} items).").format(d.title, r.version, len(r.results)))
    return lines


def running(task: Task) -> Task | None:
    """The task, or None when it already finished (a synchronous TaskRunner, in tests, runs
    it and its callbacks inside `submit`, before the caller could keep the handle)."""
    return None if task.finished.is_set() else task


def changed_anything(done: Sequence[Installed]) -> bool:
    return any(d.result is not None and d.result.outcome != "unchanged" for d in done)


class ProgressPanel(QWidget):
    """What is happening, a bar, and Cancel (registered: it stays allowed under a kiosk,
    like stopping an import)."""

    cancelRequested = Signal()

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(QCoreApplication.translate("Packs", "Progress"))
        self.cancel_button = QPushButton()
        registry.button("packs.cancel", self.cancel_button, self._cancel, text=True)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addLayout(row)
        self.speech = ProgressSpeech(self.bar)
        self.hide()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(QCoreApplication.translate("Packs", "Cancelling… the library stays as it was."))
        self.cancelRequested.emit()

    def begin(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)
        self.show()
        self.speech.reset()
        announce(self.bar, text)

    def step(self, text: str, done: int, total: int) -> None:
        if not self.cancel_button.isEnabled():
            return  # cancelling: keep saying so
        self.label.setText(text)
        if total > 0:
            # QProgressBar counts in int: scale bytes to permille.
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, int(done * 1000 / total)))
            self.speech.update(done, total)
        else:
            self.bar.setRange(0, 0)

    def show_step(self, s: Step) -> None:
        p = s.progress
        head = QCoreApplication.translate("Packs", "Pack {0} of {1}: {2}").format(s.n + 1, s.total, s.title) if s.total > 1 else s.title
        if p.total_bytes:
            done, total = p.done_bytes, p.total_bytes
        else:
            done, total = p.done_items, p.total_items
        self.step(f"{head} — {stage_text(p)}", done, total)

    def end(self) -> None:
        self.hide()
