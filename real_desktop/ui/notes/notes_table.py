"""The rows of the all-notes table: the background query (notes matching the filters,
with their resource's title), the filter choices, and the table model that sorts every
row and hands them to the view in batches."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette

from real_desktop.core.notes import HIGHLIGHT_COLOR, Note, NoteStore, color_name
from real_desktop.ui import i18n
from real_desktop.ui.notes.note_list import NoteRole, excerpt, highlight_text

BATCH = 200  # rows handed to the view per fetchMore


@dataclass(frozen=True)
class NoteRow:
    note: Note
    title: str
    in_library: bool
    collection: str | None


@dataclass(frozen=True)
class Filters:
    text: str = ""
    resource_id: str | None = None
    collection: str | None = None
    tag: str | None = None
    days: int | None = None  # changed in the last N days
    trash: bool = False


class NotesTableModel(QAbstractTableModel):
    """Rows arrive all at once from a background query; the view pulls them in batches."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("NotesTableModel", "Resource"),
        QT_TRANSLATE_NOOP("NotesTableModel", "Where"),
        QT_TRANSLATE_NOOP("NotesTableModel", "Note"),
        QT_TRANSLATE_NOOP("NotesTableModel", "Tags"),
        QT_TRANSLATE_NOOP("NotesTableModel", "Changed"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[NoteRow] = []
        self._shown = 0
        self._sort = (4, True)  # newest change first

    def set_rows(self, rows: list[NoteRow]) -> None:
        self.beginResetModel()
        self._all = self._sorted(rows)
        self._shown = min(len(rows), BATCH)
        self.endResetModel()

    def _sorted(self, rows: list[NoteRow]) -> list[NoteRow]:
        col, desc = self._sort
        if col == 0:
            key: Any = lambda r: (r.title.casefold(), _anchor_key(r.note))  # noqa: E731
        elif col == 1:
            key = lambda r: (_anchor_key(r.note), r.title.casefold())  # noqa: E731
        elif col == 2:
            key = lambda r: excerpt(r.note.body).casefold()  # noqa: E731
        elif col == 3:
            key = lambda r: ", ".join(r.note.tags).casefold()  # noqa: E731
        else:
            key = lambda r: r.note.deleted_at or r.note.updated_at  # noqa: E731
        return sorted(rows, key=key, reverse=desc)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every row (not only the fetched ones); the view re-fetches from the top."""
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self.set_rows(self._all)

    @property
    def total(self) -> int:
        return len(self._all)

    def row(self, r: int) -> NoteRow | None:
        return self._all[r] if 0 <= r < self._shown else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid():
            return
        n = min(BATCH, len(self._all) - self._shown)
        if n <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + n - 1)
        self._shown += n
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        note, col = row.note, index.column()
        if role == NoteRole:
            return note
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return (
                    row.title
                    if row.in_library
                    else self.tr("%1 (resource not in this library)").replace("%1", row.title)
                )
            if col == 1 and note.is_highlight:
                return self.tr("%1 · Highlight").replace("%1", note.anchor_label)
            if col == 1:
                return note.anchor_label or self.tr("Whole resource")
            if col == 2 and note.is_highlight:
                return highlight_text(note)
            if col == 2:
                return excerpt(note.body, 200) or (
                    f"“{note.quote}”" if note.quote else self.tr("(empty)")
                )
            if col == 3:
                return ", ".join(note.tags)
            if col == 4:
                stamp = note.deleted_at if note.deleted else note.updated_at
                return local_time(stamp) if stamp else ""
        if role == Qt.ItemDataRole.DecorationRole and col == 2 and note.is_highlight:
            return QColor(note.color or HIGHLIGHT_COLOR)  # a swatch before the quote
        if role == Qt.ItemDataRole.ToolTipRole and col == 2 and note.is_highlight:
            return self.tr("Highlight (%1)").replace(
                "%1", QCoreApplication.translate("Highlights", color_name(note.color))
            )
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:  # the full title when elided
            return f"{row.title}\n{row.collection}" if row.collection else row.title
        if role == Qt.ItemDataRole.ForegroundRole and not row.in_library:
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None


def _anchor_key(note: Note) -> tuple[int, float, str]:
    loc = note.location
    place = loc.page if loc.page is not None else (loc.start if loc.start is not None else -1.0)
    return (0 if loc.kind.value == "resource" else 1, float(place), loc.section or "")


def local_time(stamp: str) -> str:
    """A stored UTC stamp as the user's local "YYYY-MM-DD HH:MM"."""
    try:
        dt = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return i18n.datetime_text(dt.astimezone())  # the language's own format


def query_rows(store: NoteStore, f: Filters) -> list[NoteRow]:
    """Runs off the UI thread: the notes matching `f`, with their resource's title."""
    since = (date.today() - timedelta(days=f.days)).isoformat() if f.days else None
    notes = store.list(
        resource_id=f.resource_id,
        collection=f.collection,
        tag=f.tag,
        since=since,
        deleted=f.trash,
        text=f.text.strip() or None,
    )
    cache: dict[str, tuple[str, bool, str | None]] = {}
    rows = []
    for n in notes:
        if n.resource_id not in cache:
            res = store.library.get(n.resource_id)
            cache[n.resource_id] = (
                (res.title, True, res.collection)
                if res is not None
                else (n.resource_title or n.resource_id, False, None)
            )
        title, present, coll = cache[n.resource_id]
        rows.append(NoteRow(n, title, present, coll))
    return rows


def filter_choices(store: NoteStore, library: Any) -> dict[str, list[tuple[str, str]]]:
    """Runs off the UI thread: (value, label) lists for the resource/collection/tag filters."""
    resources = []
    for rid, last_title, count in store.resource_ids():
        res = library.get(rid)
        resources.append((rid, f"{res.title if res else (last_title or rid)} ({count})"))
    resources.sort(key=lambda p: p[1].casefold())
    try:
        collections = [(name, name) for name, _ in library.collections()]
    except Exception:  # a library without collections yet
        collections = []
    tags = [(t, f"{t} ({c})") for t, c in store.tags()]
    return {"resources": resources, "collections": collections, "tags": tags}
