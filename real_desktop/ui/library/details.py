"""The details pane: everything known about the selected resource, and an Open button."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.models import Kind, Resource, Status
from real_desktop.core.textutil import display_path
from real_desktop.ui import i18n
from real_desktop.ui import theme as themes
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.elide import WrappingPushButton
from real_desktop.ui.library.editor import MetadataEditor
from real_desktop.ui.library.model import length_label

BREAK = "\u200b"  # zero-width space: a place a line may break
MIN_WIDTH = 170  # px: the pane at the default text size


class WrappingLabel(QLabel):
    """A wrapped label that also breaks a word too long for its width (a title word at a
    large text size in a narrow pane), which QLabel would cut off at the edge: such a
    word gets zero-width break points; `text()` is the text as given."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        self._refit()

    def text(self) -> str:  # type: ignore[override]
        return self._full

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._refit()

    def _refit(self) -> None:
        width, fm = self.contentsRect().width(), self.fontMetrics()
        parts = re.split(r"(\s+)", self._full)  # words at even, spaces at odd indexes
        if width > 0:
            for i in range(0, len(parts), 2):
                if fm.horizontalAdvance(parts[i]) > width:  # on lines of its own, broken
                    parts[i] = BREAK.join(parts[i])
                    if i:
                        parts[i - 1] = "\n"
        shown = "".join(parts)
        if shown != super().text():
            super().setText(shown)


class FormHost(QWidget):
    """Holds the details form: labels beside their values when the pane has room for
    both, above them when it has not. (Qt's WrapLongRows does this by itself, but gave
    wrapped values the height of one and a half lines.) Its minimum is the stacked one."""

    FIELD_CHARS = 14  # side by side only when a value gets at least this much room

    def _widgets(self, role: QFormLayout.ItemRole) -> list[QWidget]:
        form = self.layout()
        assert isinstance(form, QFormLayout)
        out = []
        for row in range(form.rowCount()):
            item = form.itemAt(row, role)
            w = item.widget() if item is not None else None
            if w is not None and w.isVisibleTo(self):
                out.append(w)
        return out

    def minimumSizeHint(self) -> QSize:
        roles = (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole)
        widest = max(
            (max(w.minimumSizeHint().width(), w.minimumWidth()) for r in roles for w in self._widgets(r)),
            default=0,
        )
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, e: QResizeEvent) -> None:
        form = self.layout()
        assert isinstance(form, QFormLayout)
        labels = max((w.sizeHint().width() for w in self._widgets(QFormLayout.ItemRole.LabelRole)), default=0)
        room = labels + form.horizontalSpacing() + self.fontMetrics().averageCharWidth() * self.FIELD_CHARS
        policy = QFormLayout.RowWrapPolicy
        wanted = policy.DontWrapRows if e.size().width() >= room else policy.WrapAllRows
        if form.rowWrapPolicy() != wanted:
            form.setRowWrapPolicy(wanted)
        super().resizeEvent(e)


def _label() -> QLabel:
    lab = WrappingLabel()
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    lab.setTextFormat(Qt.TextFormat.PlainText)
    # A wrapped label asks for a "comfortable" width, far more than a narrow pane has:
    # a set minimum is what layouts use instead, and the text wraps to what it gets.
    lab.setMinimumWidth(lab.fontMetrics().averageCharWidth() * 6)
    return lab


class PathLabel(QLabel):
    """A file path elided in the middle to the width it gets (a path is one long word:
    wrapped, it made the pane scroll sideways); the whole path is its tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_path(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 6, super().minimumSizeHint().height())

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), self.minimumSizeHint().width())
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))


class DetailsPane(QWidget):
    openRequested = Signal(object)  # Resource
    removeRequested = Signal(object)  # list[Resource]: the selection (any item, any status)
    editSaved = Signal(object, object)  # ids, changes for Library.edit
    mergeRequested = Signal(object)  # DuplicateGroup the shown item belongs to

    def __init__(
        self, parent: QWidget | None = None, *, registry: ActionRegistry | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Details"))
        self.resource: Resource | None = None
        self.selection: list[Resource] = []  # several: only the shared actions are offered
        self.duplicates: dict[str, Any] = {}  # resource id -> its DuplicateGroup
        self.registry = reg = registry if registry is not None else ActionRegistry()

        self.title = _label()
        self.title.setAccessibleDescription(self.tr("Title"))
        themes.heading(self.title, 1.2)
        self.description = _label()
        self.description.setAccessibleDescription(self.tr("Description"))

        self.fields: dict[str, QLabel] = {}  # "file" is a PathLabel
        self.names: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.path = PathLabel()
        self.path.setAccessibleName(self.tr("File"))
        for key, text in (
            ("kind", self.tr("Kind")),
            ("collection", self.tr("Collection")),
            ("people", self.tr("Speakers")),
            ("tags", self.tr("Tags")),
            ("length", self.tr("Length")),
            ("date", self.tr("Date")),
            ("language", self.tr("Language")),
            ("file", self.tr("File")),
            ("status", self.tr("Status")),
            ("added", self.tr("Added")),
        ):
            value = self.path if key == "file" else _label()
            value.setAccessibleDescription(text)
            self.fields[key] = value
            name = QLabel(text)
            self.names[key] = name
            themes.mute(name)
            form.addRow(name, value)

        self.open_button = WrappingPushButton()
        reg.button("details.open", self.open_button, self._open, text=True)
        self.open_button.setAccessibleName(self.tr("Open selected item"))
        # Any item can go (if the policy allows; it is asked again when that changes).
        self.remove_button = WrappingPushButton()
        reg.button("details.remove", self.remove_button, self._remove, text=True)
        self.remove_button.setAccessibleName(self.tr("Remove from library"))
        self.remove_button.setToolTip(
            self.tr("Forget the selected entries (Del). The files themselves are not deleted.")
        )
        self.edit_button = WrappingPushButton()
        reg.button("details.edit", self.edit_button, self.start_editing, text=True)
        self.edit_button.setAccessibleName(self.tr("Edit details"))
        self.duplicate_note = _label()
        self.duplicate_note.setAccessibleDescription(self.tr("Duplicates"))
        self.merge_button = WrappingPushButton()
        reg.button("details.merge", self.merge_button, self._merge, text=True)
        self.editor = MetadataEditor(reg)
        self.editor.saved.connect(self._saved)
        self.editor.cancelled.connect(self.stop_editing)
        self.editor.hide()
        reg.policyChanged.connect(self._policy_changed)

        self.placeholder = QLabel(self.tr("Select an item to see its details."))
        themes.mute(self.placeholder)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.description)
        body.addSpacing(8)
        self.form_host = FormHost()
        self.form_host.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.form_host)
        body.addWidget(self.duplicate_note)
        body.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignLeft)
        body.addSpacing(8)
        # Buttons on lines of their own in a narrow pane (a row was cut at large text); a
        # label still too long for the pane wraps onto a second line (was elided: at 200 %
        # "Remove from library" lost its end), so the pane never scrolls sideways.
        buttons = QVBoxLayout()
        for b in (self.open_button, self.edit_button, self.remove_button):
            buttons.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
        body.addLayout(buttons)
        body.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Details"))  # a Tab stop (it scrolls by keyboard)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Everything here wraps or elides: the pane never scrolls sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.placeholder)
        inner_layout.addWidget(self.body)
        inner_layout.addWidget(self.editor)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(scroll)
        self._scroll = scroll
        inner.installEventFilter(self)  # its minimum changes: so does the pane's
        self.set_resource(None)

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if e.type() == QEvent.Type.LayoutRequest and obj is self._scroll.widget():
            self.updateGeometry()
        return super().eventFilter(obj, e)

    def minimumSizeHint(self) -> QSize:
        """Never narrower than its content needs (it all wraps or elides down to a few
        letters; a form label is one word): a squeezed pane cut words at its right edge."""
        hint = super().minimumSizeHint()
        scroll, m = self._scroll, self.layout().contentsMargins()
        need = (
            scroll.widget().minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
            + 2 * scroll.frameWidth() + m.left() + m.right()
        )  # fmt: skip
        return QSize(max(MIN_WIDTH, need), hint.height())

    def set_selection(self, resources: list[Resource]) -> None:
        """The browser's selection, current item first: one is described in full; for
        several, the pane offers what applies to all (edit tags/collection, remove)."""
        if len(resources) <= 1:
            self.set_resource(resources[0] if resources else None)
            return
        self.stop_editing()
        self.resource, self.selection = resources[0], list(resources)
        self.body.show()
        self.placeholder.hide()
        self.title.setText(self.tr("{0} items selected").format(len(resources)))
        self.description.setText("\n".join(r.title for r in resources[:8]) + ("\n…" if len(resources) > 8 else ""))
        for w in (self.form_host, self.open_button, self.duplicate_note, self.merge_button):
            w.hide()
        self.registry.show(self.edit_button, True)
        self.registry.show(self.remove_button, True)

    def set_duplicates(self, groups: list[Any]) -> None:
        """Duplicate groups (core DuplicateGroup) to mark in the pane."""
        self.duplicates = {r.id: g for g in groups for r in g.resources}
        if len(self.selection) <= 1:
            self.set_resource(self.resource)

    def start_editing(self) -> None:
        if not self.selection:
            return
        self.editor.load(self.selection)
        self.body.hide()
        self.editor.show()

    def stop_editing(self) -> None:
        self.editor.hide()
        self.body.setVisible(self.resource is not None)

    def _saved(self, ids: list[str], changes: dict[str, Any]) -> None:
        self.stop_editing()
        self.editSaved.emit(ids, changes)

    def set_resource(self, r: Resource | None) -> None:
        self.editor.hide()
        self.resource = r
        self.selection = [r] if r is not None else []
        self.body.setVisible(r is not None)
        self.placeholder.setVisible(r is None)
        if r is None:
            return
        self.form_host.show()
        self.open_button.show()
        self.registry.show(self.edit_button, True)
        group = self.duplicates.get(r.id)
        if group is not None:
            others = [o.title for o in group.resources if o.id != r.id]
            why = self.tr("same title") if group.reason == "title" else self.tr("same text")
            self.duplicate_note.setText(
                self.tr("⚠ Duplicate ({0}) of: {1}").format(why, "; ".join(others))
            )
        self.duplicate_note.setVisible(group is not None)
        self.registry.show(self.merge_button, group is not None)
        unknown = self.tr("unknown")
        self.title.setText(r.title)
        self.description.setText(r.description or self.tr("No description."))
        kinds = {
            Kind.DOCUMENT: self.tr("Document"),
            Kind.VIDEO: self.tr("Video"),
            Kind.AUDIO: self.tr("Audio"),
        }
        fmt = f" ({r.format.upper()})" if r.format else ""
        f = self.fields
        f["kind"].setText(kinds[r.kind] + fmt)
        f["collection"].setText(r.collection or self.tr("—"))
        f["people"].setText(", ".join(r.people) or self.tr("—"))
        self.names["people"].setText(
            self.tr("Authors") if r.kind is Kind.DOCUMENT else self.tr("Speakers")
        )
        f["tags"].setText(", ".join(r.tags) or self.tr("—"))
        f["length"].setText(length_label(r) or unknown)
        f["date"].setText(i18n.date_text(r.date) if r.date else unknown)
        f["language"].setText(i18n.language_name(r.language) if r.language else unknown)
        self.path.set_path(display_path(r.path) if r.path else self.tr("Not on this computer"))
        status = {
            Status.OK: self.tr("Available"),
            Status.MISSING: self.tr("Missing — the file is not on this computer"),
            Status.FAILED: self.tr("Could not be read"),
        }[r.status]
        if r.status_reason and r.status is not Status.OK:
            # The reason is more specific than the generic words: say it instead.
            status = {
                Status.MISSING: self.tr("Missing — {0}"),
                Status.FAILED: self.tr("Could not be read — {0}"),
            }[r.status].format(i18n.core_text(r.status_reason))
        elif r.status_reason:  # usable, with a warning (e.g. captions that could not be read)
            status = self.tr("Available — note: {0}").format(i18n.core_text(r.status_reason))
        f["status"].setText(status)
        f["added"].setText(i18n.date_text(r.added_at[:10]) or unknown)
        self.open_button.setText(
            self.tr("Locate file…")
            if r.status is Status.MISSING and r.kind is not Kind.DOCUMENT
            else self.tr("Open")
        )
        self.registry.show(self.remove_button, True)

    def library_changed(self, kind: str, ids: tuple[str, ...]) -> None:
        """An item removed from the library is no longer described here; an edited one
        is shown as it is now (the caller passes the fresh record to `set_resource`)."""
        if kind in ("removed", "merged") and self.resource is not None and self.resource.id in ids:
            keep = ids[0] if kind == "merged" and ids[0] == self.resource.id else None
            if keep is None:
                self.set_resource(None)

    def _policy_changed(self) -> None:
        self.set_resource(self.resource)

    def _open(self) -> None:
        if self.resource is not None:
            self.openRequested.emit(self.resource)

    def _remove(self) -> None:
        if self.selection:
            self.removeRequested.emit(list(self.selection))

    def _merge(self) -> None:
        group = self.duplicates.get(self.resource.id) if self.resource is not None else None
        if group is not None:
            self.mergeRequested.emit(group)
