"""DocumentView: the viewer for documents (PDF, Markdown, HTML, text).

Implements the viewer protocol from docs/ARCHITECTURE.md so the main window and the notes
panel can treat it like the video player:
open(resource, location=None, terms=()), go_to(location), current_location(),
close_resource(), signal locationChanged(object).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from real_desktop.core.models import Location, LocationKind, Resource, Status
from real_desktop.core.notes import HIGHLIGHT_COLOR, Note
from real_desktop.core.notes_export import markdown_to_plain
from real_desktop.core.policy import DESKTOP
from real_desktop.ui import i18n
from real_desktop.ui.actions.registry import ActionRegistry, PolicyLike
from real_desktop.ui.tasks import TaskRunner
from real_desktop.ui.viewers.pdf_highlights import PageHighlight
from real_desktop.ui.viewers.pdf_view import PdfView
from real_desktop.ui.viewers.reader_view import ReaderView
from real_desktop.ui.viewers.rendering import Section


def find_resource_by_path(library: Any, path: Path) -> str | None:
    """The id of the library resource stored at `path` (worker thread)."""
    for candidate in dict.fromkeys((str(path), str(path.resolve()))):
        res = library.by_path(candidate)
        if res is not None:
            return res.id
    return None


class DocumentView(QWidget):
    locationChanged = Signal(object)  # Location
    openResourceRequested = Signal(str, object)  # resource id, Location | None
    noteRequested = Signal(object)  # {"location", "quote"} (+ "rects", "color": a highlight)
    noteMarkerClicked = Signal(int)  # 1-based page whose note badge was clicked
    highlightClicked = Signal(str)  # the note id of a highlight clicked on a PDF page
    highlightColorRequested = Signal(str, str)  # note id, #rrggbb (a highlight's menu)
    highlightDeleteRequested = Signal(str)  # note id (a highlight's menu)
    loaded = Signal()  # the resource is on screen at its place (after open())

    PROGRESS_DELAY_MS = 1500  # debounce reading-progress writes while paging

    def __init__(
        self,
        library: Any,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        policy: PolicyLike | None = None,
        registry: ActionRegistry | None = None,
    ) -> None:
        """`registry` (or a registry of `policy`) makes and guards every action inside."""
        super().__init__(parent)
        self.library = library
        self.tasks = tasks
        self.registry = reg = (
            registry if registry is not None else ActionRegistry(policy or DESKTOP)
        )
        self.setAccessibleName(self.tr("Document viewer"))
        self.resource: Resource | None = None
        self.terms: tuple[str, ...] = ()
        # Where focus given to the viewer goes. Not a focus proxy: with one, Tab from the
        # PDF's last stop came back to the pages (the proxy's owner follows them in the
        # focus chain), a keyboard trap.
        self._focus_target: QWidget | None = None

        self.pdf = PdfView(tasks, self, registry=reg)
        self.reader = ReaderView(tasks, self, registry=reg)
        self.message = QLabel(self)
        self.message.setAccessibleDescription(self.tr("Document message"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setMargin(32)
        self.message.setText(self.tr("No document is open."))
        self.stack = QStackedWidget(self)
        for w in (self.message, self.pdf, self.reader):
            self.stack.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.pdf.pageChanged.connect(self._on_pdf_page)
        self.pdf.noteRequested.connect(self.request_note)
        self.pdf.noteMarkerClicked.connect(self.noteMarkerClicked)
        self.pdf.highlightRequested.connect(self.request_highlight)
        self.pdf.highlightClicked.connect(self.highlightClicked)
        self.pdf.highlightColorRequested.connect(self.highlightColorRequested)
        self.pdf.highlightDeleteRequested.connect(self.highlightDeleteRequested)
        self.reader.noteRequested.connect(self.request_note)
        self.reader.sectionChanged.connect(self._on_section)
        self.reader.loaded.connect(self._on_reader_loaded)
        self.reader.failed.connect(self._on_reader_failed)
        self.reader.linkToFile.connect(self._on_link_to_file)

        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(self.PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._save_progress)
        self._last_location: Location | None = None

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:  # type: ignore[override]
        target = self._focus_target
        (target if target is not None and target.isVisible() else super()).setFocus(reason)

    def focusInEvent(self, e: QFocusEvent) -> None:  # focus given by Qt itself
        if self._focus_target is not None and self._focus_target.isVisible():
            self._focus_target.setFocus(e.reason())
        super().focusInEvent(e)

    # -- viewer protocol ------------------------------------------------------------------
    def open(
        self, resource: Resource, location: Location | None = None, terms: Iterable[str] = ()
    ) -> None:
        self.close_resource()
        self.resource = resource
        self.terms = tuple(t for t in terms if t and t.strip())
        path = Path(resource.path) if resource.path else None
        if path is None or resource.status is Status.MISSING or not path.is_file():
            reason = i18n.core_text(resource.status_reason) if resource.status_reason else self.tr(
                "The file for this document is not on this computer."
            )
            self._show_message(
                self.tr("“%1” cannot be shown.\n\n%2")
                .replace("%1", resource.title)
                .replace("%2", reason)
            )
            self.loaded.emit()
            return
        fmt = (resource.format or path.suffix.lstrip(".")).lower()
        if fmt == "pdf":
            error = self.pdf.load(path)
            if error:
                self._show_message(
                    self.tr("“%1” cannot be shown.\n\n%2")
                    .replace("%1", resource.title)
                    .replace("%2", error)
                )
                self.loaded.emit()
                return
            self.stack.setCurrentWidget(self.pdf)
            self._focus_target = self.pdf.view  # keys go straight to the pages
            page = location.page if location is not None and location.page else 1
            self.pdf.go_to_page(page)
            if self.terms:
                # Without a page (a title or tag hit), go to the first match instead.
                self.pdf.highlight(self.terms, location.page if location is not None else None)
            self._emit_location()
            self.loaded.emit()
        else:
            self.stack.setCurrentWidget(self.reader)
            self._focus_target = self.reader.browser
            anchor = location.anchor if location is not None else None
            section = location.section if location is not None else None
            self.reader.open(path, fmt, anchor=anchor, section=section, terms=self.terms)

    def go_to(self, location: Location) -> None:
        if self.resource is None or location is None:
            return
        if self.stack.currentWidget() is self.pdf:
            if location.page:
                self.pdf.go_to_page(location.page)
            elif location.kind is LocationKind.RESOURCE:
                self.pdf.go_to_page(1)
        elif self.stack.currentWidget() is self.reader:
            if location.anchor or location.section:
                self.reader.go_to_section(location.anchor, location.section)
            elif location.kind in (LocationKind.RESOURCE, LocationKind.PAGE):
                self.reader.go_to_section(None)
        self._emit_location()

    def current_location(self) -> Location:
        if self.resource is None:
            return Location(LocationKind.RESOURCE)
        if self.stack.currentWidget() is self.pdf:
            return Location(LocationKind.PAGE, page=self.pdf.current_page)
        if self.stack.currentWidget() is self.reader:
            sec = self.reader.current_section()
            if sec is not None:
                return Location(LocationKind.SECTION, anchor=sec.anchor, section=sec.title)
            # A document without headings has no "p. 1": a note belongs to all of it.
            return Location(LocationKind.RESOURCE)
        return Location(LocationKind.RESOURCE)

    def close_resource(self) -> None:
        if self._progress_timer.isActive():
            self._progress_timer.stop()
            self._save_progress()
        self.pdf.close_document()
        self.reader.clear()
        self.resource = None
        self.terms = ()
        self._last_location = None
        self._show_message(self.tr("No document is open."))

    # -- notes ----------------------------------------------------------------------------
    def request_note(self) -> None:
        if self.resource is None:
            return
        location, quote = self.current_location(), None
        if self.stack.currentWidget() is self.reader:
            quote = self.reader.selected_text()
        elif self.stack.currentWidget() is self.pdf:
            quote = self.pdf.selected_quote()
            if quote and self.pdf.selection_page:
                # Anchored where the quoted words are, even if the view scrolled on since.
                location = Location(LocationKind.PAGE, page=self.pdf.selection_page)
        self.noteRequested.emit({"location": location, "quote": quote})

    def request_highlight(self, color: str) -> None:
        """Keep the PDF selection as a highlight: its page, words, line boxes and colour
        go to the notes panel, which stores it and opens it for a comment."""
        page, quote, rects = self.pdf.selection_page, self.pdf.selected_quote(), self.pdf.selection_rects()
        if self.resource is None or page is None or not quote or not rects:
            return
        self.pdf.clear_selection()  # the highlight shows where the selection was
        self.noteRequested.emit(
            {
                "location": Location(LocationKind.PAGE, page=page),
                "quote": quote,
                "rects": rects,
                "color": color,
            }
        )

    def set_highlights(self, notes: Iterable[Note]) -> None:
        """Draw the highlights among `notes` (the open resource's) on the PDF pages."""
        self.pdf.view.set_highlights(
            PageHighlight(
                n.id,
                (n.location.page or 1) - 1,
                tuple(QRectF(QPointF(x0, y0), QPointF(x1, y1)) for x0, y0, x1, y1 in n.rects),
                QColor(n.color or HIGHLIGHT_COLOR),
                markdown_to_plain(n.body),
            )
            for n in notes
            if n.is_highlight and n.location.page
        )

    def set_current_highlight(self, note_id: str | None) -> None:
        """Outline the highlight of the note selected in the panel (None: none)."""
        self.pdf.view.set_current_highlight(note_id)

    def set_markers(self, pages: list[int]) -> None:
        """Pages (1-based) that carry notes get a badge in the PDF page list."""
        self.pdf.set_markers(pages)

    # -- internals ------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self._focus_target = None
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _emit_location(self) -> None:
        loc = self.current_location()
        if loc != self._last_location:
            self._last_location = loc
            self.locationChanged.emit(loc)

    def _on_pdf_page(self, _page: int) -> None:
        if self.resource is None or self.stack.currentWidget() is not self.pdf:
            return
        self._emit_location()
        self._progress_timer.start()

    def _on_section(self, _section: Section | None) -> None:
        if self.resource is not None and self.reader.is_loaded:
            self._emit_location()

    def _on_reader_loaded(self) -> None:
        self._emit_location()
        self.loaded.emit()

    def _on_reader_failed(self, reason: str) -> None:
        title = self.resource.title if self.resource else ""
        self._show_message(
            self.tr("“%1” cannot be shown.\n\n%2").replace("%1", title).replace("%2", reason)
        )
        self.loaded.emit()

    def _save_progress(self) -> None:
        res = self.resource
        if (
            res is None
            or self.library is None
            or self.stack.currentWidget() is not self.pdf
            or not self.pdf.page_count
        ):
            return
        page = self.pdf.current_page
        finished = page >= self.pdf.page_count
        self.tasks.submit(
            self.library.set_progress,
            res.id,
            float(page),
            finished=finished,
            on_error=lambda exc: None,
        )  # progress is a convenience, never an error

    def _on_link_to_file(self, target: Path, fragment: str) -> None:
        def done(resource_id: str | None) -> None:
            if resource_id is None:
                self.reader.show_link_message(
                    self.tr("This link points to a file that is not in the library: %1").replace(
                        "%1", target.name
                    )
                )
                return
            loc = Location(LocationKind.SECTION, anchor=fragment) if fragment else None
            self.openResourceRequested.emit(resource_id, loc)

        self.tasks.submit(
            find_resource_by_path,
            self.library,
            target,
            on_done=done,
            on_error=lambda exc: done(None),
        )
