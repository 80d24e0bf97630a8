"""The meta table: small key/value settings of one library (catalog stamps, remembered
ids). Values are strings; JSON helpers for the structured ones."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from real_desktop.core.db.connection import Database

_SET = (
    "INSERT INTO meta(key, value) VALUES (?, ?) "
    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
)


class Meta:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, conn: sqlite3.Connection | None = None) -> str | None:
        c = conn if conn is not None else self.db.connection()
        row = c.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def set(self, key: str, value: str, conn: sqlite3.Connection | None = None) -> None:
        """Inside the caller's transaction when given `conn`, else in one of its own."""
        if conn is not None:
            conn.execute(_SET, (key, value))
            return
        with self.db.write() as c:
            c.execute(_SET, (key, value))

    def get_json(self, key: str, default: Any, conn: sqlite3.Connection | None = None) -> Any:
        """The decoded value, or `default` when missing, malformed or of another type."""
        try:
            value = json.loads(self.get(key, conn) or "null")
        except ValueError:
            return default
        return value if isinstance(value, type(default)) else default

    def set_json(self, key: str, value: Any, conn: sqlite3.Connection | None = None) -> None:
        self.set(key, json.dumps(value, ensure_ascii=False), conn)
