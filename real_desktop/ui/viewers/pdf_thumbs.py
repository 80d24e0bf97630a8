"""The PDF viewer's page list: one thumbnail per page, rendered off the UI thread for the
rows in view, with a dot on the pages that carry notes."""

from __future__ import annotations

from collections.abc import Set

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from real_desktop.ui.tasks import Task, TaskRunner

THUMB_WIDTH = 96


def render_page_thumbnails(path: str, pages: list[int], width: int) -> list[tuple[int, QImage]]:
    """Render small page images in a worker thread (QImage is safe off the UI thread;
    QtPdf serialises its PDFium calls internally)."""
    doc = QPdfDocument()
    try:
        if doc.load(path) != QPdfDocument.Error.None_:
            return []
        out: list[tuple[int, QImage]] = []
        for p in pages:
            if not 0 <= p < doc.pageCount():
                continue
            size = doc.pagePointSize(p)
            if size.width() <= 0:
                continue
            height = max(1, round(width * size.height() / size.width()))
            out.append((p, doc.render(p, QSize(width, height))))
        return out
    finally:
        doc.close()


def framed(image: QImage) -> QImage:
    # QtPdf renders a transparent background: put the page on white paper with a rim.
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.setPen(QColor(0, 0, 0, 90))
    painter.drawRect(0, 0, out.width() - 1, out.height() - 1)
    painter.end()
    return out


class PageThumbnails(QListWidget):
    """Rows are 0-based pages. `fill` for a newly opened document, `clear_pages` on close."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.path: str | None = None
        self.marked: Set[int] = frozenset()  # 0-based pages with notes
        self._done: set[int] = set()
        self._task: Task | None = None
        self.setAccessibleName(self.tr("Pages"))
        # Thumbnails in one column with the label underneath: fits a narrow side panel.
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListWidget.Movement.Static)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(4)
        self.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.414)))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalScrollBar().valueChanged.connect(self.schedule)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)  # coalesce scroll bursts into one render task
        self._timer.timeout.connect(self.render_visible_thumbs)

    def fill(self, document: QPdfDocument, path: str) -> None:
        self.path = path
        self.blockSignals(True)
        self.clear()
        blank = QPixmap(self.iconSize())
        blank.fill(QColor(0, 0, 0, 0))
        for p in range(document.pageCount()):
            item = QListWidgetItem(QIcon(blank), self.page_label(p))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.page_label(p))
            self.addItem(item)
        self.blockSignals(False)

    def clear_pages(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.path = None
        self._done.clear()
        self.clear()

    def page_label(self, page0: int) -> str:
        label = self.tr("Page %1").replace("%1", str(page0 + 1))
        if page0 in self.marked:
            label += "  ●"
        return label

    def set_marked(self, pages: Set[int]) -> None:
        """The 0-based pages that carry notes."""
        self.marked = pages
        for row in range(self.count()):
            item = self.item(row)
            item.setText(self.page_label(row))
            item.setToolTip(self.tr("This page has notes") if row in pages else "")

    def schedule(self, *_: object) -> None:
        if self.path:
            self._timer.start()

    def visible_rows(self) -> range:
        if self.count() == 0:
            return range(0)
        first = self.indexAt(self.viewport().rect().topLeft()).row()
        last = self.indexAt(self.viewport().rect().bottomLeft()).row()
        first = max(0, first)
        last = self.count() - 1 if last < 0 else last
        # Render a little beyond the viewport so short scrolls find pages ready.
        return range(max(0, first - 2), min(self.count(), max(last, first + 8) + 3))

    def render_visible_thumbs(self) -> None:
        todo = [r for r in self.visible_rows() if r not in self._done]
        if not todo or not self.path:
            return
        self._done.update(todo)
        path = self.path
        self._task = self.tasks.submit(
            render_page_thumbnails,
            path,
            todo,
            THUMB_WIDTH,
            on_done=lambda result, path=path: self._apply(path, result),
            on_error=lambda exc: None,  # thumbnails are decoration; a failure keeps the blank
            key=f"pdf-thumbs-{id(self)}",
        )

    def _apply(self, path: str, result: list[tuple[int, QImage]]) -> None:
        if path != self.path:
            return  # a different document was opened meanwhile
        for page0, image in result:
            item = self.item(page0)
            if item is not None and not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(framed(image))))
