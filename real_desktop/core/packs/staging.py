"""Staging a pack's files: where each item's file will live (copied into the library, or
used where it already is beside the pack), and the copier that writes them into the
staging folder while the database transaction is being prepared.

The copier runs in a helper thread so that copying (I/O and hashing, which release the
GIL) overlaps the index writes; the install commits only after `Copier.finish()` has
returned: every file complete, its SHA-256 equal to the manifest's, and fsynced.
"""

from __future__ import annotations

import os
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from real_desktop.core.i18n import later
from real_desktop.core.packs.archive import PackProgress, ProgressFn, read_member
from real_desktop.core.packs.manifest import (
    FILES_DIR,
    Manifest,
    MemberRef,
    PackCancelled,
    PackError,
)
from real_desktop.core.packs.store import ItemPlan


def same_file(path: Path, ref: MemberRef) -> bool:
    """Is the unpacked copy beside the pack exactly the member (size, then SHA-256)?"""
    from real_desktop.core.importing.files import sha256_file

    try:
        return path.is_file() and path.stat().st_size == ref.size and sha256_file(str(path)) == ref.sha256
    except OSError:
        return False


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def plan_items(
    manifest: Manifest, staging: Path, final: Path, media_root: Path | None, stamp: int
) -> tuple[list[ItemPlan], list[tuple[MemberRef, Path]]]:
    """Each item's final paths, and the members to copy (member, staging path). A member
    found beside the pack (with `media_root`) is used where it is."""
    jobs: list[tuple[MemberRef, Path]] = []

    def place(ref: MemberRef) -> tuple[Path, int | None]:
        rel = ref.name[len(FILES_DIR):]
        if media_root is not None and same_file(media_root / rel, ref):
            p = (media_root / rel).resolve()
            return p, p.stat().st_mtime_ns
        jobs.append((ref, staging / ref.name))
        return final / ref.name, stamp

    plans = []
    for it in manifest.items:
        if it.file is None or it.path is None:
            plans.append(ItemPlan(it, None, []))
            continue
        path, mtime = place(it.file)
        caps = [(place(c.member)[0], c.language, c.label) for c in it.captions]
        plans.append(ItemPlan(it, path, caps, mtime))
    return plans, jobs


class Copier(threading.Thread):
    """Copies the members into the staging folder, checking each one's SHA-256 while
    copying; stamps each file's mtime with `stamp` (what the database records)."""

    def __init__(
        self,
        pack: Path,
        jobs: list[tuple[MemberRef, Path]],
        stamp: int,
        progress: ProgressFn | None,
        cancel: threading.Event | None,
    ) -> None:
        super().__init__(name="pack-copier", daemon=True)
        self.pack, self.jobs, self.stamp = pack, jobs, stamp
        self.progress, self.cancel = progress, cancel
        self.abort = threading.Event()  # the install failed elsewhere: stop
        self.error: BaseException | None = None
        self.total = sum(ref.size for ref, _ in jobs)

    def _stopped(self) -> bool:
        return self.abort.is_set() or (self.cancel is not None and self.cancel.is_set())

    def run(self) -> None:
        try:
            self._copy()
        except BaseException as exc:  # handed to the installing thread by finish()
            self.error = exc

    def _copy(self) -> None:
        done = 0
        staged: list[Path] = []
        with zipfile.ZipFile(self.pack) as zf:
            infos = {zi.filename: zi for zi in zf.infolist()}
            for n, (ref, target) in enumerate(self.jobs):
                if self._stopped():
                    raise PackCancelled(later.tr("cancelled; nothing was changed"))
                zi = infos.get(ref.name)
                if zi is None:
                    raise PackError(later.tr("member {name!r}: gone from the pack while installing").format(name=ref.name))
                target.parent.mkdir(parents=True, exist_ok=True)

                def step(k: int, name: str = ref.name, n: int = n) -> None:
                    nonlocal done
                    done += k
                    if self.progress is not None:
                        self.progress(PackProgress("copy", done, self.total, n, len(self.jobs), name))

                with open(target, "wb") as sink:
                    _, digest = read_member(zf, zi, ref.size, sink, step, self.cancel)
                if digest != ref.sha256:
                    raise PackError(
                        later.tr("member {name!r}: checksum mismatch (the file was changed or damaged)").format(name=ref.name)
                    )
                os.utime(target, ns=(self.stamp, self.stamp))
                staged.append(target)
        # On disk before the commit that points at them. Side by side: fsync waits for the
        # device, so a few at once overlap the waits.
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(fsync_file, staged))

    def finish(self) -> None:
        """Wait for the copy; raise what stopped it (then the caller must not commit)."""
        self.join()
        if self.error is not None:
            raise self.error


def serialized(progress: ProgressFn | None) -> ProgressFn | None:
    """Progress may come from the copier and the installing thread: never two at once."""
    if progress is None:
        return None
    lock = threading.Lock()

    def call(p: PackProgress) -> None:
        with lock:
            progress(p)

    return call


def now_ns() -> int:
    return time.time_ns()

