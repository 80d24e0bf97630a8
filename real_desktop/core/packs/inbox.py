"""The pack inbox: a folder a file-sync engine (Syncthing, rsync, a network share) fills,
polled by the app. New and updated packs are verified and installed; anything still being
written is left alone; a pack that failed is not tried again until the file changes.

"Still being written": hidden names (Syncthing's `.syncthing.NAME.tmp`, rsync's `.NAME.XXXX`),
`*.part`, `*.tmp`, `*~`, and any file whose size or mtime changed since the previous poll
(a file is installed only once it looked the same on two polls in a row).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from real_desktop.core.i18n import message_of
from real_desktop.core.packs.archive import SUFFIX, ProgressFn, read_manifest
from real_desktop.core.packs.install import PackManager
from real_desktop.core.packs.manifest import PackError

if TYPE_CHECKING:
    from real_desktop.core.library import Library

PARTIAL_SUFFIXES = (".part", ".partial", ".tmp", ".crdownload", ".download", "~")
FAILURES_KEY = "pack_inbox_failures"
FOLDER_KEY = "pack_inbox_folder"


def inbox_folder(library: Library) -> Path | None:
    """The library's inbox folder (the app polls it while it runs), None when unset. Kept
    in the library (not the per-user settings) so a terminal's inbox is the library's."""
    value = library.meta.get(FOLDER_KEY)
    return Path(value) if value else None


def set_inbox_folder(library: Library, folder: Path | None) -> None:
    library.meta.set(FOLDER_KEY, str(folder) if folder else "")


@dataclass(frozen=True)
class InboxEvent:
    path: Path
    outcome: str  # "installed", "upgraded", "reinstalled", "failed"
    message: str


def is_partial(name: str) -> bool:
    return name.startswith((".", "~$")) or name.lower().endswith(PARTIAL_SUFFIXES)


class PackInbox:
    def __init__(self, manager: PackManager, folder: Path, *, require_signed: bool = False) -> None:
        self.manager = manager
        self.folder = Path(folder)
        self.require_signed = require_signed
        self._seen: dict[str, tuple[int, int]] = {}  # name -> (size, mtime_ns) at the last poll
        self._done: dict[str, tuple[int, int]] = {}  # handled (installed or nothing to do)

    def _failures(self) -> dict[str, list[object]]:
        got = self.manager.library.meta.get_json(FAILURES_KEY, {})
        return got if isinstance(got, dict) else {}

    def failures(self) -> dict[str, str]:
        """Packs that could not be installed (path -> reason), until their file changes."""
        return {k: str(v[2]) for k, v in self._failures().items() if isinstance(v, list) and len(v) == 3}

    def ready(self) -> list[Path]:
        """The packs to install now (and remember what every file looked like)."""
        out: list[Path] = []
        seen: dict[str, tuple[int, int]] = {}
        failed = self._failures()
        try:
            entries = sorted(self.folder.iterdir())
        except OSError:
            return out
        for p in entries:
            if is_partial(p.name) or p.suffix.lower() != SUFFIX or p.is_symlink() or not p.is_file():
                continue
            try:
                st = p.stat()
            except OSError:
                continue
            key = (st.st_size, st.st_mtime_ns)
            seen[p.name] = key
            if self._seen.get(p.name) != key or self._done.get(p.name) == key:
                continue  # new or still growing: look again next time; or handled already
            f = failed.get(str(p))
            if isinstance(f, list) and len(f) == 3 and (f[0], f[1]) == key:
                continue
            out.append(p)
        self._seen = seen
        return out

    def poll(self, *, progress: ProgressFn | None = None, cancel: threading.Event | None = None) -> list[InboxEvent]:
        """One look at the folder: install what is ready. Never raises for a bad pack."""
        events = []
        for p in self.ready():
            key = self._seen[p.name]
            try:
                m, _, _ = read_manifest(p)
                status, _ = self.manager.status_of(m)
                if status in ("installed", "older"):
                    self._done[p.name] = key
                    continue
                result = self.manager.install(p, require_signed=self.require_signed, progress=progress, cancel=cancel)
            except PackError as exc:
                if cancel is not None and cancel.is_set():
                    break  # not a failure of the pack: try again next time
                self._remember_failure(p, key, message_of(exc))
                events.append(InboxEvent(p, "failed", message_of(exc)))
                continue
            self._done[p.name] = key
            self._forget_failure(p)
            events.append(InboxEvent(p, result.outcome, result.message))
        return events

    def _remember_failure(self, p: Path, key: tuple[int, int], reason: str) -> None:
        failed = self._failures()
        failed[str(p)] = [key[0], key[1], reason]
        self.manager.library.meta.set_json(FAILURES_KEY, failed)

    def _forget_failure(self, p: Path) -> None:
        failed = self._failures()
        if failed.pop(str(p), None) is not None:
            self.manager.library.meta.set_json(FAILURES_KEY, failed)
