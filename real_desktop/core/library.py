"""The library facade: opens (creating and migrating) one SQLite database and assembles
the managers that do the work, exposed as attributes: `db` (connections, the write
transaction), `meta`, `catalog` (resources), `index` (full-text index writes), `history`,
`search_engine`, and `importer()` (import, relink; loaded on first use).

CONTRACT (agreed between the core, the CLI and the Qt layer): the methods below keep
their signatures and semantics. A Library may be used from several threads: each thread
gets its own connection, writes are serialised (core/db). `real-desktop search` loads
this module and the layers it assembles, never importing, extraction or the exporters.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from real_desktop.core.catalog import REMOVED_KEPT, SORT_KEYS, Catalog
from real_desktop.core.db import Database, LibraryError, Meta, schema
from real_desktop.core.history import History
from real_desktop.core.i18n import later
from real_desktop.core.index import Index
from real_desktop.core.models import (
    ImportProgress,
    ImportSummary,
    Kind,
    Resource,
    SearchResults,
    Segment,
    Status,
)
from real_desktop.core.search import ACROSS_ROWS, BM25_WEIGHTS, SNIPPET_TOKENS, SearchEngine
from real_desktop.core.timefmt import now_iso

if TYPE_CHECKING:
    from real_desktop.core.duplicates import DuplicateGroup
    from real_desktop.core.importing.pipeline import Importer
    from real_desktop.core.importing.watch import WatchedFolders
    from real_desktop.core.removal import RemovalSnapshot

__all__ = ["ACROSS_ROWS", "BM25_WEIGHTS", "REMOVED_KEPT", "SNIPPET_TOKENS", "SORT_KEYS"]
__all__ += ["Library", "LibraryError", "now_iso"]


class Library:
    def __init__(self, db_path: Path, home: Path, *, db: Database | None = None) -> None:
        """`db`: an already made Database (a kiosk session's in-memory copy)."""
        self._home = home
        self.db = db if db is not None else Database(db_path)
        self.meta = Meta(self.db)
        self.index = Index()
        self.catalog = Catalog(self.db, self.meta, self.index)
        self.history = History(self.db)
        self.search_engine = SearchEngine(self.db)
        # Extraction settings (tests and the benchmark change them).
        self.workers: int | None = None  # None: min(2, CPUs)
        self.extract_timeout: float = 120.0  # seconds per file, plus time for very large files
        self.extractor: str = "real_desktop.core.importing.extract:extract_job"

    @classmethod
    def open(cls, home: Path | None = None, *, seed: bool = True) -> Library:
        """Open (creating and migrating as needed) the library in `home`
        (default: paths.data_home()). On first creation, seed the bundled starter library
        unless seed=False. Migrations back up the database first and run in a transaction."""
        if home is None:
            from real_desktop.core import paths

            home = paths.data_home()
        home = Path(home)
        try:
            home.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(later.tr("Cannot create the library folder {folder}: {error}").format(
                folder=home, error=exc.strerror)) from exc  # fmt: skip
        lib = cls(home / "library.db", home)
        version = schema.prepare(lib.db, home)
        if (home / "packs" / "journal.json").exists():
            # A pack install or removal stopped half-way (crash, kill): finish or undo it
            # before anyone reads. One stat otherwise, so the search path stays light.
            from real_desktop.core.packs.install import recover

            recover(lib)
        if seed:
            from real_desktop.core.seed import maybe_seed

            maybe_seed(lib, first_run=version == 0)
        return lib

    @property
    def path(self) -> Path:  # the .db file
        return self.db.path

    @property
    def home(self) -> Path:  # data directory (thumbnails/, backups/ live here)
        return self._home

    @property
    def _conns(self) -> list[sqlite3.Connection]:  # tests count the open connections
        return self.db.connections

    def close(self) -> None:
        """Close this thread's connection and let go of the others (see Database.close)."""
        self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def importer(self) -> Importer:
        """The import pipeline with this library's current extraction settings."""
        from real_desktop.core.importing.pipeline import Importer

        return Importer(
            self.db, self.catalog, self.index, self.workers, self.extract_timeout, self.extractor
        )

    # -- browsing (catalog) -----------------------------------------------------------------
    def resources(
        self, *, kind: Kind | None = None, collection: str | None = None, tag: str | None = None,
        status: Status | None = None, exclude_status: Status | None = None,
        ids: Iterable[str] | None = None, sort: str = "title", descending: bool = False,
        limit: int | None = None, offset: int = 0,
    ) -> list[Resource]:  # fmt: skip
        """Browse, filtered; `sort` is one of SORT_KEYS."""
        return self.catalog.resources(
            kind=kind, collection=collection, tag=tag, status=status,
            exclude_status=exclude_status, ids=ids, sort=sort, descending=descending,
            limit=limit, offset=offset,
        )  # fmt: skip

    def count(
        self, *, kind: Kind | None = None, collection: str | None = None, tag: str | None = None,
        status: Status | None = None, exclude_status: Status | None = None,
    ) -> int:  # fmt: skip
        return self.catalog.count(
            kind=kind, collection=collection, tag=tag, status=status, exclude_status=exclude_status
        )

    def get(self, resource_id: str) -> Resource | None:
        return self.catalog.get(resource_id)

    def find_prefix(self, prefix: str) -> list[Resource]:
        return self.catalog.find_prefix(prefix)

    def by_path(self, path: str | Path) -> Resource | None:
        return self.catalog.by_path(path)

    def collections(self) -> list[tuple[str, int]]:
        return self.catalog.collections()

    def tags(self) -> list[tuple[str, int]]:
        return self.catalog.tags()

    def languages(self) -> list[tuple[str, int]]:
        return self.catalog.languages()

    def segments(self, resource_id: str, *, track: str | None = None) -> list[Segment]:
        return self.catalog.segments(resource_id, track=track)

    def remove(self, *resource_ids: str | Iterable[str]) -> RemovalSnapshot:
        """Remove one or many resources (ids, or iterables of ids) in ONE transaction.
        The snapshot is truthy when something was removed; keep it for `undo_remove`."""
        from real_desktop.core.removal import remove_many

        ids: list[str] = []
        for item in resource_ids:
            ids += [item] if isinstance(item, str) else list(item)
        return remove_many(self.catalog, ids)

    def undo_remove(self, snapshot: RemovalSnapshot) -> list[str]:
        """Put back what `remove` took out (ids restored; one taken again meanwhile stays)."""
        from real_desktop.core.removal import undo_remove

        return undo_remove(self.catalog, snapshot)

    def edit(self, ids: str | Iterable[str], **changes: Any) -> list[Resource]:
        """Edit metadata of one resource or many in ONE transaction: title, description,
        people ("A; B" or a list), tags (replace), add_tags, remove_tags, collection,
        language, date (YYYY-MM-DD); None or "" clears collection/language/date. Edited
        fields survive re-imports and pack upgrades. ValueError / KeyError(id): nothing
        changed (see core/editing.py)."""
        from real_desktop.core.editing import edit

        return edit(self.catalog, ids, **changes)

    def user_edited(self, resource_id: str) -> set[str]:
        """Fields the user edited: a pack or catalog update must leave them alone."""
        return self.catalog.user_edited(resource_id)

    def set_thumbnail(self, resource_id: str, path: str | None) -> None:
        self.catalog.set_thumbnail(resource_id, path)

    def set_duration(self, resource_id: str, seconds: float) -> None:
        self.catalog.set_duration(resource_id, seconds)

    def update_metadata(self, resource_id: str, **fields: Any) -> Resource:
        return self.catalog.update_metadata(resource_id, **fields)

    # -- history / resume ---------------------------------------------------------------------
    def mark_opened(self, resource_id: str) -> bool:
        """False (a no-op) when the resource is gone, e.g. removed by another process."""
        return self.history.mark_opened(resource_id)

    def recently_opened(self, limit: int = 20) -> list[Resource]:
        return self.history.recently_opened(limit)

    def set_progress(self, resource_id: str, position: float, *, finished: bool = False) -> bool:
        """False (nothing recorded) when the resource is gone."""
        return self.history.set_progress(resource_id, position, finished=finished)

    def progress(self, resource_id: str) -> tuple[float, bool] | None:
        return self.history.progress(resource_id)

    def progress_of(self, resource_ids: Iterable[str]) -> dict[str, tuple[float, bool]]:
        return self.history.progress_of(resource_ids)

    def in_progress(self, limit: int = 20) -> list[tuple[Resource, float, bool]]:
        return self.history.in_progress(limit)

    # -- files and import (importing/, loaded on first use) -----------------------------------
    def check_files(self, folder: str | Path | None = None) -> list[tuple[str, Status]]:
        """Stat-only sweep (all files, or those under `folder`): (id, new status) of each
        resource that went MISSING or came back OK, for the UI to refresh."""
        from real_desktop.core.importing.presence import check_files

        return check_files(self.catalog, folder)

    def changed_elsewhere(self) -> bool:
        """True once after another process changed the library (poll it every second)."""
        return self.db.changed_elsewhere()

    # -- duplicates -------------------------------------------------------------------------
    def duplicates(self) -> list[DuplicateGroup]:
        """Groups with the same title (name key) or the same extracted text."""
        from real_desktop.core.duplicates import find_duplicates

        return find_duplicates(self.catalog)

    def merge(self, keep_id: str, other_ids: Iterable[str]) -> RemovalSnapshot:
        """Keep one; move the others' notes to it (re-anchored), remove them; one transaction."""
        from real_desktop.core.duplicates import merge

        return merge(self.catalog, keep_id, other_ids)

    # -- watched folders ----------------------------------------------------------------------
    def watch_list(self) -> list[str]:
        return self.watched().list()

    def watch_add(self, folder: str | Path) -> str:
        """Watch a folder; returns its absolute path (ValueError: not a folder)."""
        return self.watched().add(folder)

    def watch_remove(self, folder: str | Path) -> bool:
        return self.watched().remove(folder)

    def watch_dirs(self) -> list[str]:
        """The watched folders and the folders under them, for a file-system watcher."""
        return self.watched().dirs()

    def watched(self) -> WatchedFolders:
        from real_desktop.core.importing.watch import WatchedFolders

        return WatchedFolders(self.meta)

    def sync_watched(
        self, folder: str | Path | None = None, *, cancel: threading.Event | None = None
    ) -> ImportSummary:
        """Import new and changed files of every watched folder (or one), re-link moved
        ones, mark vanished ones MISSING; the same per-file results as an import."""
        from real_desktop.core.importing.watch import normalize, sync

        folders = self.watch_list() if folder is None else [normalize(folder)]
        return sync(self.importer(), self.catalog, folders, cancel=cancel)

    def relink(self, resource_id: str, path: Path) -> Resource:
        return self.importer().relink(resource_id, Path(path))

    def import_paths(
        self, paths: Iterable[Path | str], *, cancel: threading.Event | None = None
    ) -> Iterator[ImportProgress]:
        """Import files and folders (recursively). Yields an ImportProgress after scanning
        and after each file; the last event carries the ImportSummary. Setting `cancel`
        stops after the files in flight (at most two per worker); the library stays
        consistent: every file is stored completely or not at all."""
        return self.importer().import_paths(paths, cancel=cancel)

    def import_all(self, paths: Iterable[Path | str]) -> ImportSummary:
        summary = ImportSummary()
        for ev in self.import_paths(paths):
            if ev.summary is not None:
                summary = ev.summary
        return summary

    # -- search -----------------------------------------------------------------------------
    def index_note(self, note_id: str, resource_id: str, text: str, tags: Sequence[str] = ()) -> None:
        """Add or replace a note's row in the search index, in its own transaction."""
        with self.db.write() as conn:
            self.index.index_note(conn, note_id, resource_id, text, tags)

    def unindex_note(self, note_id: str) -> None:
        with self.db.write() as conn:
            self.index.unindex_note(conn, note_id)

    def search(
        self, query: str, *, kind: Kind | None = None, collection: str | None = None,
        tag: str | None = None, language: str | None = None, resource_id: str | None = None,
        limit: int = 50,
    ) -> SearchResults:  # fmt: skip
        """Any string is a valid query (never raises on user input); see SearchEngine."""
        return self.search_engine.search(
            query, kind=kind, collection=collection, tag=tag, language=language,
            resource_id=resource_id, limit=limit,
        )  # fmt: skip
