"""NotesView: every note in the library in one table, with filters, trash and export.

    view = NotesView(notes, library, tasks)
    view.openRequested.connect(main_window.open_resource_at)   # (resource_id, Location)

The Location carries the note's id (`note_id`) so the notes panel can select that note
once the resource is open. Notes whose resource is not in this library are listed with
"(resource not in this library)" and cannot be opened, but can be read, exported, deleted.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.notes import Note, NoteStore
from real_desktop.core.notes_export import render_markdown
from real_desktop.ui import guarded, i18n
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.empty_state import EmptyState
from real_desktop.ui.notes.notes_filters import NotesFilterBar
from real_desktop.ui.notes.notes_table import (
    BATCH,
    Filters,
    NoteRow,
    NotesTableModel,
    filter_choices,
    query_rows,
)
from real_desktop.ui.tasks import TaskRunner


class NotesView(QWidget):
    openRequested = Signal(str, object)  # resource id, Location (with note_id)
    notesImported = Signal(object)  # the store's import result (the window announces it)

    def __init__(
        self,
        notes: NoteStore,
        library: Any,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        registry: ActionRegistry | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = reg = registry if registry is not None else ActionRegistry()
        self.setObjectName("NotesView")
        self.setAccessibleName(self.tr("All notes"))
        self.store, self.library, self.tasks = notes, library, tasks
        self._key = f"notes-view-{id(self)}"

        self.filter_bar = NotesFilterBar(self, self.refresh, self._on_trash_toggled, reg)
        fb = self.filter_bar
        self.search, self.trash_button = fb.search, fb.trash_button
        self.resource_combo, self.collection_combo = fb.resource_combo, fb.collection_combo
        self.tag_combo, self.date_combo = fb.tag_combo, fb.date_combo

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
        reg.shortcut(
            "notes_list.delete", self.table, self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )  # fmt: skip

        self.empty = EmptyState(self.tr("No notes"), self)
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
            "notes_list.open",
            self.tr("Open"), self.tr("Open the note's place (Enter)"), self.open_selected
        )
        self.delete_button = self._button(
            "notes_list.delete",
            self.tr("Delete"), self.tr("Move the note to the trash (Del)"), self.delete_selected
        )
        self.restore_button = self._button(
            "notes_list.restore",
            self.tr("Restore"), self.tr("Bring the note back from the trash"), self.restore_selected
        )
        self.empty_trash_button = self._button(
            "notes_list.empty_trash",
            self.tr("Empty trash"),
            self.tr("Delete the notes in the trash for good"),
            self.empty_trash,
        )
        self.export_button = self._button(
            "notes_list.export",
            self.tr("Export…"),
            self.tr("Export notes as Markdown, HTML, PDF or JSON (Ctrl+E)"),
            self.show_export,
        )
        self.import_button = self._button(
            "notes_list.import",
            self.tr("Import…"), self.tr("Merge notes from a JSON export"), self.choose_import
        )
        reg.shortcut(
            "notes_list.export", self, self.show_export,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )  # fmt: skip
        self.status = QLabel(self)
        self.status.setAccessibleDescription(self.tr("Status"))
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
        layout.addLayout(fb.row)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)
        self._on_trash_toggled(False)
        self.reload_filters()
        self.refresh()

    def _button(self, action_id: str, text: str, tip: str, slot: Any) -> QPushButton:
        b = QPushButton(text, self)
        b.setToolTip(tip)
        b.setAccessibleName(text)
        self.registry.button(action_id, b, slot)
        return b

    # -- data -------------------------------------------------------------------------------
    def filters(self) -> Filters:
        return self.filter_bar.filters()

    def set_filters(
        self,
        *,
        resource_id: str | None = None,
        collection: str | None = None,
        tag: str | None = None,
    ) -> None:
        self.filter_bar.set_filters(resource_id=resource_id, collection=collection, tag=tag)

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
            on_done=self.filter_bar.fill,
        )

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
            row.note.resource_id, row.note.location._replace(note_id=row.note.id)
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
            self.notesImported.emit(result)

        def failed(exc: BaseException) -> None:
            self.status.setText(self.tr("Nothing imported: %1").replace("%1", i18n.core_text(exc)))

        self.tasks.submit(self.store.import_json, Path(path), on_done=done, on_error=failed)

    def choose_import(self) -> None:
        if not self.registry.allows("notes_list.import"):
            return
        path = guarded.open_file(
            self.registry.policy, self, self.tr("Import notes"), "", self.tr("Notes (*.json)")
        )
        if path is not None:
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
            registry=self.registry,
        )

    def show_export(self) -> None:
        if self.registry.allows("notes_list.export"):
            self.export_dialog().open()

    def showEvent(self, event: Any) -> None:
        # Notes change elsewhere (the side panel, an import): coming back shows them fresh.
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()
            self.reload_filters()
