"""The all-notes view's filter row: text (debounced), resource, collection, tag, date
changed, and the Trash toggle. A FlowLayout: on one line when there is room, wrapped onto
more at a large text size (on one line it needed 1289 px at 18 pt, 1647 px at 24 pt, and
held the window wider than a 1024 px projector)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer
from PySide6.QtWidgets import QComboBox, QLineEdit, QToolButton, QWidget

from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.flow import FlowLayout
from real_desktop.ui.notes.notes_table import Filters

DATE_CHOICES = (
    (None, QT_TRANSLATE_NOOP("NotesFilterBar", "Any time")),
    (1, QT_TRANSLATE_NOOP("NotesFilterBar", "Today")),
    (7, QT_TRANSLATE_NOOP("NotesFilterBar", "Last 7 days")),
    (30, QT_TRANSLATE_NOOP("NotesFilterBar", "Last 30 days")),
    (365, QT_TRANSLATE_NOOP("NotesFilterBar", "Last year")),
)


class NotesFilterBar(QObject):
    """Not a widget: `row` is a layout inside the view's, as when it was built there; the
    widgets are the view's children. `on_change` runs when a filter changes."""

    def __init__(
        self,
        view: QWidget,
        on_change: Callable[[], None],
        on_trash_toggled: Callable[[bool], None],
        registry: ActionRegistry | None = None,
    ) -> None:
        super().__init__(view)
        reg = registry if registry is not None else ActionRegistry()
        self.view, self.on_change = view, on_change
        self.search = QLineEdit(view)
        self.search.setPlaceholderText(self.tr("Filter notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter notes by text"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(on_change)
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        self.resource_combo = self._combo(self.tr("All resources"), self.tr("Filter by resource"))
        self.collection_combo = self._combo(
            self.tr("All collections"), self.tr("Filter by collection")
        )
        self.tag_combo = self._combo(self.tr("All tags"), self.tr("Filter by tag"))
        self.date_combo = QComboBox(view)
        self.date_combo.setAccessibleName(self.tr("Filter by date changed"))
        for days, label in DATE_CHOICES:
            self.date_combo.addItem(self.tr(label), days)
        self.date_combo.currentIndexChanged.connect(on_change)
        self.trash_button = QToolButton(view)
        self.trash_button.setText(self.tr("Trash"))
        self.trash_button.setCheckable(True)
        self.trash_button.setAccessibleName(self.tr("Show deleted notes"))
        # Toggled: the view also switches to the trash from code (and tests do).
        reg.button("notes_list.trash", self.trash_button, on_trash_toggled, toggled=True)

        self.row = FlowLayout(spacing=6)
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 16)
        self.row.add_widget(self.search, 2)
        for w in (self.resource_combo, self.collection_combo, self.tag_combo, self.date_combo):
            self.row.add_widget(w, 1)
        self.row.add_widget(self.trash_button)

    def _combo(self, all_label: str, name: str) -> QComboBox:
        c = QComboBox(self.view)
        c.setAccessibleName(name)
        c.addItem(all_label, None)
        c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        c.setMinimumContentsLength(12)
        c.currentIndexChanged.connect(self.on_change)
        return c

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

    def fill(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        """New choices (from filter_choices), keeping each current one when it is still there."""
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
                self.on_change()  # the filtered value vanished (its last note was deleted)
