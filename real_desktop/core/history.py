"""Reading/watching history: when a resource was opened, and where the person stopped."""

from __future__ import annotations

from collections.abc import Iterable

from real_desktop.core.catalog import resource_from_row
from real_desktop.core.db import Database
from real_desktop.core.models import Resource
from real_desktop.core.textutil import bindable
from real_desktop.core.timefmt import now_precise


class History:
    def __init__(self, db: Database) -> None:
        self.db = db

    def mark_opened(self, resource_id: str) -> bool:
        """Record an opening. A resource no longer in the library (removed by another
        process) is a no-op: False, never an IntegrityError."""
        with self.db.write() as conn:
            cur = conn.execute(
                "INSERT INTO history(resource_id, opened_at, finished, updated_at) "
                "SELECT ?, ?, 0, ? WHERE EXISTS (SELECT 1 FROM resources WHERE id = ?) "
                "ON CONFLICT(resource_id) DO UPDATE SET opened_at = excluded.opened_at",
                (resource_id, now_precise(), now_precise(), resource_id),
            )
            return cur.rowcount > 0

    def recently_opened(self, limit: int = 20) -> list[Resource]:
        rows = self.db.connection().execute(
            "SELECT r.* FROM history h JOIN resources r ON r.id = h.resource_id "
            "WHERE h.opened_at IS NOT NULL ORDER BY h.opened_at DESC LIMIT ?",
            (limit,),
        )
        return [resource_from_row(r) for r in rows]

    def set_progress(self, resource_id: str, position: float, *, finished: bool = False) -> bool:
        """position: seconds for media, 1-based page for documents. False (nothing
        recorded, no error) when the resource is no longer in the library."""
        t = now_precise()
        with self.db.write() as conn:
            cur = conn.execute(
                "INSERT INTO history(resource_id, opened_at, position, finished, updated_at) "
                "SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM resources WHERE id = ?) "
                "ON CONFLICT(resource_id) DO UPDATE SET "
                "position = excluded.position, finished = excluded.finished, "
                "updated_at = excluded.updated_at, opened_at = COALESCE(opened_at, excluded.opened_at)",
                (resource_id, t, float(position), int(finished), t, resource_id),
            )
            return cur.rowcount > 0

    def progress(self, resource_id: str) -> tuple[float, bool] | None:
        """(position, finished) or None if never opened."""
        row = (
            self.db.connection()
            .execute("SELECT position, finished FROM history WHERE resource_id = ?", (resource_id,))
            .fetchone()
        )
        if row is None:
            return None
        return (float(row[0] or 0.0), bool(row[1]))

    def progress_of(self, resource_ids: Iterable[str]) -> dict[str, tuple[float, bool]]:
        """(position, finished) for each of `resource_ids` that was ever opened, in one
        query per 500 ids (a page of the library list, not a query per row)."""
        ids = [bindable(i) for i in resource_ids]
        out: dict[str, tuple[float, bool]] = {}
        conn = self.db.connection()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for rid, position, finished in conn.execute(
                f"SELECT resource_id, position, finished FROM history "
                f"WHERE resource_id IN ({marks})",
                chunk,
            ):
                out[rid] = (float(position or 0.0), bool(finished))
        return out

    def in_progress(self, limit: int = 20) -> list[tuple[Resource, float, bool]]:
        """Continue watching/reading: started, not finished, most recent first."""
        rows = self.db.connection().execute(
            "SELECT r.*, h.position AS h_position, h.finished AS h_finished FROM history h "
            "JOIN resources r ON r.id = h.resource_id "
            "WHERE h.position > 0 AND h.finished = 0 ORDER BY h.updated_at DESC LIMIT ?",
            (limit,),
        )
        return [
            (resource_from_row(r), float(r["h_position"]), bool(r["h_finished"])) for r in rows
        ]
