"""PDF viewer: QtPdf's QPdfView with page navigation, zoom, find, outline and page list.

Beside it: pdf_pages.py (the pages, selection, badges), pdf_toolbar.py (toolbar and
shortcuts), pdf_find.py (find), pdf_thumbs.py (the page list).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QMenu, QSplitter, QTabWidget, QTreeView, QVBoxLayout, QWidget

from real_desktop.core.notes import HIGHLIGHT_COLOR
from real_desktop.ui import guarded
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.tasks import TaskRunner
from real_desktop.ui.viewers.findbar import FindBar
from real_desktop.ui.viewers.pdf_find import PdfFinder
from real_desktop.ui.viewers.pdf_menu import page_menu
from real_desktop.ui.viewers.pdf_pages import PdfPages
from real_desktop.ui.viewers.pdf_thumbs import PageThumbnails
from real_desktop.ui.viewers.pdf_toolbar import PdfToolbar, install_pdf_shortcuts

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 6.0


class PdfView(QWidget):
    """One PDF: continuous pages, a toolbar, a find bar, and a side panel with the outline
    (when the PDF has one) and page thumbnails. Text can be selected on the pages (drag,
    double-click a word, Ctrl+A for the page) and copied. Pages are 1-based in this
    class's API."""

    pageChanged = Signal(int)  # 1-based
    noteRequested = Signal()  # on the selection if there is one, else on the current page
    noteMarkerClicked = Signal(int)  # 1-based page whose note badge was clicked
    selectionChanged = Signal()
    highlightRequested = Signal(str)  # keep the selection as a highlight in this #rrggbb
    highlightClicked = Signal(str)  # note id of a highlight clicked on the page
    highlightColorRequested = Signal(str, str)  # note id, new #rrggbb (its context menu)
    highlightDeleteRequested = Signal(str)  # note id (its context menu)

    def __init__(
        self,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        registry: ActionRegistry | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.registry = reg = registry if registry is not None else ActionRegistry()
        self.setAccessibleName(self.tr("PDF viewer"))
        self.document = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.bookmarks = QPdfBookmarkModel(self)
        self.bookmarks.setDocument(self.document)
        self._path: str | None = None
        self._markers: set[int] = set()  # 0-based pages with notes
        self.highlight_color = HIGHLIGHT_COLOR  # the last colour chosen

        self.view = PdfPages(self)
        self.view.setAccessibleName(self.tr("PDF pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.set_find_model(self.search_model)  # the pages draw the matches
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigator = self.view.pageNavigator()
        self.navigator.currentPageChanged.connect(self._on_page_changed)
        self.view.zoomFactorChanged.connect(self._update_zoom_label)
        self.view.zoomModeChanged.connect(self._update_zoom_label)
        # Fit modes change the factor when the viewport resizes. The viewport, not the view:
        # the view's Resize arrives before the scroll area has resized its viewport.
        self.view.viewport().installEventFilter(self)
        self.view.selectionChanged.connect(self._on_selection_changed)
        self.view.contextMenuAt.connect(self._show_context_menu)
        self.view.noteBadgeClicked.connect(lambda page0: self.noteMarkerClicked.emit(page0 + 1))
        self.view.highlightClicked.connect(self.highlightClicked)

        self.toolbar = PdfToolbar(self, reg)
        t = self.toolbar
        self.act_prev, self.act_next, self.page_spin, self.page_total = (
            t.act_prev, t.act_next, t.page_spin, t.page_total
        )
        self.act_zoom_out, self.act_zoom_in, self.zoom_label = (
            t.act_zoom_out, t.act_zoom_in, t.zoom_label
        )
        self.act_fit_width, self.act_fit_page = t.act_fit_width, t.act_fit_page
        self.act_find, self.act_note, self.act_side = t.act_find, t.act_note, t.act_side
        self.act_highlight = t.act_highlight
        self._update_note_tooltip()
        self.find_bar = FindBar(self, registry=reg)
        self.find_bar.hide()
        self.finder = PdfFinder(
            self.search_model, self.view, self.find_bar, self.navigator.currentPage,
            self.go_to_page, lambda: self.page_count, self,
        )  # fmt: skip
        self.find_bar.nextRequested.connect(self.find_next)
        self.find_bar.previousRequested.connect(self.find_previous)
        self.find_bar.closed.connect(self._on_find_closed)

        # Side panel: outline (only when the PDF has one) and page thumbnails.
        self.side = QTabWidget(self)
        self.side.setAccessibleName(self.tr("Outline and pages"))
        self.outline = QTreeView(self.side)
        self.outline.setAccessibleName(self.tr("Outline"))
        self.outline.setModel(self.bookmarks)
        self.outline.setHeaderHidden(True)
        self.outline.activated.connect(self._on_outline_activated)
        self.outline.clicked.connect(self._on_outline_activated)
        self.pages = PageThumbnails(tasks, self.side)
        self.pages.currentRowChanged.connect(self._on_page_list_row)
        self.side.addTab(self.outline, self.tr("Outline"))
        self.side.addTab(self.pages, self.tr("Pages"))
        self.side.setTabVisible(0, False)  # shown only for PDFs that have an outline
        self.side.setDocumentMode(True)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 800])
        self.splitter.setChildrenCollapsible(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.splitter, 1)
        install_pdf_shortcuts(self, reg)
        self._update_controls()

    # -- document -------------------------------------------------------------------------
    def load(self, path: str | Path) -> str | None:
        """Open a PDF; returns None on success, else a user-readable reason."""
        self.close_document()
        err = self.document.load(str(path))
        if err != QPdfDocument.Error.None_:
            return self._error_text(err)
        self._path = str(path)
        self.view.reset_text_cache()
        self.pages.fill(self.document, self._path)
        self.bookmarks.setDocument(self.document)
        has_outline = self.bookmarks.rowCount(QModelIndex()) > 0
        self.side.setTabVisible(0, has_outline)
        if has_outline:
            self.outline.expandToDepth(0)
        self.side.setCurrentWidget(self.outline if has_outline else self.pages)
        self.navigator.jump(0, QPointF(), 0)
        self._update_controls()
        self.pages.schedule()
        return None

    def _error_text(self, err: QPdfDocument.Error) -> str:
        E = QPdfDocument.Error
        return {
            E.FileNotFound: self.tr("The file was not found."),
            E.InvalidFileFormat: self.tr("This file is not a readable PDF."),
            E.IncorrectPassword: self.tr("This PDF is protected by a password."),
            E.UnsupportedSecurityScheme: self.tr("This PDF uses an unsupported protection."),
            E.DataNotYetAvailable: self.tr("The file could not be read completely."),
        }.get(err, self.tr("The PDF could not be opened."))

    def close_document(self) -> None:
        self.finder.cancel_counting()
        self.search_model.setSearchString("")
        self.view.setCurrentSearchResultIndex(-1)
        self.view.set_highlights(())  # the next document's come from its notes
        self.view.set_current_highlight(None)
        self.document.close()
        self.view.reset_text_cache()
        self._path = None
        self.pages.clear_pages()
        self._update_controls()

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self._path else 0

    @property
    def current_page(self) -> int:
        """1-based; 0 when nothing is open."""
        return self.navigator.currentPage() + 1 if self._path else 0

    # -- navigation -----------------------------------------------------------------------
    def go_to_page(self, page: int, y: float | None = None) -> None:
        """Show `page` (1-based, clamped); `y` in points puts that height near the top."""
        if not self._path:
            return
        p = max(1, min(page, self.page_count)) - 1
        loc = QPointF(0, max(0.0, y - 72)) if y is not None else QPointF()
        self.navigator.jump(p, loc, 0)
        self._on_page_changed(self.navigator.currentPage())

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def _on_page_changed(self, page0: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page0 + 1)
        self.page_spin.blockSignals(False)
        self.pages.blockSignals(True)
        self.pages.setCurrentRow(page0)
        self.pages.blockSignals(False)
        self.act_prev.setEnabled(page0 > 0)
        self.act_next.setEnabled(page0 + 1 < self.page_count)
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            self._update_zoom_label()  # pages of different sizes fit at different zooms
        self.pageChanged.emit(page0 + 1)

    def _on_page_list_row(self, row: int) -> None:
        if row >= 0:
            self.go_to_page(row + 1)

    def _on_outline_activated(self, index: QModelIndex) -> None:
        page = index.data(int(QPdfBookmarkModel.Role.Page))
        if page is not None and int(page) >= 0:
            loc = index.data(int(QPdfBookmarkModel.Role.Location))
            y = loc.y() if isinstance(loc, QPointF) and loc.y() > 0 else None
            self.go_to_page(int(page) + 1, y)

    def toggle_side_panel(self) -> None:
        self.side.setVisible(not self.side.isVisible())
        self.act_side.setChecked(self.side.isVisible())

    # -- zoom -----------------------------------------------------------------------------
    def _effective_zoom(self) -> float:
        """The zoom the current page is shown at; in the fit modes QPdfView works it out
        from the viewport, and PdfPages repeats that calculation."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self._path:
            return self.view.zoomFactor()
        return self.view.effective_zoom(max(0, self.navigator.currentPage()))

    def set_zoom(self, factor: float) -> None:
        factor = max(ZOOM_MIN, min(ZOOM_MAX, factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self._update_zoom_label()

    def zoom_in(self) -> None:
        self.set_zoom(self._effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom_label()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._update_zoom_label()

    def _update_zoom_label(self, *_: object) -> None:
        # Fit modes have no explicit factor; show the one they work out to.
        self.zoom_label.setText(f"{round(self._effective_zoom() * 100)} %" if self._path else "")
        mode = self.view.zoomMode()
        self.act_fit_width.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.act_fit_page.setChecked(mode == QPdfView.ZoomMode.FitInView)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._update_zoom_label()
        return super().eventFilter(obj, event)

    # -- selection ------------------------------------------------------------------------
    def selected_text(self) -> str | None:
        """The selected text (lines joined with newlines), or None."""
        return self.view.selected_text()

    def selected_quote(self) -> str | None:
        """The selected text as a note's quote: hard line breaks joined, paragraphs kept."""
        return self.view.selected_quote()

    @property
    def selection_page(self) -> int | None:
        """1-based page of the selection, or None."""
        sel = self.view.selection
        return sel[0] + 1 if sel is not None else None

    def select_page(self) -> None:
        """Select all the text on the current page (Ctrl+A)."""
        if self._path:
            self.view.select_page(self.navigator.currentPage())

    def clear_selection(self) -> None:
        self.view.clear_selection()

    def copy_selection(self) -> bool:
        text = self.selected_text()
        if not text:
            return False
        return guarded.copy_text(self.registry.policy, text)

    def _on_selection_changed(self) -> None:
        self._update_note_tooltip()
        self.selectionChanged.emit()

    def _update_note_tooltip(self) -> None:
        has_sel = self.view.selection is not None
        self.toolbar.set_note_tooltip(has_sel, self.registry)
        self.act_highlight.setEnabled(has_sel)

    def highlight_selection(self, color: str | None = None) -> bool:
        """Ask for the selection to be kept as a highlight (in `color`, which becomes the
        one used next). False when nothing is selected."""
        if color:
            self.highlight_color = color
            self.toolbar.show_highlight_color(color)
        if self.view.selection is None:
            return False
        self.highlightRequested.emit(self.highlight_color)
        return True

    def selection_rects(self) -> list[tuple[float, float, float, float]]:
        """The selection's lines as (x0, y0, x1, y1) page points, origin top left."""
        return [(r.left(), r.top(), r.right(), r.bottom()) for r in self.view.selection_rects()]

    def context_menu(self, pos: QPoint) -> QMenu:
        """The menu for a right-click at `pos` (viewport coordinates) on the pages."""
        return page_menu(self, pos)

    def _show_context_menu(self, pos: QPoint, global_pos: QPoint) -> None:
        if not self._path:
            return
        menu = self.context_menu(pos)
        menu.exec(global_pos)
        menu.deleteLater()

    # -- find -----------------------------------------------------------------------------
    def open_find(self) -> None:
        self.view.set_matches_shown(True)
        self.find_bar.open_bar()

    def _on_find_closed(self) -> None:
        self.view.set_matches_shown(False)  # the matches go with the bar
        self.view.setFocus()

    def current_match(self) -> tuple[int, int] | None:
        """(page 1-based, index on that page) of the selected match, or None."""
        return self.finder.current_match()

    def find_next(self) -> None:
        self.finder.find_next()

    def find_previous(self) -> None:
        self.finder.find_previous()

    def highlight(self, terms: Iterable[str], page: int | None) -> str | None:
        """Highlight the first of `terms` found on `page` (else anywhere) and select its
        first match there. Returns the term used, or None."""
        if not self._path:
            return None
        self.view.set_matches_shown(True)
        return self.finder.highlight(terms, page)

    # -- markers ------------------------------------------------------------------------
    def set_markers(self, pages: Iterable[int]) -> None:
        """Mark pages (1-based) that carry notes: a badge on the page itself (seen with the
        side panel hidden too) and a dot in the page list."""
        self._markers = {int(p) - 1 for p in pages if int(p) >= 1}
        self.view.set_note_pages(self._markers)
        self.pages.set_marked(self._markers)

    @property
    def markers(self) -> list[int]:
        return sorted(p + 1 for p in self._markers)

    # -- state ----------------------------------------------------------------------------
    def _update_controls(self) -> None:
        has = bool(self._path)
        n = self.page_count
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(1, n))
        self.page_spin.setValue(max(1, self.current_page))
        self.page_spin.blockSignals(False)
        self.page_total.setText(self.tr("of %1").replace("%1", str(n)))
        for act in (
            self.act_zoom_in,
            self.act_zoom_out,
            self.act_fit_page,
            self.act_fit_width,
            self.act_find,
            self.act_note,
        ):
            act.setEnabled(has)
        self.act_prev.setEnabled(has and self.current_page > 1)
        self.act_next.setEnabled(has and self.current_page < n)
        self._update_zoom_label()
