"""The presence sweep: which library files vanished, and which came back."""

from __future__ import annotations

import os

from real_desktop.core.catalog import Catalog
from real_desktop.core.models import Status


def check_files(catalog: Catalog) -> list[tuple[str, Status]]:
    """Stat every file in the library (no hashing): mark vanished ones MISSING and ones
    that came back (same size and mtime) OK again. Returns (id, new status) for each
    change. Cheap enough to run at start-up on a background thread."""
    changes: list[tuple[str, Status]] = []
    rows = (
        catalog.db.connection()
        .execute(
            "SELECT id, path, size, mtime_ns, status FROM resources "
            "WHERE path IS NOT NULL AND status != 'failed'"
        )
        .fetchall()
    )
    for r in rows:
        try:
            st = os.stat(r["path"])
        except OSError:
            st = None
        if st is None and r["status"] == Status.OK:
            reason = f"file not found (last seen at {r['path']})"
            changes.append((r["id"], Status.MISSING))
        elif (
            st is not None
            and r["status"] == Status.MISSING
            and (st.st_size, st.st_mtime_ns) == (r["size"], r["mtime_ns"])
        ):
            reason = ""
            changes.append((r["id"], Status.OK))
        else:
            continue
        catalog.set_status(r["id"], changes[-1][1], reason)
    return changes
