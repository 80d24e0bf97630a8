"""The list of one resource's notes: its model (anchor order) and the delegate that draws
each note (anchor label in bold, tags, two lines of text)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from real_desktop.core.models import LocationKind
from real_desktop.core.notes import HIGHLIGHT_COLOR, Note, color_name
from real_desktop.core.notes_export import markdown_to_plain

NoteRole = Qt.ItemDataRole.UserRole + 1


def highlight_text(note: Note, limit: int = 200) -> str:
    """A highlight in a list: its quoted words, then its comment."""
    quote = " ".join((note.quote or "").split())
    if len(quote) > limit:
        quote = quote[: limit - 1].rstrip() + "…"
    comment = excerpt(note.body)
    return f"“{quote}”" + (f" — {comment}" if comment else "")


def excerpt(body: str, limit: int = 160) -> str:
    """A one-paragraph plain preview of a Markdown body for lists."""
    text = markdown_to_plain(body)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class NotesListModel(QAbstractListModel):
    """The notes of one resource, in anchor order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.notes: list[Note] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.notes)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.notes):
            return None
        note = self.notes[index.row()]
        if role == NoteRole:
            return note
        if role == Qt.ItemDataRole.DisplayRole:
            label = note.anchor_label or QCoreApplication.translate("NotesPanel", "Whole resource")
            if note.is_highlight:
                what = QCoreApplication.translate("NotesPanel", "Highlight (%1)").replace(
                    "%1", QCoreApplication.translate("Highlights", color_name(note.color))
                )
                return f"{label} — {what}: {highlight_text(note)}"
            return label + " — " + (excerpt(note.body) or QCoreApplication.translate("NotesPanel", "(empty)"))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return note.quote or None
        return None

    def set_notes(self, notes: list[Note]) -> None:
        self.beginResetModel()
        self.notes = list(notes)
        self.endResetModel()

    def row_of(self, note_id: str) -> int:
        return next((i for i, n in enumerate(self.notes) if n.id == note_id), -1)

    def remove_note(self, note_id: str) -> None:
        row = self.row_of(note_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.notes[row]
            self.endRemoveRows()

    def replace_note(self, note: Note) -> None:
        row = self.row_of(note.id)
        if row >= 0:
            self.notes[row] = note
            idx = self.index(row)
            self.dataChanged.emit(idx, idx)


class NoteDelegate(QStyledItemDelegate):
    """Anchor label in bold, then two lines of the note."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        bold, normal = self._fonts(option)
        h = QFontMetrics(bold).height() + 2 * QFontMetrics(normal).lineSpacing() + 14
        return QSize(200, h)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        note: Note | None = index.data(NoteRole)
        if note is None:
            return super().paint(painter, option, index)
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        fg = option.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        accent = fg if selected else option.palette.color(group, QPalette.ColorRole.Link)
        bold, normal = self._fonts(option)
        r = option.rect.adjusted(8, 6, -8, -6)
        painter.save()
        if note.is_highlight:  # its colour as a bar down the left, like the marker pen
            bar = QRect(r.left(), r.top(), 4, r.height())
            painter.fillRect(bar, QColor(note.color or HIGHLIGHT_COLOR))
            r.setLeft(r.left() + 10)
        painter.setFont(bold)
        painter.setPen(accent)
        label = note.anchor_label or QCoreApplication.translate("NotesPanel", "Whole resource")
        if note.is_highlight:
            label += " · " + QCoreApplication.translate("NotesPanel", "Highlight")
        bm = QFontMetrics(bold)
        painter.drawText(
            QRect(r.left(), r.top(), r.width(), bm.height()), Qt.AlignmentFlag.AlignLeft, label
        )
        if note.tags:
            painter.setFont(normal)
            painter.setPen(
                option.palette.color(group, QPalette.ColorRole.PlaceholderText)
                if not selected
                else fg
            )
            tags = QFontMetrics(normal).elidedText(
                "#" + " #".join(note.tags), Qt.TextElideMode.ElideRight, r.width() // 2
            )
            painter.drawText(
                QRect(r.left(), r.top(), r.width(), bm.height()), Qt.AlignmentFlag.AlignRight, tags
            )
        painter.setFont(normal)
        painter.setPen(fg)
        nm = QFontMetrics(normal)
        if note.is_highlight:
            text = highlight_text(note)
        else:
            text = excerpt(note.body) or (
                f"“{note.quote}”" if note.quote else QCoreApplication.translate("NotesPanel", "(empty)")
            )
        body_rect = QRect(r.left(), r.top() + bm.height() + 2, r.width(), 2 * nm.lineSpacing())
        # Two lines, the second elided.
        first_break = fit_first_line(text, nm, r.width())
        painter.drawText(
            body_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            text[:first_break].rstrip(),
        )
        rest = text[first_break:].lstrip()
        if rest:
            second = QRect(
                body_rect.left(),
                body_rect.top() + nm.lineSpacing(),
                body_rect.width(),
                nm.lineSpacing(),
            )
            painter.drawText(
                second,
                Qt.AlignmentFlag.AlignLeft,
                nm.elidedText(rest, Qt.TextElideMode.ElideRight, r.width()),
            )
        painter.restore()


def fit_first_line(text: str, metrics: QFontMetrics, width: int) -> int:
    """Index where the first line breaks (at a space) so it fits `width`."""
    if metrics.horizontalAdvance(text) <= width:
        return len(text)
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if metrics.horizontalAdvance(text[:mid]) <= width:
            lo = mid
        else:
            hi = mid - 1
    space = text.rfind(" ", 0, lo)
    return space if space > lo // 2 else lo


def insert_sorted(notes: list[Note], note: Note) -> list[Note]:
    """`notes` with `note` added, in NoteStore.for_resource's order, without a database
    round trip."""

    def key(n: Note) -> tuple[float, str]:
        loc = n.location
        if loc.kind is LocationKind.PAGE:
            return (float(loc.page or 0), n.created_at)
        if loc.kind is LocationKind.TIME:
            return (loc.start or 0.0, n.created_at)
        if loc.kind is LocationKind.SECTION:
            return (float(1 << 29), n.created_at)  # after the known ones until reloaded
        return (-1.0, n.created_at)

    return sorted([*notes, note], key=key)
