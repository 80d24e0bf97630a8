"""`AgendaStore`: agendas and their ordered items in the library database (schema v6).

Every change is one transaction; positions are rewritten 0..n-1 in the same transaction,
so the order is always dense and a crash never leaves two items in one place.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from real_desktop.core.agendas.model import Agenda, AgendaError, AgendaItem, ItemKind, check_item
from real_desktop.core.i18n import later
from real_desktop.core.models import Kind
from real_desktop.core.timefmt import format_time, now_precise

if TYPE_CHECKING:
    from real_desktop.core.catalog import Catalog
    from real_desktop.core.db import Database
    from real_desktop.core.models import Resource

ITEM_COLUMNS = (
    "id, resource_id, kind, clip_in, clip_out, page_from, page_to, label, points, "
    "questions, minutes"
)


def _item(row: sqlite3.Row) -> AgendaItem:
    return AgendaItem(
        id=row["id"],
        resource_id=row["resource_id"],
        kind=ItemKind(row["kind"]),
        clip_in=row["clip_in"],
        clip_out=row["clip_out"],
        page_from=row["page_from"],
        page_to=row["page_to"],
        label=row["label"],
        points=row["points"],
        questions=row["questions"],
        minutes=row["minutes"],
    )


def fit_to_resource(item: AgendaItem, resource: Resource) -> None:
    """Raise AgendaError when the item cannot be shown from this resource (a clip of a
    document, pages past the end, an out point after the end of the recording)."""
    if item.kind == ItemKind.CLIP:
        if resource.kind == Kind.DOCUMENT:
            raise AgendaError(later.tr("{title!r} is a document: give --pages, not a clip").format(title=resource.title))
        if resource.duration and item.clip_in is not None and item.clip_in >= resource.duration:
            raise AgendaError(
                later.tr("the in point {time} is past the end of {title!r} ({length})").format(
                    time=format_time(item.clip_in), title=resource.title, length=format_time(resource.duration))
            )  # fmt: skip
    elif item.kind == ItemKind.PAGES:
        if resource.kind != Kind.DOCUMENT:
            raise AgendaError(later.tr("{title!r} is a recording: give --from/--to, not pages").format(title=resource.title))
        if resource.page_count and (item.page_to or 0) > resource.page_count:
            raise AgendaError(
                later.tr("{title!r} has %n page(s); page {page} is not one of them", "", resource.page_count)
                .format(title=resource.title, page=item.page_to)
            )  # fmt: skip


class AgendaStore:
    def __init__(self, db: Database, catalog: Catalog | None = None) -> None:
        self.db = db
        self.catalog = catalog

    # -- reading -------------------------------------------------------------------------
    def list(self) -> list[Agenda]:
        """Every agenda (with its items), by name."""
        conn = self.db.connection()
        rows = conn.execute("SELECT * FROM agendas ORDER BY name COLLATE NOCASE").fetchall()
        return [self._agenda(conn, r) for r in rows]

    def get(self, agenda_id: str) -> Agenda | None:
        conn = self.db.connection()
        row = conn.execute("SELECT * FROM agendas WHERE id = ?", (agenda_id,)).fetchone()
        return self._agenda(conn, row) if row else None

    def find(self, name_or_id: str) -> Agenda:
        """By id, else by name (case-insensitive). AgendaError when there is none."""
        conn = self.db.connection()
        row = conn.execute(
            "SELECT * FROM agendas WHERE id = ? OR name = ? COLLATE NOCASE "
            "ORDER BY id = ? DESC LIMIT 1",
            (name_or_id, name_or_id, name_or_id),
        ).fetchone()
        if row is None:
            raise AgendaError(later.tr("no agenda named {name!r} (see: real-desktop agenda list)").format(name=name_or_id))
        return self._agenda(conn, row)

    def _agenda(self, conn: sqlite3.Connection, row: sqlite3.Row) -> Agenda:
        items = conn.execute(
            f"SELECT {ITEM_COLUMNS} FROM agenda_items WHERE agenda_id = ? ORDER BY position",
            (row["id"],),
        ).fetchall()
        return Agenda(
            id=row["id"],
            name=row["name"],
            description=row["description"],
            items=tuple(_item(r) for r in items),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    def missing(self, agenda: Agenda) -> list[AgendaItem]:
        """Items whose resource this library does not have, or has without its file."""
        if self.catalog is None:
            return []
        out = []
        for item in agenda.items:
            r = self.catalog.get(item.resource_id)
            if r is None or not r.path:
                out.append(item)
        return out

    # -- agendas -------------------------------------------------------------------------
    def create(self, name: str, description: str = "") -> Agenda:
        name = self._clean_name(name)
        now = now_precise()
        aid = uuid.uuid4().hex
        try:
            with self.db.write() as conn:
                conn.execute(
                    "INSERT INTO agendas (id, name, description, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (aid, name, description, now, now),
                )
        except sqlite3.IntegrityError:
            raise AgendaError(later.tr("there is already an agenda named {name!r}").format(name=name)) from None
        return self.get(aid)  # type: ignore[return-value]

    def rename(self, agenda_id: str, name: str) -> Agenda:
        name = self._clean_name(name)
        try:
            with self.db.write() as conn:
                conn.execute(
                    "UPDATE agendas SET name = ?, updated_at = ? WHERE id = ?",
                    (name, now_precise(), agenda_id),
                )
        except sqlite3.IntegrityError:
            raise AgendaError(later.tr("there is already an agenda named {name!r}").format(name=name)) from None
        return self._must(agenda_id)

    def set_description(self, agenda_id: str, description: str) -> Agenda:
        with self.db.write() as conn:
            conn.execute(
                "UPDATE agendas SET description = ?, updated_at = ? WHERE id = ?",
                (description, now_precise(), agenda_id),
            )
        return self._must(agenda_id)

    def delete(self, agenda_id: str) -> bool:
        with self.db.write() as conn:
            return conn.execute("DELETE FROM agendas WHERE id = ?", (agenda_id,)).rowcount > 0

    def duplicate(self, agenda_id: str, name: str | None = None) -> Agenda:
        """A copy with new ids, named "<name> (copy)" (then "(copy 2)", …) unless given."""
        src = self._must(agenda_id)
        if name is None:
            name = self.free_name(f"{src.name} (copy)")
        return self.save_new(name, src.description, src.items)

    def free_name(self, wanted: str) -> str:
        taken = {a.name.casefold() for a in self.list()}
        if wanted.casefold() not in taken:
            return wanted
        n = 2
        while f"{wanted} {n}".casefold() in taken:
            n += 1
        return f"{wanted} {n}"

    def save_new(self, name: str, description: str, items: Iterable[AgendaItem]) -> Agenda:
        """A new agenda holding copies of `items` (new ids), in one transaction."""
        name = self._clean_name(name)
        now = now_precise()
        aid = uuid.uuid4().hex
        items = list(items)
        for it in items:
            check_item(it)
        try:
            with self.db.write() as conn:
                self.save_new_in(conn, aid, name, description, items, now)
        except sqlite3.IntegrityError:
            raise AgendaError(later.tr("there is already an agenda named {name!r}").format(name=name)) from None
        return self._must(aid)

    def save_new_in(self, conn: sqlite3.Connection, aid: str, name: str, description: str,
                    items: list[AgendaItem], now: str) -> None:  # fmt: skip
        """The inserts of `save_new` inside a caller's transaction (a pack install adds its
        agendas in the same transaction as its resources). Items must be checked."""
        conn.execute(
            "INSERT INTO agendas (id, name, description, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (aid, name, description, now, now),
        )
        for pos, it in enumerate(items):
            self._insert(conn, aid, pos, it.with_changes(id=uuid.uuid4().hex))

    # -- items ---------------------------------------------------------------------------
    def add_item(
        self,
        agenda_id: str,
        resource_id: str,
        *,
        clip: tuple[float, float] | None = None,
        pages: tuple[int, int] | None = None,
        points: str = "",
        questions: str = "",
        minutes: float | None = None,
        position: int | None = None,
    ) -> AgendaItem:
        """Append (or insert at `position`) an item. The resource must be in the library."""
        if clip is not None and pages is not None:
            raise AgendaError(later.tr("an item is a clip or a page range, not both"))
        resource = self.catalog.get(resource_id) if self.catalog is not None else None
        if self.catalog is not None and resource is None:
            raise AgendaError(later.tr("no resource with id {id!r} in this library").format(id=resource_id))
        kind = ItemKind.CLIP if clip else ItemKind.PAGES if pages else ItemKind.RESOURCE
        item = AgendaItem(
            id=uuid.uuid4().hex,
            resource_id=resource_id,
            kind=kind,
            clip_in=clip[0] if clip else None,
            clip_out=clip[1] if clip else None,
            page_from=pages[0] if pages else None,
            page_to=pages[1] if pages else None,
            label=resource.title if resource is not None else "",
            points=points,
            questions=questions,
            minutes=minutes,
        )
        check_item(item)
        if resource is not None:
            fit_to_resource(item, resource)
        with self.db.write() as conn:
            self._must_in(conn, agenda_id)
            ids = self._ids(conn, agenda_id)
            at = len(ids) if position is None else max(0, min(position, len(ids)))
            ids.insert(at, item.id)
            self._insert(conn, agenda_id, at, item)
            self._write_order(conn, agenda_id, ids)
        return item

    def update_item(self, agenda_id: str, item: AgendaItem) -> AgendaItem:
        """Save an edited item (same id). Its kind/range are checked against the resource."""
        check_item(item)
        resource = self.catalog.get(item.resource_id) if self.catalog is not None else None
        if resource is not None:
            fit_to_resource(item, resource)
        with self.db.write() as conn:
            n = conn.execute(
                "UPDATE agenda_items SET kind = ?, clip_in = ?, clip_out = ?, page_from = ?, "
                "page_to = ?, points = ?, questions = ?, minutes = ? "
                "WHERE id = ? AND agenda_id = ?",
                (
                    str(item.kind), item.clip_in, item.clip_out, item.page_from, item.page_to,
                    item.points, item.questions, item.minutes, item.id, agenda_id,
                ),
            ).rowcount
            if not n:
                raise AgendaError(later.tr("that item is not in this agenda any more"))
            self._touch(conn, agenda_id)
        return item

    def remove_item(self, agenda_id: str, item_id: str) -> bool:
        with self.db.write() as conn:
            n = conn.execute(
                "DELETE FROM agenda_items WHERE id = ? AND agenda_id = ?", (item_id, agenda_id)
            ).rowcount
            if n:
                self._write_order(conn, agenda_id, self._ids(conn, agenda_id))
        return n > 0

    def move_item(self, agenda_id: str, item_id: str, to: int) -> list[str]:
        """Move one item to index `to` (clamped). Returns the new order of ids."""
        with self.db.write() as conn:
            ids = self._ids(conn, agenda_id)
            if item_id not in ids:
                raise AgendaError(later.tr("that item is not in this agenda any more"))
            ids.remove(item_id)
            ids.insert(max(0, min(to, len(ids))), item_id)
            self._write_order(conn, agenda_id, ids)
        return ids

    def reorder(self, agenda_id: str, item_ids: Sequence[str]) -> None:
        """Set the whole order at once (drag and drop). Must name exactly the agenda's items."""
        with self.db.write() as conn:
            ids = self._ids(conn, agenda_id)
            if sorted(ids) != sorted(item_ids):
                raise AgendaError(later.tr("the agenda changed meanwhile; reload it and try again"))
            self._write_order(conn, agenda_id, list(item_ids))

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def _clean_name(name: str) -> str:
        name = " ".join(name.split())
        if not name:
            raise AgendaError(later.tr("an agenda needs a name"))
        return name

    def _must(self, agenda_id: str) -> Agenda:
        agenda = self.get(agenda_id)
        if agenda is None:
            raise AgendaError(later.tr("that agenda no longer exists"))
        return agenda

    @staticmethod
    def _must_in(conn: sqlite3.Connection, agenda_id: str) -> None:
        if conn.execute("SELECT 1 FROM agendas WHERE id = ?", (agenda_id,)).fetchone() is None:
            raise AgendaError(later.tr("that agenda no longer exists"))

    @staticmethod
    def _ids(conn: sqlite3.Connection, agenda_id: str) -> list[str]:
        return [
            r[0]
            for r in conn.execute(
                "SELECT id FROM agenda_items WHERE agenda_id = ? ORDER BY position", (agenda_id,)
            )
        ]

    @staticmethod
    def _insert(conn: sqlite3.Connection, agenda_id: str, pos: int, it: AgendaItem) -> None:
        conn.execute(
            f"INSERT INTO agenda_items (agenda_id, position, {ITEM_COLUMNS}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                agenda_id, pos, it.id, it.resource_id, str(it.kind), it.clip_in, it.clip_out,
                it.page_from, it.page_to, it.label, it.points, it.questions, it.minutes,
            ),
        )

    def _write_order(self, conn: sqlite3.Connection, agenda_id: str, ids: list[str]) -> None:
        conn.executemany(
            "UPDATE agenda_items SET position = ? WHERE id = ?",
            [(pos, iid) for pos, iid in enumerate(ids)],
        )
        self._touch(conn, agenda_id)

    @staticmethod
    def _touch(conn: sqlite3.Connection, agenda_id: str) -> None:
        conn.execute(
            "UPDATE agendas SET updated_at = ? WHERE id = ?", (now_precise(), agenda_id)
        )
