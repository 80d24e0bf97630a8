"""A visitor's session store: everything a visitor creates lives in memory and dies with
the session.

At the start of a session the library database is opened read-only (a `mode=ro` URI:
this process cannot change the file through it), serialized, and copied with SQLite's
backup API into a database of SQLite's `memdb` VFS, named at random. Every connection the session's
Library opens, on any thread, reaches that same copy (a memdb name starting with "/" is
shared within the process) with ordinary locking, so the busy timeout works as on a file.
Notes and their index rows, reading and watching history, resume positions and whatever
else a visitor changes are written there; journals and temporary tables stay in memory
too (`temp_store=MEMORY`), so nothing of the visitor reaches the disk through SQLite.

`end()` closes every connection; SQLite frees a memdb database when its last connection
closes. The next session copies the library again under a new name.
"""

from __future__ import annotations

import secrets
import sqlite3
from contextlib import suppress
from pathlib import Path

from real_desktop.core.db import Database
from real_desktop.core.i18n import later
from real_desktop.core.kiosk.config import KioskConfig
from real_desktop.core.library import Library


def prepare_library(home: Path, config: KioskConfig) -> None:
    """Before the first visitor: open (create, migrate, seed) the library on disk — the
    only writes a kiosk makes to it outside the admin tools — and apply the configuration's
    pack rule, so the admin tools and the pack inbox refuse unsigned or untrusted packs.
    Done here, by the kiosk's own account, because `kiosk setup` runs as an administrator
    whose data folder is not the terminal's library."""
    with Library.open(home) as library:
        if config.signed_packs_only:
            from real_desktop.core.packs.install import PackManager

            manager = PackManager(library)
            if not manager.require_signed:
                manager.require_signed = True


def read_only_uri(path: Path) -> str:
    return Path(path).resolve().as_uri().replace("file://", "file:", 1) + "?mode=ro"


class SessionStore:
    """One visitor's copy of the library. `open()` makes it and returns the Library to
    give the window; `end()` destroys it."""

    def __init__(self, home: Path) -> None:
        self.home = Path(home)
        self.library: Library | None = None
        self.uri: str | None = None
        self._anchor: sqlite3.Connection | None = None  # keeps the memdb alive

    @property
    def active(self) -> bool:
        return self.library is not None

    def open(self) -> Library:
        if self.library is not None:
            raise RuntimeError("a session is already open")  # internal
        source_path = self.home / "library.db"
        if not source_path.is_file():
            raise FileNotFoundError(later.tr("no library at {file}").format(file=source_path))
        self.uri = f"file:/real-desktop-session-{secrets.token_hex(16)}?vfs=memdb"
        anchor = sqlite3.connect(self.uri, uri=True, isolation_level=None, check_same_thread=False)
        try:
            source = sqlite3.connect(read_only_uri(source_path), uri=True, timeout=30)
            try:
                image = bytearray(source.serialize())  # through the pager: WAL frames included
            finally:
                source.close()
            # The header says WAL (bytes 18-19 = 2), which a memdb database cannot open:
            # say "rollback journal" (1); in memdb that journal lives in memory.
            image[18] = image[19] = 1
            staging = sqlite3.connect(":memory:")
            try:
                staging.deserialize(image)  # bytes-like: no further copy of the image
                staging.backup(anchor)  # into the shared memdb name every thread opens
            finally:
                staging.close()
            del image
            anchor.execute("PRAGMA temp_store=MEMORY")
        except BaseException:
            anchor.close()
            raise
        self._anchor = anchor
        self.library = Library(source_path, self.home, db=Database(source_path, uri=self.uri))
        return self.library

    def end(self) -> None:
        """Drop the session's database: after this no connection reaches it, and SQLite
        has freed its memory once the last query on another thread (if any) returns."""
        library, self.library = self.library, None
        if library is not None:
            library.close()
        anchor, self._anchor = self._anchor, None
        if anchor is not None:
            with suppress(sqlite3.Error):
                anchor.close()
        self.uri = None
