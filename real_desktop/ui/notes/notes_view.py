"""NotesView: every note in the library in one table, with filters, trash and export.

    view = NotesView(notes, library, tasks)
    view.openRequested.connect(main_window.open_resource_at)   # (resource_id, Location)

The Location carries the note's id (`note_id`) so the notes panel can select that note
once the resource is open. Notes whose resource is not in this library are listed with
"(resource not in this library)" and cannot be opened, but can be read, exported, deleted.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.notes import Note, NoteStore
from real_desktop.core.notes_export import render_markdown
from real_desktop.ui.notes.note_list import NoteRole, excerpt
from real_desktop.ui.tasks import TaskRunner

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

    COLUMNS = ("Resource", "Where", "Note", "Tags", "Changed")

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
            if col == 1:
                return note.anchor_label or self.tr("Whole resource")
            if col == 2:
                return excerpt(note.body, 200) or (
                    f"“{note.quote}”" if note.quote else self.tr("(empty)")
                )
            if col == 3:
                return ", ".join(note.tags)
            if col == 4:
                stamp = note.deleted_at if note.deleted else note.updated_at
                return local_time(stamp) if stamp else ""
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
    return dt.astimezone().strftime("%Y-%m-%d %H:%M")


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


class NotesView(QWidget):
    openRequested = Signal(str, object)  # resource id, Location (with note_id)

    DATE_CHOICES = (
        (None, "Any time"),
        (1, "Today"),
        (7, "Last 7 days"),
        (30, "Last 30 days"),
        (365, "Last year"),
    )

    def __init__(
        self, notes: NoteStore, library: Any, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("NotesView")
        self.setAccessibleName(self.tr("All notes"))
        self.store, self.library, self.tasks = notes, library, tasks
        self._key = f"notes-view-{id(self)}"

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter notes by text"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        self.resource_combo = self._combo(self.tr("All resources"), self.tr("Filter by resource"))
        self.collection_combo = self._combo(
            self.tr("All collections"), self.tr("Filter by collection")
        )
        self.tag_combo = self._combo(self.tr("All tags"), self.tr("Filter by tag"))
        self.date_combo = QComboBox(self)
        self.date_combo.setAccessibleName(self.tr("Filter by date changed"))
        for days, label in self.DATE_CHOICES:
            self.date_combo.addItem(self.tr(label), days)
        self.date_combo.currentIndexChanged.connect(self.refresh)
        self.trash_button = QToolButton(self)
        self.trash_button.setText(self.tr("Trash"))
        self.trash_button.setCheckable(True)
        self.trash_button.setAccessibleName(self.tr("Show deleted notes"))
        self.trash_button.toggled.connect(self._on_trash_toggled)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for w in (self.resource_combo, self.collection_combo, self.tag_combo, self.date_combo):
            filters.addWidget(w, 1)
        filters.addWidget(self.trash_button)

        self.model = NotesTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # header clicks sort all rows, fetched or not
        self.table.setAccessibleName(self.tr("Notes"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 260)
        fm = self.table.fontMetrics()
        self.table.setColumnWidth(1, fm.horizontalAdvance(self.tr("Whole resource")) + 24)
        self.table.setColumnWidth(3, 150)
        self.table.setColumnWidth(4, fm.horizontalAdvance("2026-12-31 23:59") + 24)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("No notes"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Selected note"))
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("notesViewSplitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.open_button = self._button(
            self.tr("Open"), self.tr("Open the note's place (Enter)"), self.open_selected
        )
        self.delete_button = self._button(
            self.tr("Delete"), self.tr("Move the note to the trash (Del)"), self.delete_selected
        )
        self.restore_button = self._button(
            self.tr("Restore"), self.tr("Bring the note back from the trash"), self.restore_selected
        )
        self.empty_trash_button = self._button(
            self.tr("Empty trash"),
            self.tr("Delete the notes in the trash for good"),
            self.empty_trash,
        )
        self.export_button = self._button(
            self.tr("Export…"),
            self.tr("Export notes as Markdown, HTML, PDF or JSON (Ctrl+E)"),
            self.show_export,
        )
        self.import_button = self._button(
            self.tr("Import…"), self.tr("Merge notes from a JSON export"), self.choose_import
        )
        QShortcut(
            QKeySequence("Ctrl+E"),
            self,
            self.show_export,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Status"))
        actions = QHBoxLayout()
        for b in (
            self.open_button,
            self.delete_button,
            self.restore_button,
            self.empty_trash_button,
        ):
            actions.addWidget(b)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)
        self._on_trash_toggled(False)
        self.reload_filters()
        self.refresh()

    def _combo(self, all_label: str, name: str) -> QComboBox:
        c = QComboBox(self)
        c.setAccessibleName(name)
        c.addItem(all_label, None)
        c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        c.setMinimumContentsLength(12)
        c.currentIndexChanged.connect(self.refresh)
        return c

    def _button(self, text: str, tip: str, slot: Any) -> QPushButton:
        b = QPushButton(text, self)
        b.setToolTip(tip)
        b.setAccessibleName(text)
        b.clicked.connect(slot)
        return b

    # -- data -------------------------------------------------------------------------------
    def filters(self) -> Filters:
        return Filters(
            text=self.search.text(),
            resource_id=self.resource_combo.currentData(),
            collection=self.collection_combo.currentData(),
            tag=self.tag_combo.currentData(),
            days=self.date_combo.currentData(),
            trash=self.trash_button.isChecked(),
        )

    def set_filters(
        self,
        *,
        resource_id: str | None = None,
        collection: str | None = None,
        tag: str | None = None,
    ) -> None:
        for combo, value in (
            (self.resource_combo, resource_id),
            (self.collection_combo, collection),
            (self.tag_combo, tag),
        ):
            i = combo.findData(value)
            combo.setCurrentIndex(max(i, 0))

    def refresh(self) -> None:
        f = self.filters()
        self.tasks.submit(
            query_rows, self.store, f, key=self._key, on_done=lambda rows, f=f: self._show(rows, f)
        )

    def reload_filters(self) -> None:
        self.tasks.submit(
            filter_choices,
            self.store,
            self.library,
            key=self._key + "-filters",
            on_done=self._fill_filters,
        )

    def _fill_filters(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        for combo, key in (
            (self.resource_combo, "resources"),
            (self.collection_combo, "collections"),
            (self.tag_combo, "tags"),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, label in choices[key]:
                combo.addItem(label, value)
            i = combo.findData(current)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)
            if current is not None and i < 0:
                self.refresh()  # the filtered value vanished (its last note was deleted)

    def _show(self, rows: list[NoteRow], f: Filters) -> None:
        current = self.current_note()
        self.model.set_rows(rows)
        if rows:
            self.stack.setCurrentWidget(self.table)
            row = next(
                (i for i, r in enumerate(rows[:BATCH]) if current and r.note.id == current.id), 0
            )
            self.table.selectRow(row)
        else:
            self.stack.setCurrentWidget(self.empty)
            if f.trash:
                self.empty.setText(self.tr("The trash is empty."))
            elif f != Filters():
                self.empty.setText(self.tr("No notes match these filters."))
            else:
                self.empty.setText(
                    self.tr(
                        "No notes yet.\n\nOpen a video and press N, or open a document and choose Add note."
                    )
                )
            self.preview.clear()
        n = len(rows)
        self.status.setText(
            (self.tr("1 note") if n == 1 else self.tr("%n notes", "", n))
            if not f.trash
            else (self.tr("1 deleted note") if n == 1 else self.tr("%n deleted notes", "", n))
        )
        self._update_buttons()

    def current_row(self) -> NoteRow | None:
        idx = self.table.currentIndex()
        return self.model.row(idx.row()) if idx.isValid() else None

    def current_note(self) -> Note | None:
        row = self.current_row()
        return row.note if row else None

    def _on_current_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        row = self.model.row(current.row()) if current.isValid() else None
        if row is None:
            self.preview.clear()
        else:
            self.preview.setHtml(self._note_html(row))
        self._update_buttons()

    def _note_html(self, row: NoteRow) -> str:
        n = row.note
        where = n.anchor_label or self.tr("Whole resource")
        title = html.escape(row.title)
        if not row.in_library:
            title += " <i>" + html.escape(self.tr("(resource not in this library)")) + "</i>"
        parts = [f"<p><b>{title}</b> · {html.escape(where)}</p>"]
        if n.quote:
            parts.append(f"<blockquote><i>“{html.escape(n.quote)}”</i></blockquote>")
        parts.append(render_markdown(n.body))
        if n.tags:
            parts.append(f"<p>{html.escape(', '.join('#' + t for t in n.tags))}</p>")
        return "\n".join(parts)

    def _update_buttons(self) -> None:
        row = self.current_row()
        trash = self.trash_button.isChecked()
        self.open_button.setEnabled(row is not None and row.in_library and not trash)
        self.delete_button.setEnabled(row is not None and not trash)
        self.restore_button.setEnabled(row is not None and trash)
        self.empty_trash_button.setEnabled(trash and self.model.total > 0)

    def _on_trash_toggled(self, on: bool) -> None:
        for w in (self.open_button, self.delete_button):
            w.setVisible(not on)
        for w in (self.restore_button, self.empty_trash_button):
            w.setVisible(on)
        self.refresh()

    # -- actions ----------------------------------------------------------------------------
    def _on_activated(self, index: QModelIndex) -> None:
        self.open_selected()

    def open_selected(self) -> None:
        row = self.current_row()
        if row is None or self.trash_button.isChecked():
            return
        if not row.in_library:
            self.status.setText(
                self.tr("This note's resource is not in this library; the note is kept.")
            )
            return
        self.openRequested.emit(
            row.note.resource_id, replace(row.note.location, note_id=row.note.id)
        )

    def delete_selected(self) -> None:
        note = self.current_note()
        if note is None or self.trash_button.isChecked():
            return
        self.tasks.submit(
            self.store.delete,
            note.id,
            on_done=lambda _n: self._changed(self.tr("Moved to the trash.")),
        )

    def restore_selected(self) -> None:
        note = self.current_note()
        if note is None or not self.trash_button.isChecked():
            return
        self.tasks.submit(
            self.store.restore, note.id, on_done=lambda _n: self._changed(self.tr("Restored."))
        )

    def empty_trash(self) -> None:
        self.tasks.submit(
            self.store.purge,
            everything=True,
            on_done=lambda n: self._changed(
                self.tr("Deleted 1 note for good.")
                if n == 1
                else self.tr("Deleted %n notes for good.", "", n)
            ),
        )

    def _changed(self, message: str) -> None:
        self.refresh()
        self.reload_filters()
        self.status.setText(message)

    def import_file(self, path: Path | str) -> None:
        def done(result: Any) -> None:
            self._changed(
                self.tr("Imported: %1 added, %2 updated, %3 unchanged.")
                .replace("%1", str(result.added))
                .replace("%2", str(result.updated))
                .replace("%3", str(result.unchanged))
            )

        def failed(exc: BaseException) -> None:
            self.status.setText(self.tr("Nothing imported: %1").replace("%1", str(exc)))

        self.tasks.submit(self.store.import_json, Path(path), on_done=done, on_error=failed)

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import notes"), "", self.tr("Notes (*.json)")
        )
        if path:
            self.import_file(path)

    def export_dialog(self) -> Any:
        from real_desktop.ui.notes.export_dialog import ExportDialog

        f = self.filters()
        return ExportDialog(
            self.store,
            self.tasks,
            self,
            resource_id=f.resource_id,
            collection=f.collection,
            library=self.library,
        )

    def show_export(self) -> None:
        self.export_dialog().open()

    def showEvent(self, event: Any) -> None:
        # Notes change elsewhere (the side panel, an import): coming back shows them fresh.
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()
            self.reload_filters()
