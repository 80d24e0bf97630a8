"""The sidebar: library sections, collections, tags, activity, missing media and notes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from real_desktop.core.models import Kind, Status
from real_desktop.ui.guard import while_alive
from real_desktop.ui.library.model import BrowseFilter
from real_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the core loads on a worker thread at start-up
    from real_desktop.core.library import Library

KeyRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2  # drawn at the right of the entry


@dataclass
class SidebarCounts:
    """Everything the sidebar shows, gathered in one background task."""

    total: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    missing: int = 0
    failed: int = 0  # files that could not be read: recorded, but not counted as items
    collections: list[tuple[str, int]] = field(default_factory=list)
    tags: list[tuple[str, int]] = field(default_factory=list)
    duplicates: list[tuple[str, str, int]] = field(default_factory=list)  # first id, title, n


def gather_counts(library: Library) -> SidebarCounts:
    """Runs on a worker thread. Every count leaves out files that could not be read, as
    the lists do (BrowseFilter.exclude_status); they are counted on their own."""
    failed = library.resources(status=Status.FAILED)
    return SidebarCounts(
        total=library.count(exclude_status=Status.FAILED),
        by_kind={k.value: library.count(kind=k, exclude_status=Status.FAILED) for k in Kind},
        missing=library.count(status=Status.MISSING),
        failed=len(failed),
        collections=_without(library.collections(), [r.collection for r in failed]),
        tags=_without(library.tags(), [t for r in failed for t in set(r.tags)]),
        duplicates=[
            (g.resources[0].id, g.resources[0].title, len(g.resources))
            for g in library.duplicates()
        ],
    )


def _without(counts: list[tuple[str, int]], failed: list[str | None]) -> list[tuple[str, int]]:
    """(name, count) less the failed files' share; names left with none are dropped.
    (Library.collections()/tags() count every resource; failed ones are few, so they are
    subtracted here rather than given another filter in the core.)"""
    if not failed:
        return counts
    less = Counter(name for name in failed if name)  # the core groups names exactly
    out = [(name, n - less[name]) for name, n in counts]
    return [(name, n) for name, n in out if n > 0]


class _RoomyDelegate(QStyledItemDelegate):
    """A little vertical air between entries, the count always shown at the right, and a
    name too long for the sidebar's width wrapped onto more lines (at 200 % text it was
    cut to "Recently ope…"); a single word longer than a line is elided."""

    SLACK = 8  # px: the width sizeHint assumes is never more than paint gets

    def _room(self, index: QModelIndex, fm: QFontMetrics) -> int:
        count = index.data(CountRole)
        return fm.horizontalAdvance(f"  {count}") if count is not None else 0

    def _width(self, index: QModelIndex) -> int:
        """The label's width: the viewport's, less indentation, margins and the count."""
        view = self.parent()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = depth * view.indentation() if isinstance(view, QTreeWidget) else 0
        return max(1, view.viewport().width() - indent - self.SLACK - 8)

    def _font(self, option: QStyleOptionViewItem, index: QModelIndex) -> QFont:
        font = index.data(Qt.ItemDataRole.FontRole)
        return font if isinstance(font, QFont) else option.font

    def _label(self, index: QModelIndex) -> str:
        text = str(index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data() or "")
        return text.replace("/", "/\u200b")  # "watching/reading" may break after the slash

    @staticmethod
    def _fit(label: str, width: int, fm: QFontMetrics) -> tuple[str, int]:
        """The text to draw and its flags: wrapped, or elided when one word is too long."""
        if any(fm.horizontalAdvance(w) > width for w in label.replace("\u200b", " ").split()):
            return fm.elidedText(label, Qt.TextElideMode.ElideRight, width), 0
        return label, _WRAP

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # type: ignore[override]
        size = super().sizeHint(option, index)
        fm = QFontMetrics(self._font(option, index))
        room = max(1, self._width(index) - self._room(index, fm))
        text, flags = self._fit(self._label(index), room, fm)
        need = fm.boundingRect(QRect(0, 0, room, 100_000), flags, text)
        return QSize(size.width(), max(size.height(), need.height() + 4) + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""  # background, selection and focus only; the texts are drawn below
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        fm = opt.fontMetrics
        count = index.data(CountRole)
        room = self._room(index, fm)
        label = self._label(index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        count_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        middle = int(Qt.AlignmentFlag.AlignVCenter)
        width = max(0, min(rect.width(), self._width(index)) - room)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(text_role))
        label, flags = self._fit(label, max(1, width), fm)
        box = QRect(rect.left(), rect.top(), width, rect.height())
        painter.drawText(box, middle | int(Qt.AlignmentFlag.AlignLeft) | flags, label)
        if count is not None:
            painter.setPen(opt.palette.color(count_role))
            painter.drawText(rect, middle | Qt.AlignmentFlag.AlignRight, str(count))
        painter.restore()


_WRAP = int(Qt.TextFlag.TextWordWrap)


class Sidebar(QTreeWidget):
    """Emits sectionSelected(BrowseFilter, title) when the user picks an entry."""

    sectionSelected = Signal(object, str)
    countsChanged = Signal(object)  # SidebarCounts, for the status bar

    def __init__(self, library: Library, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.tasks = library, tasks
        self.counts = SidebarCounts()
        self.setAccessibleName(self.tr("Sections"))
        self.setObjectName("sidebar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)  # sits on the window
        self.setItemDelegate(_RoomyDelegate(self))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setUniformRowHeights(False)  # a long name wraps: its row is taller
        self._pending_key = "all"
        self._emitted_key = "all"  # the section the browser was last told to show
        self._loaded = False  # counts not fetched yet: a saved key may not exist *yet*
        self.currentItemChanged.connect(self._current_changed)
        self._build()

    # -- public ---------------------------------------------------------------------------
    def library_changed(self, _kind: str, _ids: object) -> None:
        """Items came, went or moved: the counts change."""
        self.refresh()

    def refresh(self) -> None:
        """Reload counts, collections and tags in the background; keeps the selection."""
        self.tasks.submit(
            gather_counts,
            self.library,
            on_done=while_alive(self, self._apply_counts),
            key=f"sidebar-{id(self)}",
        )

    def select_key(self, key: str) -> bool:
        """Select the entry with this key (e.g. from saved settings) without announcing it:
        the caller shows that section itself. False if the entry is not (yet) present."""
        self._pending_key = self._emitted_key = key
        item = self._find(key)
        if item is None:
            return False
        self.blockSignals(True)
        self.setCurrentItem(item)
        self.blockSignals(False)
        return True

    def show_searching(self, active: bool) -> None:
        """While search results show, no section is highlighted (none is what is shown);
        after, the section shown before is again."""
        self.blockSignals(True)
        if active:
            self.setCurrentItem(None)  # type: ignore[arg-type]
            self.clearSelection()
        else:
            item = self._find(self._pending_key)
            if item is not None:
                self.setCurrentItem(item)
        self.blockSignals(False)

    def minimumSizeHint(self) -> QSize:
        # Room for a short name and its count at the current text size (longer names
        # wrap; the count is always drawn whole).
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("Videos  9999") + self.indentation() + 24, 0)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        widest = fm.horizontalAdvance("Continue watching/reading") + self.indentation() + 28
        return QSize(max(self.minimumSizeHint().width(), min(widest, fm.averageCharWidth() * 30)), 400)

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        if e.size().width() != e.oldSize().width():
            self.scheduleDelayedItemsLayout()  # names wrap at the new width

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.FontChange:  # headings are sized from the text size
            self._build()
            self.updateGeometry()

    def current_key(self) -> str:
        return self._pending_key

    def title_for(self, key: str) -> str:
        item = self._find(key)
        if item is not None:
            return str(item.data(0, Qt.ItemDataRole.AccessibleTextRole))
        fixed = {
            "kind:document": self.tr("Documents"),
            "kind:video": self.tr("Videos"),
            "kind:audio": self.tr("Audio"),
            "recent": self.tr("Recently opened"),
            "in_progress": self.tr("Continue watching/reading"),
            "notes": self.tr("Notes"),
            "missing": self.tr("Missing media"),
            "failed": self.tr("Could not be read"),
        }
        if key in fixed:
            return fixed[key]
        _, _, value = key.partition(":")
        return value or self.tr("All")

    # -- building -------------------------------------------------------------------------
    def _heading(self, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        item.setFont(0, font)
        self.addTopLevelItem(item)
        item.setExpanded(True)
        return item

    def _entry(self, parent: QTreeWidgetItem, key: str, label: str, count: int | None) -> None:
        text = f"{label}  ({count})" if count is not None else label
        item = QTreeWidgetItem([text])
        item.setData(0, KeyRole, key)
        item.setData(0, CountRole, count)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, label)
        item.setToolTip(0, label)
        parent.addChild(item)

    def _build(self) -> None:
        c = self.counts
        self.blockSignals(True)
        self.clear()
        lib = self._heading(self.tr("Library"))
        self._entry(lib, "all", self.tr("All"), c.total)
        self._entry(lib, "kind:document", self.tr("Documents"), c.by_kind.get("document", 0))
        self._entry(lib, "kind:video", self.tr("Videos"), c.by_kind.get("video", 0))
        if c.by_kind.get("audio"):
            self._entry(lib, "kind:audio", self.tr("Audio"), c.by_kind["audio"])
        activity = self._heading(self.tr("Activity"))
        self._entry(activity, "recent", self.tr("Recently opened"), None)
        self._entry(activity, "in_progress", self.tr("Continue watching/reading"), None)
        self._entry(activity, "notes", self.tr("Notes"), None)
        self._entry(activity, "missing", self.tr("Missing media"), c.missing)
        if c.failed:
            self._entry(activity, "failed", self.tr("Could not be read"), c.failed)
        if c.duplicates:
            dup = self._heading(self.tr("Duplicates"))
            for first, title, n in c.duplicates:
                self._entry(dup, f"duplicates:{first}", title, n)
        if c.collections:
            col = self._heading(self.tr("Collections"))
            for name, n in c.collections:
                self._entry(col, f"collection:{name}", name, n)
        if c.tags:
            tags = self._heading(self.tr("Tags"))
            for name, n in c.tags:
                self._entry(tags, f"tag:{name}", name, n)
        self.expandAll()
        self.blockSignals(False)
        item = self._find(self._pending_key)
        if item is not None:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
        elif self._loaded:  # the shown collection/tag is gone: fall back to All, and say so
            self._pending_key = "all"
            self.blockSignals(True)
            self.setCurrentItem(self._find("all"))
            self.blockSignals(False)
        if self._loaded and self._pending_key != self._emitted_key:
            self._announce(self._pending_key)

    def _find(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                if child.data(0, KeyRole) == key:
                    return child
        return None

    def _apply_counts(self, counts: SidebarCounts) -> None:
        self.counts = counts
        self._loaded = True
        self._build()
        self.countsChanged.emit(counts)

    def _current_changed(self, item: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        if item is None or not item.data(0, KeyRole):
            return
        self._pending_key = str(item.data(0, KeyRole))
        self._announce(self._pending_key)

    def _announce(self, key: str) -> None:
        self._emitted_key = key
        self.sectionSelected.emit(BrowseFilter.from_key(key), self.title_for(key))
