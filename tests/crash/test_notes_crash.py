"""Kill a process that is writing notes, over and over, at random moments.

The writer works on a real Library (the notes fixtures' "vid", "pdf" and "guide"), so
each write also touches the search index. After every SIGKILL the database, its search
index included, must pass the integrity checks, and every note version the writer was
told is saved must be there intact (a later version may have landed before the kill,
never an earlier or a torn one). At the end, with no repair (a note and its index row
commit together), the index finds each surviving note by its text.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "core"))
from notes_fixtures import note_hits, open_notes_library  # noqa: E402

from real_desktop.core.library import Library  # noqa: E402
from real_desktop.core.notes import NoteStore  # noqa: E402

CHILD = Path(__file__).with_name("notes_writer.py")
KILLS = 100
VERSION = re.compile(r"^v(\d+) ")


def _run_and_kill(home: Path, seed: int, run_for: float) -> list[tuple[str, int, str]]:
    """Start the writer, let it write for `run_for` seconds after it is ready, SIGKILL it;
    return the acknowledgements it printed."""
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(home), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    buf = b""
    deadline: float | None = None
    try:
        while True:
            timeout = 10.0 if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([proc.stdout], [], [], timeout)
            if not ready:
                if deadline is None:
                    raise AssertionError("writer did not start: " + proc.stderr.read().decode())
                break
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                raise AssertionError("writer exited: " + proc.stderr.read().decode())
            buf += chunk
            if deadline is None and b"READY\n" in buf:
                deadline = time.monotonic() + run_for
    finally:
        proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read()  # lines written before the kill are acknowledgements too
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    buf += rest
    acks = []
    for line in buf.split(b"\n")[:-1]:  # the last piece may be a line cut by the kill
        parts = line.decode().split()
        if parts and parts[0] == "SAVED":
            acks.append((parts[1], int(parts[2]), parts[3]))
    return acks


def _library_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    open_notes_library(home).close()
    return home


def test_notes_survive_sigkill_at_random_moments(tmp_path: Path) -> None:
    home = _library_home(tmp_path)
    db = home / "library.db"
    rng = random.Random(20261125)
    acked: dict[str, int] = {}  # note id -> newest version acknowledged as saved
    total_acks = 0
    for i in range(KILLS):
        acks = _run_and_kill(home, seed=i, run_for=rng.uniform(0.0, 0.12))
        total_acks += len(acks)
        for nid, version, _ in acks:
            acked[nid] = max(acked.get(nid, 0), version)

        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"after kill {i}"
            # FTS5's own check: raises if the index's structure is damaged
            conn.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
            rows = dict(conn.execute("SELECT id, body FROM notes").fetchall())
        finally:
            conn.close()
        for nid, version in acked.items():
            assert nid in rows, f"kill {i}: note {nid} (saved as v{version}) is gone"
            body = rows[nid]
            m = VERSION.match(body)
            assert m, f"kill {i}: note {nid} body is torn: {body[:40]!r}"
            assert int(m.group(1)) >= version, (
                f"kill {i}: note {nid} went back to v{m.group(1)} < v{version}"
            )
        # bodies acknowledged in this run that were not overwritten since must match byte for byte
        latest = {nid: (v, sha) for nid, v, sha in acks}
        for nid, (version, sha) in latest.items():
            body = rows[nid]
            if int(VERSION.match(body).group(1)) == version:
                assert hashlib.sha256(body.encode()).hexdigest() == sha, f"kill {i}: {nid} differs"
    # the test means something only if writes were acknowledged and kills hit mid-stream
    assert total_acks > KILLS
    assert len(acked) >= 3

    # A note and its index row commit together: without any repair, every surviving note
    # is findable by its version word; the explicit repair finds the same.
    lib = Library.open(home, seed=False)
    store = NoteStore(lib, trash_days=None)
    try:
        live = store.list()
        for note in live:
            word = note.body.split(" ", 1)[0]  # "v123"
            assert note.id in note_hits(lib, word), f"{word} not indexed after the kills"
        assert store.reindex_search() == len(live) >= 3
        for note in live:
            word = note.body.split(" ", 1)[0]  # "v123"
            assert note.id in note_hits(lib, word), word
    finally:
        store.close()
        lib.close()


def test_writer_child_reports_saved_versions(tmp_path: Path) -> None:
    acks = _run_and_kill(_library_home(tmp_path), seed=1, run_for=0.3)
    assert acks and all(len(sha) == 64 for _, _, sha in acks)
    versions = [v for _, v, _ in acks]
    assert versions == sorted(versions)
