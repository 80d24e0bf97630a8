"""Export notes of one resource, a collection, or everything — or print them.

Markdown and HTML come from the core (notes_export); PDF and paper go through Qt's text
engine (export_pdf). JSON is the format to move notes to another computer.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.notes import NoteStore
from real_desktop.core.notes_export import safe_filename, write_markdown_files
from real_desktop.ui import guarded, i18n
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.notes.export_pdf import print_html, write_pdf
from real_desktop.ui.settings import AppSettings
from real_desktop.ui.tasks import TaskRunner

FORMATS = (
    ("md", QT_TRANSLATE_NOOP("ExportDialog", "Markdown (one file)"), "md"),
    ("md-files", QT_TRANSLATE_NOOP("ExportDialog", "Markdown (a file per resource)"), ""),
    ("html", QT_TRANSLATE_NOOP("ExportDialog", "HTML"), "html"),
    ("pdf", QT_TRANSLATE_NOOP("ExportDialog", "PDF"), "pdf"),
    ("json", QT_TRANSLATE_NOOP("ExportDialog", "JSON (to move notes to another computer)"), "json"),
)


def build_export(
    store: NoteStore, scope: dict[str, Any], fmt: str, title: str
) -> tuple[list[Any], str]:
    """Off the UI thread: the notes in scope and the text to write (or the HTML to typeset)."""
    if fmt == "json":
        notes = store.select(**scope, include_deleted=True)
        return notes, json.dumps(store.export_json(notes), ensure_ascii=False, indent=2) + "\n"
    notes = store.select(**scope)
    if fmt == "md":
        return notes, store.to_markdown(notes, title=title)
    return notes, store.to_html(notes, title=title)  # html, pdf, print


def start_folder(settings: AppSettings) -> Path:
    """Where the file dialog opens: the folder used last time if it is still there, else
    the user's Documents folder, else their home — never the process's working directory
    (wherever the app happened to be started from)."""
    last = settings.export_folder
    if last is not None and last.is_dir():
        return last
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return Path(docs)
    return Path.home()


class ExportDialog(QDialog):
    exported = Signal(str, int)  # path, number of notes
    failed = Signal(str)

    def __init__(
        self,
        store: NoteStore,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        resource_id: str | None = None,
        collection: str | None = None,
        library: Any = None,
        registry: ActionRegistry | None = None,
        settings: AppSettings | None = None,
    ) -> None:
        """`settings` remember the last export folder (default: the app's settings file)."""
        super().__init__(parent)
        self._settings = settings
        self.registry = registry if registry is not None else ActionRegistry()
        self.setWindowTitle(self.tr("Export notes"))
        self.setAccessibleName(self.tr("Export notes"))
        self.store, self.tasks = store, tasks
        self.library = library if library is not None else store.library
        self.resource_id = resource_id
        res = self.library.get(resource_id) if resource_id else None
        self.resource_title = res.title if res else (resource_id or "")

        scope_box = QGroupBox(self.tr("Which notes"), self)
        self.scope_resource = QRadioButton(
            self.tr("This resource: %1").replace("%1", self.resource_title), scope_box
        )
        self.scope_collection = QRadioButton(self.tr("A collection:"), scope_box)
        self.scope_all = QRadioButton(self.tr("All notes"), scope_box)
        self.collection_combo = QComboBox(scope_box)
        self.collection_combo.setAccessibleName(self.tr("Collection to export"))
        self.collection_combo.currentIndexChanged.connect(
            lambda _i: self.scope_collection.setChecked(True)
        )
        group = QButtonGroup(self)
        for b in (self.scope_resource, self.scope_collection, self.scope_all):
            group.addButton(b)
        self.scope_resource.setVisible(resource_id is not None)
        coll_row = QHBoxLayout()
        coll_row.addWidget(self.scope_collection)
        coll_row.addWidget(self.collection_combo, 1)
        sb = QVBoxLayout(scope_box)
        sb.addWidget(self.scope_resource)
        sb.addLayout(coll_row)
        sb.addWidget(self.scope_all)
        self._wanted_collection = collection
        if resource_id:
            self.scope_resource.setChecked(True)
        elif collection:
            self.scope_collection.setChecked(True)
        else:
            self.scope_all.setChecked(True)

        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("Export format"))
        for key, label, _ext in FORMATS:
            self.format_combo.addItem(self.tr(label), key)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Export status"))

        buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(self)
        self.export_button.setDefault(True)
        self.print_button = QPushButton(self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Registered once in the box: adding a button to it shows the button again.
        self.registry.button("export.to_file", self.export_button, self.choose_and_export, text=True)
        self.registry.button("export.print", self.print_button, self.print_notes, text=True)
        buttons.rejected.connect(self.reject)
        # accepted() is left unconnected: Export… keeps the dialog open and reports below.

        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.tasks.submit(self._collections, on_done=self._fill_collections)

    def _collections(self) -> list[str]:
        try:
            return [name for name, _ in self.library.collections()]
        except Exception:
            return []

    def _fill_collections(self, names: list[str]) -> None:
        self.collection_combo.blockSignals(True)
        self.collection_combo.clear()
        for name in names:
            self.collection_combo.addItem(name, name)
        if self._wanted_collection:
            self.collection_combo.setCurrentIndex(
                max(0, self.collection_combo.findData(self._wanted_collection))
            )
        self.collection_combo.blockSignals(False)
        self.scope_collection.setEnabled(bool(names))
        self.collection_combo.setEnabled(bool(names))

    # -- what and how ---------------------------------------------------------------------
    def scope(self) -> dict[str, Any]:
        if self.scope_resource.isChecked() and self.resource_id:
            return {"resource_id": self.resource_id}
        if self.scope_collection.isChecked() and self.collection_combo.currentData():
            return {"collection": self.collection_combo.currentData()}
        return {}

    def scope_title(self) -> str:
        s = self.scope()
        if "resource_id" in s:
            return self.tr("Notes: %1").replace("%1", self.resource_title)
        if "collection" in s:
            return self.tr("Notes: %1").replace("%1", s["collection"])
        return self.tr("REAL Desktop notes")

    def set_format(self, key: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(key))

    def format(self) -> str:
        return self.format_combo.currentData()

    # -- doing it -------------------------------------------------------------------------
    def choose_and_export(self) -> None:
        fmt, policy = self.format(), self.registry.policy
        if not self.registry.allows("export.to_file"):
            return
        settings = self.settings()
        folder = start_folder(settings)
        if fmt == "md-files":
            path = guarded.folder(policy, self, self.tr("Folder for the Markdown files"), str(folder))
        else:
            ext = next(e for k, _l, e in FORMATS if k == fmt)
            suggested = str(folder / f"{safe_filename(self.scope_title())}.{ext}")
            path = guarded.save_file(policy, self, self.tr("Export notes"), suggested, f"*.{ext}")
        if path is not None:
            settings.export_folder = path if fmt == "md-files" else path.parent
            settings.sync()
            self.export_to(path)

    def settings(self) -> AppSettings:
        if self._settings is None:
            self._settings = AppSettings()
        return self._settings

    def export_to(self, path: Path | str) -> None:
        """Write the notes in scope, in the chosen format, to `path` (a folder for
        "a file per resource"). The outcome goes to the status line and a signal."""
        path = Path(path)
        fmt, scope, title = self.format(), self.scope(), self.scope_title()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))

        def work() -> int:
            if fmt == "md-files":
                notes = self.store.select(**scope)
                write_markdown_files(self.store, notes, path)
                return len(notes)
            notes, text = build_export(self.store, scope, fmt, title)
            path.write_text(text, encoding="utf-8")
            return len(notes)

        if fmt == "pdf":  # the HTML is built off-thread; Qt typesets it on this one (fonts)
            self.tasks.submit(
                build_export,
                self.store,
                scope,
                "html",
                title,
                on_done=lambda r: self._write_pdf(path, r),
                on_error=self._on_failed,
            )
        else:
            self.tasks.submit(
                work, on_done=lambda n: self._on_done(path, n), on_error=self._on_failed
            )

    def _write_pdf(self, path: Path, result: tuple[list[Any], str]) -> None:
        notes, html = result
        try:
            write_pdf(html, path)
        except OSError as exc:
            self._on_failed(exc)
            return
        self._on_done(path, len(notes))

    def _on_done(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(
            (
                self.tr("Exported 1 note to %2")
                if count == 1
                else self.tr("Exported %1 notes to %2").replace("%1", str(count))
            ).replace("%2", str(path))
        )
        self.exported.emit(str(path), count)

    def _on_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        message = exc.strerror if isinstance(exc, OSError) and exc.strerror else i18n.core_text(exc)
        self.status.setText(self.tr("Could not export: %1").replace("%1", message))
        self.failed.emit(message)

    def print_notes(self) -> None:
        if not self.registry.allows("export.print"):
            return
        scope, title = self.scope(), self.scope_title()
        self.tasks.submit(
            build_export,
            self.store,
            scope,
            "html",
            title,
            on_done=lambda r: print_html(r[1], self, self.registry.live_policy),
            on_error=self._on_failed,
        )
