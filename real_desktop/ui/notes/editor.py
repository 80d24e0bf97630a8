"""The note editor and its autosave: no Save button, nothing lost.

`Autosaver` writes changes through NoteStore off the UI thread, one write at a time (so
an older text can never overwrite a newer one), at most DELAY_MS after the last keystroke;
`flush()` writes at once (focus-out, note or resource switch) and `flush(wait=True)`
finishes every write before returning (window close, quit).

`NoteEditor` shows one note: its anchor, the quoted text, the body rendered as Markdown
(when not editing) or in a QPlainTextEdit with undo/redo (when editing), the tags, and an
autosave indicator ("Saving…" / "Saved").
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.notes import Note, NoteStore, parse_tags
from real_desktop.core.notes_export import render_markdown
from real_desktop.ui import i18n
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.tasks import Task, TaskRunner

log = logging.getLogger(__name__)

DELAY_MS = 600  # debounce: a change is on disk well within a second of the last keystroke
RETRY_MS = 3000  # after a failed write (disk full, locked), try again this much later
QUOTE_LINES = 4  # a long quote must leave the note itself room to be written


class Autosaver(QObject):
    stateChanged = Signal(str)  # "saved" | "pending" | "saving" | "error"
    saved = Signal(object)  # the Note as stored
    failed = Signal(str)  # a message for the user

    def __init__(self, store: NoteStore, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.tasks = store, tasks
        self._pending: dict[str, dict[str, Any]] = {}
        self._inflight: Task | None = None
        self._serial = 0  # which submitted write the current _inflight is
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.state = "saved"

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)

    def change(self, note_id: str, **fields: Any) -> None:
        """Record an edit (body=…, tags=…); it is written after a short pause in typing."""
        self._pending.setdefault(note_id, {}).update(fields)
        self._set_state("pending")
        self._timer.start(DELAY_MS)  # (a failed write may have set a longer retry interval)

    def forget(self, note_id: str) -> None:
        """Drop unsaved edits of a note that is being deleted or discarded."""
        self._pending.pop(note_id, None)

    @property
    def dirty(self) -> bool:
        return bool(self._pending) or self._busy()

    def _busy(self) -> bool:
        return self._inflight is not None and not self._inflight.finished.is_set()

    def flush(self, *, wait: bool = False) -> None:
        self._timer.stop()
        if self._busy():
            if not wait:
                return  # _on_done continues with what is pending
            self._inflight.finished.wait(10.0)  # type: ignore[union-attr]
        if not self._pending:
            if not self._busy():
                self._set_state("saved" if self.state != "error" else "error")
            return
        if wait:
            # Quit/close: write inline so nothing is left to a thread that may not finish.
            while self._pending:
                note_id, fields = self._pending.popitem()
                self._write_now(note_id, fields)
            return
        note_id, fields = next(iter(self._pending.items()))
        del self._pending[note_id]
        self._set_state("saving")
        self._serial += 1
        serial = self._serial
        self._inflight = self.tasks.submit(
            self.store.update,
            note_id,
            **fields,
            on_done=lambda note, s=serial: self._on_done(note, s),
            on_error=lambda exc, n=note_id, f=fields, s=serial: self._on_error(n, f, exc, s),
        )

    def _write_now(self, note_id: str, fields: dict[str, Any]) -> None:
        try:
            note = self.store.update(note_id, **fields)
        except KeyError:
            return
        except Exception as exc:  # disk full, read-only… keep the text in memory, say so
            self._on_error(note_id, fields, exc)
            return
        self.saved.emit(note)
        if not self._pending:
            self._set_state("saved")

    def _landed(self, serial: int | None) -> None:
        # The reply can arrive before the worker marks the task finished: it is done now.
        if serial is not None and serial == self._serial:
            self._inflight = None

    def _on_done(self, note: Note, serial: int | None = None) -> None:
        self._landed(serial)
        self.saved.emit(note)
        if self._pending:
            self.flush()
        elif not self._busy():
            self._set_state("saved")

    def _on_error(
        self, note_id: str, fields: dict[str, Any], exc: BaseException, serial: int | None = None
    ) -> None:
        self._landed(serial)
        if isinstance(exc, KeyError):  # the note was purged meanwhile: nothing to save into
            self._on_done_nothing()
            return
        log.warning("could not save note %s: %s", note_id, exc)
        # Newer edits of the same note win; older fields are kept for the retry.
        merged = dict(fields)
        merged.update(self._pending.get(note_id, {}))
        self._pending[note_id] = merged
        self._set_state("error")
        self.failed.emit(i18n.core_text(exc))
        self._timer.start(RETRY_MS)

    def _on_done_nothing(self) -> None:
        if self._pending:
            self.flush()
        elif not self._busy():
            self._set_state("saved")


class _Body(QPlainTextEdit):
    """The body editor: Esc finishes editing; focus-out saves at once."""

    finished = Signal()
    focusLost = Signal()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finished.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()


class QuoteLabel(QLabel):
    """The quoted text, at most QUOTE_LINES lines at the label's width: a longer quote is
    cut with "…" and shown whole in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a quote with "<" is not markup
        # Its width comes from the panel; the text never asks for more.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._fit()

    def full_text(self) -> str:
        return self._full

    @property
    def elided(self) -> bool:
        return self.text() != self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    def _fit(self) -> None:
        text = self._full
        shown = text
        # Stylesheet padding and the border sit inside contentsRect; a little slack keeps
        # QLabel's own wrapping from breaking a line this layout thought would fit.
        width = self.contentsRect().width() - 8
        if text and width > 20:
            shown = self._elide(text, width)
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(text if shown != text else "")
        # Its lines are kept whole: a squeezed editor shrinks the note's text box (which
        # scrolls), never the quote into a half-cut last line.
        if width > 20:
            self.setMinimumHeight(self.heightForWidth(self.width()) if shown else 0)

    def _elide(self, text: str, width: int) -> str:
        layout = QTextLayout(text.replace("\n", "\u2028"), self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        starts: list[int] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        if len(starts) <= QUOTE_LINES:
            return text
        head = text[: starts[QUOTE_LINES - 1]]
        tail = " ".join(text[starts[QUOTE_LINES - 1] :].split())
        last = self.fontMetrics().elidedText(tail + " …", Qt.TextElideMode.ElideRight, width)
        if not last.endswith("…"):
            last = last.rstrip() + "…"
        return head + last


class NoteEditor(QWidget):
    """One note: preview (rendered Markdown) or editing (plain text with undo/redo)."""

    editingStarted = Signal()
    editingFinished = Signal()
    deleteRequested = Signal(str)  # note id
    anchorClicked = Signal(object)  # Location

    def __init__(
        self,
        autosaver: Autosaver,
        parent: QWidget | None = None,
        *,
        registry: ActionRegistry | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry if registry is not None else ActionRegistry()
        self.autosaver = autosaver
        self.note: Note | None = None
        self._loading = False

        self.anchor_button = QToolButton(self)
        self.anchor_button.setAutoRaise(True)
        self.anchor_button.setAccessibleName(self.tr("Go to the note's place"))
        self.registry.button("note.go_to_place", self.anchor_button, self._on_anchor_clicked)
        self.registry.policyChanged.connect(self._sync_buttons)
        self.status = QLabel(self)
        self.status.setAccessibleDescription(self.tr("Save status"))
        self.status.setObjectName("noteSaveStatus")
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.anchor_button)
        head.addStretch(1)
        head.addWidget(self.status)

        self.quote = QuoteLabel(self)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setAccessibleName(self.tr("Quoted text"))
        self.quote.setObjectName("noteQuote")
        self.quote.setStyleSheet(
            "QLabel#noteQuote { border-style: solid; border-width: 0 0 0 3px;"
            " border-color: palette(mid); padding-left: 6px; font-style: italic; }"
        )

        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)  # nothing from the network; a note is text
        self.preview.setAccessibleName(self.tr("Note (rendered)"))
        self.preview.setPlaceholderText(self.tr("Empty note. Press Enter or Edit to write."))
        self.preview.installEventFilter(self)
        self.preview.viewport().installEventFilter(self)  # mouse events land on the viewport
        self.body = _Body(self)
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setPlaceholderText(
            self.tr("Write your note. Markdown works: **bold**, *italic*, - lists. Esc when done.")
        )
        self.body.setTabChangesFocus(True)
        self.body.textChanged.connect(self._on_body_changed)
        self.body.finished.connect(self.finish_editing)
        self.body.focusLost.connect(self._on_focus_lost)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.preview)
        self.stack.addWidget(self.body)

        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.textEdited.connect(self._on_tags_edited)
        self.tags.editingFinished.connect(lambda: self.autosaver.flush())

        self.edit_button = self._button(
            "note.edit",
            self.tr("Edit"), self.tr("Edit note (Enter)"), self.start_editing
        )
        self.undo_button = self._button(
            "note.undo",
            self.tr("Undo"), self.tr("Undo typing (Ctrl+Z)"), self.body.undo
        )
        self.redo_button = self._button(
            "note.redo",
            self.tr("Redo"), self.tr("Redo typing (Ctrl+Shift+Z)"), self.body.redo
        )
        self.done_button = self._button(
            "note.done",
            self.tr("Done"), self.tr("Finish editing (Esc)"), self.finish_editing
        )
        self.delete_button = self._button(
            "note.delete",
            self.tr("Delete"), self.tr("Delete note (Del); can be undone"), self._on_delete
        )
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.body.undoAvailable.connect(self.undo_button.setEnabled)
        self.body.redoAvailable.connect(self.redo_button.setEnabled)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.edit_button, self.undo_button, self.redo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.done_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.quote)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.tags)
        layout.addLayout(buttons)

        autosaver.stateChanged.connect(self._show_state)
        autosaver.failed.connect(self._show_failure)
        self._show_state(autosaver.state)
        self.set_note(None)

    def _button(self, action_id: str, text: str, tip: str, slot: Any) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(text)
        self.registry.button(action_id, b, slot)
        return b

    # -- showing a note ---------------------------------------------------------------------
    @property
    def editing(self) -> bool:
        return self.stack.currentWidget() is self.body

    def set_note(self, note: Note | None, *, edit: bool = False) -> None:
        """Show `note` (flushing the previous one's edits first)."""
        if self.note is not None and (note is None or note.id != self.note.id):
            self.autosaver.flush()
        self.note = note
        self._loading = True
        try:
            self.body.setPlainText(note.body if note else "")  # also resets undo/redo
            self.tags.setText(", ".join(note.tags) if note else "")
        finally:
            self._loading = False
        self._render_header()
        self._render_preview()
        for w in (
            self.body,
            self.tags,
            self.edit_button,
            self.delete_button,
            self.done_button,
            self.anchor_button,
            self.preview,
        ):
            w.setEnabled(note is not None)
        self.stack.setCurrentWidget(self.preview)
        self._sync_buttons()
        # No note selected: no empty editor saying "Saved" about nothing.
        self.setVisible(note is not None)
        if note is not None and edit:
            self.start_editing()

    def refresh(self, note: Note) -> None:
        """The stored note changed (autosave came back): update what is not being typed."""
        if self.note is None or note.id != self.note.id:
            return
        self.note = note
        self._render_header()
        if not self.editing:
            self._render_preview()

    def _render_header(self) -> None:
        note = self.note
        if note is None:
            self.anchor_button.setText("")
            self.quote.hide()
            return
        label = note.anchor_label or self.tr("Whole resource")
        self.anchor_button.setText(
            label + " · " + self.tr("Highlight") if note.is_highlight else label
        )
        self.anchor_button.setToolTip(self.tr("Go to %1").replace("%1", label))
        self.quote.set_full_text(f"“{note.quote}”" if note.quote else "")
        self.quote.setVisible(bool(note.quote))
        # A highlight's quote is edged in its colour; its body is a comment.
        edge = note.color if note.is_highlight and note.color else "palette(mid)"
        self.quote.setStyleSheet(
            # (Qt's style sheets draw no "border-left: …" shorthand on a QLabel)
            f"QLabel#noteQuote {{ border-style: solid; border-width: 0 0 0 4px; border-color: {edge};"
            " padding-left: 6px; font-style: italic; }"
        )
        self.body.setPlaceholderText(
            self.tr("Add a comment to this highlight (optional). Esc when done.")
            if note.is_highlight
            else self.tr("Write your note. Markdown works: **bold**, *italic*, - lists. Esc when done.")
        )

    def _render_preview(self) -> None:
        text = self.body.toPlainText() if self.note is not None else ""
        self.preview.setHtml(render_markdown(text) if text.strip() else "")

    def _sync_buttons(self) -> None:
        editing, show = self.editing, self.registry.show
        show(self.edit_button, not editing)
        show(self.done_button, editing)
        show(self.undo_button, editing)
        show(self.redo_button, editing)

    # -- editing -----------------------------------------------------------------------------
    def start_editing(self) -> None:
        if self.note is None:
            return
        self.stack.setCurrentWidget(self.body)
        self._sync_buttons()
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)
        self.body.moveCursor(self.body.textCursor().MoveOperation.End)
        self.editingStarted.emit()

    def finish_editing(self) -> None:
        if not self.editing:
            return
        self.autosaver.flush()
        self.stack.setCurrentWidget(self.preview)
        self._render_preview()
        self._sync_buttons()
        self.editingFinished.emit()

    def _on_body_changed(self) -> None:
        if self._loading or self.note is None:
            return
        self.autosaver.change(self.note.id, body=self.body.toPlainText())

    def _on_tags_edited(self, text: str) -> None:
        if self.note is not None:
            self.autosaver.change(self.note.id, tags=parse_tags(text))

    def _on_focus_lost(self) -> None:
        self.autosaver.flush()

    def _on_delete(self) -> None:
        if self.note is not None:
            self.deleteRequested.emit(self.note.id)

    def _on_anchor_clicked(self) -> None:
        if self.note is not None:
            self.anchorClicked.emit(self.note.location)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Enter or a double-click on the rendered note starts editing.
        if obj in (self.preview, self.preview.viewport()) and self.note is not None:
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):  # type: ignore[attr-defined]
                self.start_editing()
                return True
            if event.type() == QEvent.Type.MouseButtonDblClick:
                self.start_editing()
                return True
        return super().eventFilter(obj, event)

    def _show_state(self, state: str) -> None:
        text = {
            "saved": self.tr("Saved"),
            "pending": self.tr("Editing…"),
            "saving": self.tr("Saving…"),
            "error": self.tr("Not saved yet, retrying"),
        }.get(state, "")
        self.status.setText(text)

    def _show_failure(self, message: str) -> None:
        self.status.setToolTip(self.tr("Could not save: %1").replace("%1", message))
