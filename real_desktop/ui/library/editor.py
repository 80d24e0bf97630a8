"""Editing metadata in the details pane: every field for one item, tags and collection
for many at once. It only collects the changes; the window's ManageOperations writes them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.models import Resource
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.placeholder import fit_placeholder

SINGLE = ("title", "description", "people", "tags", "collection", "language", "date")


class MetadataEditor(QWidget):
    saved = Signal(object, object)  # list of ids, dict of changes for Library.edit
    cancelled = Signal()

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Edit details"))
        self.resources: list[Resource] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.title, self.people, self.tags = QLineEdit(), QLineEdit(), QLineEdit()
        self.collection, self.language, self.date = QLineEdit(), QLineEdit(), QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.people.setPlaceholderText(self.tr("Names separated by ;"))
        fit_placeholder(self.tags, self.tr("Tags separated by ,"), self.tr("Tags"))
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.form = form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # narrow pane: label above
        self.rows: dict[str, QWidget] = {}
        for key, text, field in (
            ("title", self.tr("Title"), self.title),
            ("description", self.tr("Description"), self.description),
            ("people", self.tr("Authors / speakers"), self.people),
            ("tags", self.tr("Tags"), self.tags),
            ("collection", self.tr("Collection"), self.collection),
            ("language", self.tr("Language"), self.language),
            ("date", self.tr("Date"), self.date),
        ):
            field.setAccessibleName(text)
            field.setMinimumWidth(field.fontMetrics().averageCharWidth() * 8)
            self.rows[key] = field
            form.addRow(text, field)
        self.save_button, self.cancel_button = QPushButton(), QPushButton()
        registry.button("details.save", self.save_button, self._save, text=True)
        registry.button("details.cancel", self.cancel_button, self.cancelled.emit, text=True)
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def load(self, resources: list[Resource]) -> None:
        self.resources = list(resources)
        many = len(resources) > 1
        for key in SINGLE:
            self.form.setRowVisible(self.rows[key], not many or key in ("tags", "collection"))
        if many:
            self.heading.setText(self.tr("{0} items: add tags, set the collection").format(len(resources)))
            self.tags.clear()
            fit_placeholder(self.tags, self.tr("Tags to add, separated by ,"), self.tr("Tags to add"))
            shared = {r.collection or "" for r in resources}
            self.collection.setText(shared.pop() if len(shared) == 1 else "")
            return
        r = resources[0]
        self.heading.setText("")
        fit_placeholder(self.tags, self.tr("Tags separated by ,"), self.tr("Tags"))
        self.title.setText(r.title)
        self.description.setPlainText(r.description or "")
        self.people.setText("; ".join(r.people))
        self.tags.setText(", ".join(r.tags))
        self.collection.setText(r.collection or "")
        self.language.setText(r.language or "")
        self.date.setText(r.date or "")
        self.title.setFocus()

    def changes(self) -> dict[str, object]:
        """What differs from the items as loaded, in Library.edit's terms."""
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        if len(self.resources) > 1:
            out: dict[str, object] = {}
            if tags:
                out["add_tags"] = tags
            shared = {r.collection or "" for r in self.resources}
            text = self.collection.text().strip()
            if text and (len(shared) > 1 or text not in shared):
                out["collection"] = text
            return out
        r = self.resources[0]
        now = {
            "title": self.title.text().strip(),
            "description": self.description.toPlainText().strip(),
            "people": "; ".join(p.strip() for p in self.people.text().split(";") if p.strip()),
            "tags": tags,
            "collection": self.collection.text().strip(),
            "language": self.language.text().strip(),
            "date": self.date.text().strip(),
        }
        before = {
            "title": r.title, "description": r.description or "", "people": "; ".join(r.people),
            "tags": list(r.tags), "collection": r.collection or "", "language": r.language or "",
            "date": r.date or "",
        }  # fmt: skip
        out = {k: v for k, v in now.items() if v != before[k]}
        if out.get("title") == "":
            del out["title"]  # an item keeps a title
        return out

    def _save(self) -> None:
        changes = self.changes()
        if changes and self.resources:
            self.saved.emit([r.id for r in self.resources], changes)
        else:
            self.cancelled.emit()
