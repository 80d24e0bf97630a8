"""Watched folders: kept in the library (`meta.watched_folders`), synced by importing
them again (new and changed files in, moved files re-linked by checksum, vanished ones
MISSING, with the same per-file reasons as an import) and the stat-only presence sweep
of the files under them."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from real_desktop.core.catalog import Catalog
from real_desktop.core.db import Meta
from real_desktop.core.i18n import later
from real_desktop.core.importing.pipeline import Importer
from real_desktop.core.importing.presence import check_files
from real_desktop.core.models import FileResult, ImportSummary, Outcome, Status

KEY = "watched_folders"


def normalize(folder: str | Path) -> str:
    return os.path.abspath(os.path.expanduser(str(folder)))


class WatchedFolders:
    def __init__(self, meta: Meta) -> None:
        self.meta = meta

    def list(self) -> list[str]:
        return [str(f) for f in self.meta.get_json(KEY, []) if isinstance(f, str)]

    def add(self, folder: str | Path) -> str:
        """Watch a folder (absolute path returned). ValueError if it is not a folder."""
        path = normalize(folder)
        if not os.path.isdir(path):
            raise ValueError(later.tr("{path} is not a folder").format(path=path))
        with self.meta.db.write() as conn:
            folders = [f for f in self.meta.get_json(KEY, [], conn) if isinstance(f, str)]
            if path not in folders:
                self.meta.set_json(KEY, [*folders, path], conn)
        return path

    def dirs(self) -> list[str]:
        """Every folder to hand a (non-recursive) file-system watcher: each watched folder
        and the non-hidden folders under it, as the import scans them. Run it off the UI
        thread: it walks the trees."""
        out: list[str] = []
        for root in self.list():
            for folder, subdirs, _ in os.walk(root):
                subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
                out.append(folder)
        return out

    def remove(self, folder: str | Path) -> bool:
        """Stop watching (its items stay in the library). False if it was not watched."""
        path = normalize(folder)
        with self.meta.db.write() as conn:
            folders = [f for f in self.meta.get_json(KEY, [], conn) if isinstance(f, str)]
            if path not in folders:
                return False
            self.meta.set_json(KEY, [f for f in folders if f != path], conn)
        return True


def sync(
    importer: Importer,
    catalog: Catalog,
    folders: list[str],
    *,
    cancel: threading.Event | None = None,
) -> ImportSummary:
    """Import these folders again, then sweep the files under them (a folder that is
    not there now, e.g. an unplugged drive, reports one FAILED result and its files are
    marked MISSING by the sweep)."""
    summary = ImportSummary()
    present = [f for f in folders if os.path.isdir(f)]
    for f in folders:
        if f not in present:
            summary.results.append(FileResult(f, Outcome.FAILED, later.tr("folder not found")))
    if present:
        for ev in importer.import_paths(present, cancel=cancel):
            if ev.summary is not None:
                summary.results += ev.summary.results
                summary.cancelled = ev.summary.cancelled
    reported = {r.path for r in summary.results}
    for f in folders:
        for rid, status in check_files(catalog, f):
            row = catalog.row(rid)
            if row is None or row["path"] in reported:
                continue
            outcome = Outcome.MISSING if status is Status.MISSING else Outcome.UPDATED
            reason = row["status_reason"] if status is Status.MISSING else later.tr("found again")
            summary.results.append(FileResult(row["path"], outcome, reason, rid))
    return summary
