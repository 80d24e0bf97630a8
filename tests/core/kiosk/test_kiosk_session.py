"""The visitor's session store: the library file is never written, everything the
visitor creates lives in memory, and after the session nothing of it is anywhere."""

from __future__ import annotations

import hashlib
import sys
import threading
from pathlib import Path

import pytest

from real_desktop.core.kiosk import handout
from real_desktop.core.kiosk.session import SessionStore, read_only_uri
from real_desktop.core.library import Library
from real_desktop.core.models import Location, LocationKind
from real_desktop.core.notes import NoteStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from core_fixtures import write_pdf  # noqa: E402

PHRASE = "quizzical pangolin"


def _digest(folder: Path) -> dict[str, str]:
    """Every file's hash; SQLite's shared-memory index (-shm, made by any reader of a WAL
    database, even a read-only one) only if the WAL it indexes is not empty."""
    wal = folder / "library.db-wal"
    skip_shm = not wal.exists() or wal.stat().st_size == 0
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()
            and not (skip_shm and p.name.endswith(("-shm", "-wal")))}  # fmt: skip


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    src = tmp_path / "src"
    src.mkdir()
    write_pdf(src / "guide.pdf", ["The budget page.", "Second page."])
    with Library.open(home, seed=False) as lib:
        lib.import_all([src / "guide.pdf"])
    return home


def test_a_session_writes_nothing_to_disk_and_erases_everything(home: Path) -> None:
    before = _digest(home)
    store = SessionStore(home)
    lib = store.open()
    rid = lib.resources()[0].id
    notes = NoteStore(lib)
    notes.create(rid, Location(LocationKind.PAGE, page=1), body=f"My {PHRASE} note")
    lib.mark_opened(rid)
    lib.set_progress(rid, 0.5)
    assert lib.search(PHRASE).hits  # the visitor finds their own note
    seen: list[int] = []  # another thread's connection sees the same session
    t = threading.Thread(target=lambda: seen.append(len(lib.search(PHRASE).hits)))
    t.start()
    t.join()
    assert seen == [1]
    assert _digest(home) == before  # not a byte of the library folder changed
    assert PHRASE.encode() not in _all_bytes(home)
    store.end()
    assert not store.active
    lib2 = store.open()
    try:
        assert lib2.search(PHRASE).hits == []
        assert NoteStore(lib2).count() == 0 and lib2.recently_opened() == []
        assert lib2.progress(rid) is None
        assert lib2.count() == 1  # the library itself is all there
    finally:
        store.end()
    assert _digest(home) == before


def test_the_library_is_opened_read_only(home: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(read_only_uri(home / "library.db"), uri=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM resources")
    conn.close()


def test_notes_saved_to_a_drive(home: Path, tmp_path: Path) -> None:
    store = SessionStore(home)
    lib = store.open()
    try:
        notes = NoteStore(lib)
        drive = tmp_path / "usb"
        drive.mkdir()
        with pytest.raises(ValueError):
            handout.save_to_drive(notes, drive)
        notes.create(lib.resources()[0].id, Location(LocationKind.RESOURCE), body=PHRASE)
        first = handout.save_to_drive(notes, drive)
        second = handout.save_to_drive(notes, drive)
        assert first != second and first.parent.name == handout.FOLDER
        assert PHRASE in first.read_text(encoding="utf-8")
    finally:
        store.end()


def test_the_visitors_notes_are_theirs_not_the_librarys(home: Path, tmp_path: Path) -> None:
    with Library.open(home, seed=False) as lib:  # a librarian's note, in the library itself
        NoteStore(lib).create(lib.resources()[0].id, Location(LocationKind.RESOURCE),
                              body="Staff: see the desk for printed copies")  # fmt: skip
    store = SessionStore(home)
    lib = store.open()
    try:
        notes = NoteStore(lib)
        before = handout.snapshot(notes)
        assert len(before) == 1 and handout.visitor_notes(notes, before) == []
        mine = notes.create(lib.resources()[0].id, Location(LocationKind.RESOURCE), body=PHRASE)
        assert [n.id for n in handout.visitor_notes(notes, before)] == [mine.id]
        drive = tmp_path / "usb"
        drive.mkdir()
        saved = handout.save_to_drive(notes, drive, handout.visitor_notes(notes, before))
        text = saved.read_text(encoding="utf-8")
        assert PHRASE in text and "Staff" not in text
    finally:
        store.end()


def test_prepare_library_applies_the_signed_packs_rule(tmp_path: Path) -> None:
    from real_desktop.core.kiosk.config import KioskConfig
    from real_desktop.core.kiosk.session import prepare_library
    from real_desktop.core.packs.install import PackManager

    home = tmp_path / "terminal"
    prepare_library(home, KioskConfig(enabled=True))
    with Library.open(home, seed=False) as lib:
        assert not PackManager(lib).require_signed
    prepare_library(home, KioskConfig(enabled=True, signed_packs_only=True))
    with Library.open(home, seed=False) as lib:
        assert PackManager(lib).require_signed
