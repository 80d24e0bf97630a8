"""The database layer: connections per thread, the one write transaction, the meta store,
and the schema as numbered migrations for every table (notes included).

Everything above it (catalog, index, history, search, notes, importing) reaches SQLite
only through `Database.connection()` (reads) and `Database.write()` (writes)."""

from real_desktop.core.db.connection import Database, LibraryError, enable_wal
from real_desktop.core.db.meta import Meta

__all__ = ["Database", "LibraryError", "Meta", "enable_wal"]
