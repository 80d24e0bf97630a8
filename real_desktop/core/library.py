"""The library: one SQLite database of resources, their text, and search over it.

CONTRACT (agreed between the core, the CLI and the Qt layer). Bodies marked TODO(core) are
being written; signatures and semantics here are what callers may rely on.

Thread-safety: a Library may be used from several threads (the UI's task helper runs
queries off the main thread). Each thread gets its own sqlite3 connection (WAL mode lets
readers run beside the single writer); writes are serialised by a lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from real_desktop.core.models import (
    ImportProgress,
    ImportSummary,
    Kind,
    Resource,
    SearchResults,
    Segment,
    Status,
)

SORT_KEYS = ("title", "kind", "collection", "length", "added_at", "updated_at", "opened_at")


class Library:
    @classmethod
    def open(cls, home: Path | None = None, *, seed: bool = True) -> Library:
        """Open (creating and migrating as needed) the library in `home`
        (default: paths.data_home()). On first creation, seed the bundled starter library
        unless seed=False. Migrations back up the database first and run in a transaction."""
        raise NotImplementedError  # TODO(core)

    @property
    def path(self) -> Path:  # the .db file
        raise NotImplementedError

    @property
    def home(self) -> Path:  # data directory (thumbnails/, backups/ live here)
        raise NotImplementedError

    def close(self) -> None: ...

    # -- browsing -------------------------------------------------------------------------
    def resources(
        self,
        *,
        kind: Kind | None = None,
        collection: str | None = None,
        tag: str | None = None,
        status: Status | None = None,
        ids: Iterable[str] | None = None,
        sort: str = "title",  # one of SORT_KEYS
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Resource]:
        raise NotImplementedError

    def count(
        self,
        *,
        kind: Kind | None = None,
        collection: str | None = None,
        tag: str | None = None,
        status: Status | None = None,
    ) -> int:
        raise NotImplementedError

    def get(self, resource_id: str) -> Resource | None:
        raise NotImplementedError

    def collections(self) -> list[tuple[str, int]]:
        """(name, number of resources), by name."""
        raise NotImplementedError

    def tags(self) -> list[tuple[str, int]]:
        raise NotImplementedError

    def languages(self) -> list[tuple[str, int]]:
        raise NotImplementedError

    def segments(self, resource_id: str, *, track: str | None = None) -> list[Segment]:
        """A resource's pages, sections or caption cues, in order. For media, `track`
        chooses the caption language (default: the first track)."""
        raise NotImplementedError

    def remove(self, resource_id: str) -> bool:
        """Remove a resource and its text from the library (never deletes the file)."""
        raise NotImplementedError

    # -- history / resume -----------------------------------------------------------------
    def mark_opened(self, resource_id: str) -> None:
        raise NotImplementedError

    def recently_opened(self, limit: int = 20) -> list[Resource]:
        raise NotImplementedError

    def set_progress(self, resource_id: str, position: float, *, finished: bool = False) -> None:
        """position: seconds for media, 1-based page for documents."""
        raise NotImplementedError

    def progress(self, resource_id: str) -> tuple[float, bool] | None:
        """(position, finished) or None if never opened."""
        raise NotImplementedError

    def in_progress(self, limit: int = 20) -> list[tuple[Resource, float, bool]]:
        """Continue watching/reading: started, not finished, most recent first."""
        raise NotImplementedError

    # -- changing files -------------------------------------------------------------------
    def set_thumbnail(self, resource_id: str, path: str | None) -> None:
        raise NotImplementedError

    def relink(self, resource_id: str, path: Path) -> Resource:
        """Point a missing resource at a located file (re-extracting it). Raises ValueError
        with a user-readable message when the file is unusable."""
        raise NotImplementedError

    # -- import ---------------------------------------------------------------------------
    def import_paths(
        self, paths: Iterable[Path | str], *, cancel: threading.Event | None = None
    ) -> Iterator[ImportProgress]:
        """Import files and folders (recursively). Yields an ImportProgress after scanning
        and after each file; the last event carries the ImportSummary. Setting `cancel`
        stops after the file in flight; the library stays consistent."""
        raise NotImplementedError

    def import_all(self, paths: Iterable[Path | str]) -> ImportSummary:
        summary = ImportSummary()
        for ev in self.import_paths(paths):
            if ev.summary is not None:
                summary = ev.summary
        return summary

    # -- search ---------------------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        kind: Kind | None = None,
        collection: str | None = None,
        tag: str | None = None,
        language: str | None = None,
        resource_id: str | None = None,
        limit: int = 50,
    ) -> SearchResults:
        """Any string is a valid query (never raises on user input). Hits are ranked best
        first; each carries a snippet with MARK_START/MARK_END and its Location."""
        raise NotImplementedError
