"""The audience view: what the room sees on the projector — the current item alone.

A clip plays from its in point and the player pauses it at its out point; a PDF opens at
the first page of its range, a whole page in view (a projector is wide and low: fit in
view keeps a page readable from the back); Markdown/HTML/text are shown large. Blank
turns the screen black without losing the place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from real_desktop.core.agendas.model import AgendaItem, ItemKind
from real_desktop.core.models import Kind, Resource
from real_desktop.ui import i18n

if TYPE_CHECKING:
    from real_desktop.player.base import Player

READER_POINT_SIZE = 26  # Markdown/HTML/text on a projector: readable from the back row


def _black(w: QWidget) -> None:
    pal = w.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor("black"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("white"))
    w.setPalette(pal)
    w.setAutoFillBackground(True)


class AudienceView(QWidget):
    """Shows one agenda item at a time. `player` draws into its own video surface."""

    shown = Signal(str)  # "video", "pdf", "text", "message"

    def __init__(self, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("REAL Desktop — audience"))
        self.setAccessibleName(self.tr("Audience view"))
        _black(self)
        self.player = player
        self.item: AgendaItem | None = None
        self.resource: Resource | None = None
        self.blanked = False
        self.mode = "message"

        self.blank = QWidget(self)
        _black(self.blank)
        self.video = player.create_video_widget(self)
        self.doc = QPdfDocument(self)
        self.pdf = QPdfView(self)
        self.pdf.setDocument(self.doc)
        self.pdf.setPageMode(QPdfView.PageMode.SinglePage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.pdf.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pdf.setFrameShape(QPdfView.Shape.NoFrame)
        self.pdf.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pdf.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pdf.setPageSpacing(0)
        self.pdf.setDocumentMargins(QMargins(0, 0, 0, 0))
        _black(self.pdf.viewport())
        pal = self.pdf.palette()
        pal.setColor(QPalette.ColorRole.Dark, QColor("black"))  # QPdfView's backdrop
        self.pdf.setPalette(pal)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        f = QFont(self.text.font())
        f.setPointSize(READER_POINT_SIZE)
        self.text.setFont(f)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        mf = QFont(self.message.font())
        mf.setPointSize(28)
        self.message.setFont(mf)
        _black(self.message)
        self.stack = QStackedWidget(self)
        for w in (self.message, self.video, self.pdf, self.text, self.blank):
            self.stack.addWidget(w)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        player.attach(self.video)

    # -- items ---------------------------------------------------------------------------
    def show_item(self, item: AgendaItem, resource: Resource | None) -> None:
        """Put `item` on screen (stops whatever played before)."""
        self.item, self.resource = item, resource
        self.player.pause()
        self.player.clear_clip()
        path = Path(resource.path) if resource is not None and resource.path else None
        if resource is None or path is None or not path.is_file():
            title = resource.title if resource is not None else (item.label or item.resource_id)
            self._message(self.tr("“%1” is not on this computer.").replace("%1", title))
            return
        if resource.kind in (Kind.VIDEO, Kind.AUDIO):
            self._set_mode("video")
            self.player.open(path)
            if item.kind == ItemKind.CLIP and item.clip_in is not None and item.clip_out:
                self.player.set_clip(item.clip_in, item.clip_out)
            self.player.play()
            return
        fmt = (resource.format or path.suffix.lstrip(".")).lower()
        if fmt == "pdf":
            self.doc.load(str(path))
            if self.doc.status() != QPdfDocument.Status.Ready or self.doc.pageCount() == 0:
                self._message(self.tr("“%1” cannot be shown.").replace("%1", resource.title))
                return
            self._set_mode("pdf")
            self.go_to_page(item.page_from if item.kind == ItemKind.PAGES else 1)
            return
        self._show_text(path, fmt, resource.title)

    def _show_text(self, path: Path, fmt: str, title: str) -> None:
        from real_desktop.ui.viewers.rendering import render_file

        try:
            doc = render_file(path, fmt)
        except (OSError, ValueError) as exc:
            self._message(self.tr("“%1” cannot be shown.\n\n%2").replace("%1", title)
                          .replace("%2", i18n.core_text(exc)))
            return
        if doc.html is not None:
            self.text.setHtml(doc.html)
        else:
            self.text.setPlainText(doc.text or "")
        self._set_mode("text")

    def _message(self, text: str) -> None:
        self.message.setText(text)
        self._set_mode("message")

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        if not self.blanked:
            self.stack.setCurrentWidget(self._widget_for(mode))
        self.shown.emit(mode)

    def _widget_for(self, mode: str) -> QWidget:
        return {"video": self.video, "pdf": self.pdf, "text": self.text}.get(mode, self.message)

    # -- documents -------------------------------------------------------------------------
    def page(self) -> int:
        """The 1-based page on screen (PDF), else 0."""
        if self.mode != "pdf":
            return 0
        return self.pdf.pageNavigator().currentPage() + 1

    def page_range(self) -> tuple[int, int]:
        """The pages this item may show (its range, else the whole document)."""
        n = self.doc.pageCount()
        if self.item is not None and self.item.kind == ItemKind.PAGES:
            return self.item.page_from or 1, min(self.item.page_to or n, n)
        return 1, n

    def go_to_page(self, page: int) -> None:
        first, last = self.page_range()
        page = max(first, min(page, last))
        self.pdf.pageNavigator().jump(page - 1, QPointF(0, 0))

    def step_page(self, delta: int) -> bool:
        """Turn a page inside the item's range. False at its edge (the caller moves on)."""
        if self.mode != "pdf" or self.item is None or self.item.kind != ItemKind.PAGES:
            return False  # a whole document is one step: Next goes to the next item
        first, last = self.page_range()
        target = self.page() + delta
        if target < first or target > last:
            return False
        self.go_to_page(target)
        return True

    # -- blank -----------------------------------------------------------------------------
    def set_blanked(self, on: bool) -> None:
        self.blanked = on
        self.stack.setCurrentWidget(self.blank if on else self._widget_for(self.mode))

    def stop(self) -> None:
        self.player.pause()
        self.player.clear_clip()
        self.doc.close()
