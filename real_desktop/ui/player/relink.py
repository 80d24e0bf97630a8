"""Relinking a missing recording: the "Locate file…" dialog, then the other missing
recordings found in the same folder (same file name, or same size and checksum)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from real_desktop.core.models import Kind, Resource, Status
from real_desktop.core.policy import DESKTOP
from real_desktop.ui import guarded, i18n
from real_desktop.ui.guarded import PolicyLike

log = logging.getLogger(__name__)

MEDIA_SUFFIXES = {
    ".mp4",
    ".m4v",
    ".mkv",
    ".webm",
    ".mov",
    ".avi",
    ".mp3",
    ".m4a",
    ".wav",
    ".ogg",
    ".opus",
    ".flac",
    ".aac",
}


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def find_siblings(folder: Path, missing: Sequence[Resource], exclude: str) -> list[tuple[str, str]]:
    """(resource id, path) for files in `folder` that are other missing resources: same
    file name as their last known path, or (same size, then) same sha256. Runs off the UI
    thread; hashes only files whose size matches a candidate."""
    out: list[tuple[str, str]] = []
    try:
        files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in MEDIA_SUFFIXES]
    except OSError:
        return out
    taken: set[Path] = set()
    for r in missing:
        if r.id == exclude:
            continue
        hit: Path | None = None
        if r.path:
            name = Path(r.path).name
            hit = next((f for f in files if f.name == name and f not in taken), None)
        if hit is None and r.sha256:
            for f in files:
                if f in taken or (r.size is not None and f.stat().st_size != r.size):
                    continue
                if sha256_file(f) == r.sha256:
                    hit = f
                    break
        if hit is not None:
            taken.add(hit)
            out.append((r.id, str(hit)))
    return out


class Relinker(QObject):
    """Asks for the file, relinks it in the library off the UI thread, then offers the
    siblings. `dialog_parent` only parents the file dialog and the question."""

    started = Signal()  # a file was chosen; the relink is under way
    relinked = Signal(object)  # the Resource the user located (the view reopens it)
    resourceChanged = Signal(object)  # every Resource relinked, the located one first
    failed = Signal(str)  # why the located file could not be linked
    message = Signal(str)  # "Linked 2 more recordings."

    def __init__(
        self, library: Any, tasks: Any, dialog_parent: QWidget, *, policy: PolicyLike = DESKTOP
    ) -> None:
        super().__init__(dialog_parent)
        self.library, self.tasks, self.dialog_parent = library, tasks, dialog_parent
        self.policy = policy

    def locate(self, r: Resource) -> None:
        """Ask for `r`'s file and link it."""
        start_dir = str(Path(r.path).parent) if r.path else ""
        chosen = guarded.open_file(
            self.policy, self.dialog_parent, self.tr("Locate “{0}”").format(r.title), start_dir,
            self.tr("Media files ({0});;All files (*)").format(" ".join(f"*{s}" for s in sorted(MEDIA_SUFFIXES))),
        )  # fmt: skip
        if chosen is None:
            return
        path = str(chosen)
        self.started.emit()
        self.tasks.submit(
            self.library.relink, r.id, Path(path),
            on_done=lambda res: self._relinked(res, Path(path)),
            on_error=self._relink_failed,
        )  # fmt: skip

    def _relink_failed(self, exc: BaseException) -> None:
        msg = i18n.core_text(exc) if isinstance(exc, ValueError) else self.tr("The file could not be linked.")
        self.failed.emit(msg)

    def _relinked(self, resource: Resource, path: Path) -> None:
        self.resourceChanged.emit(resource)
        self.relinked.emit(resource)
        lib = self.library

        def look() -> list[tuple[str, str]]:
            # Missing = marked so by a rescan, or simply not where the library last saw it.
            media = [r for k in (Kind.VIDEO, Kind.AUDIO) for r in lib.resources(kind=k)]
            gone = [
                r for r in media
                if r.status is Status.MISSING or not r.path or not Path(r.path).is_file()
            ]  # fmt: skip
            return find_siblings(path.parent, gone, resource.id)

        self.tasks.submit(
            look, on_done=self.offer_siblings, on_error=lambda e: log.warning("%s", e)
        )

    def offer_siblings(self, found: list[tuple[str, str]]) -> None:
        if not found:
            return
        # Picked by n in code: Qt's %n plurals need a translation file, even for English.
        n = len(found)
        question = (
            self.tr("1 other missing recording was found in the same folder. Link it too?")
            if n == 1
            else self.tr(
                "%n other missing recordings were found in the same folder. Link them too?", "", n
            )
        )
        answer = QMessageBox.question(self.dialog_parent, self.tr("Link other recordings?"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        lib = self.library

        def relink_all() -> list[Resource]:
            done = []
            for rid, p in found:
                try:
                    done.append(lib.relink(rid, Path(p)))
                except ValueError as exc:
                    log.info("could not relink %s: %s", rid, exc)
            return done

        def linked(resources: list[Resource]) -> None:
            for res in resources:
                self.resourceChanged.emit(res)
            n = len(resources)
            self.message.emit(
                self.tr("Linked 1 more recording.")
                if n == 1
                else self.tr("Linked %n more recordings.", "", n)
            )

        self.tasks.submit(relink_all, on_done=linked)
