"""PDF viewer: QtPdf's QPdfView with page navigation, zoom, find, outline and page list."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from real_desktop.ui.tasks import Task, TaskRunner
from real_desktop.ui.viewers.findbar import FindBar
from real_desktop.ui.viewers.pdf_pages import PdfPages
from real_desktop.ui.viewers.rendering import stem_prefix

THUMB_WIDTH = 96
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 6.0
COUNT_SLICE = 6  # pages searched per event-loop turn when counting matches


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


class PdfView(QWidget):
    """One PDF: continuous pages, a toolbar, a find bar, and a side panel with the outline
    (when the PDF has one) and page thumbnails. Text can be selected on the pages (drag,
    double-click a word, Ctrl+A for the page) and copied. Pages are 1-based in this
    class's API."""

    pageChanged = Signal(int)  # 1-based
    noteRequested = Signal()  # on the selection if there is one, else on the current page
    noteMarkerClicked = Signal(int)  # 1-based page whose note badge was clicked
    selectionChanged = Signal()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setAccessibleName(self.tr("PDF viewer"))
        self.document = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.bookmarks = QPdfBookmarkModel(self)
        self.bookmarks.setDocument(self.document)
        self._path: str | None = None
        self._markers: set[int] = set()  # 0-based pages with notes
        self._thumbs_done: set[int] = set()
        self._thumb_task: Task | None = None
        # The selected match while its document-wide index is still being counted.
        self._pending_match: tuple[int, int] | None = None
        self._count_gen = 0
        self._count_next = self._count_acc = 0

        self.view = PdfPages(self)
        self.view.setAccessibleName(self.tr("PDF pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigator = self.view.pageNavigator()
        self.navigator.currentPageChanged.connect(self._on_page_changed)
        self.view.zoomFactorChanged.connect(self._update_zoom_label)
        self.view.zoomModeChanged.connect(self._update_zoom_label)
        self.search_model.countChanged.connect(self._update_find_status)
        # Fit modes change the factor when the viewport resizes. The viewport, not the view:
        # the view's Resize arrives before the scroll area has resized its viewport.
        self.view.viewport().installEventFilter(self)
        self.view.selectionChanged.connect(self._on_selection_changed)
        self.view.contextMenuAt.connect(self._show_context_menu)
        self.view.noteBadgeClicked.connect(lambda page0: self.noteMarkerClicked.emit(page0 + 1))

        self._build_toolbar()
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.find_bar.searchChanged.connect(self._on_find_text)
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
        self.pages = QListWidget(self.side)
        self.pages.setAccessibleName(self.tr("Pages"))
        # Thumbnails in one column with the label underneath: fits a narrow side panel.
        self.pages.setViewMode(QListWidget.ViewMode.IconMode)
        self.pages.setFlow(QListWidget.Flow.TopToBottom)
        self.pages.setWrapping(False)
        self.pages.setMovement(QListWidget.Movement.Static)
        self.pages.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.pages.setSpacing(4)
        self.pages.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.414)))
        self.pages.setUniformItemSizes(True)
        self.pages.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pages.currentRowChanged.connect(self._on_page_list_row)
        self.pages.verticalScrollBar().valueChanged.connect(self._schedule_thumbs)
        self.side.addTab(self.outline, self.tr("Outline"))
        self.side.addTab(self.pages, self.tr("Pages"))
        self.side.setTabVisible(0, False)  # shown only for PDFs that have an outline
        self.side.setDocumentMode(True)
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setSingleShot(True)
        self._thumb_timer.setInterval(60)  # coalesce scroll bursts into one render task
        self._thumb_timer.timeout.connect(self._render_visible_thumbs)

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
        self._install_shortcuts()
        self._update_controls()

    # -- construction ---------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        tb = QToolBar(self)
        tb.setAccessibleName(self.tr("PDF tools"))
        tb.setIconSize(QSize(16, 16))
        self.toolbar = tb
        self.act_prev = tb.addAction(self.tr("◀ Previous"), self.previous_page)
        self.act_prev.setToolTip(self.tr("Previous page (Page Up)"))
        self.page_spin = QSpinBox(tb)
        self.page_spin.setAccessibleName(self.tr("Page number"))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setMinimum(1)
        self.page_spin.valueChanged.connect(lambda v: self.go_to_page(v))
        tb.addWidget(self.page_spin)
        self.page_total = QLabel(tb)
        self.page_total.setAccessibleName(self.tr("Page count"))
        self.page_total.setContentsMargins(4, 0, 8, 0)
        tb.addWidget(self.page_total)
        self.act_next = tb.addAction(self.tr("Next ▶"), self.next_page)
        self.act_next.setToolTip(self.tr("Next page (Page Down)"))
        tb.addSeparator()
        self.act_zoom_out = tb.addAction(self.tr("−"), self.zoom_out)
        self.act_zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_label = QLabel(tb)
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_label.setMinimumWidth(70)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tb.addWidget(self.zoom_label)
        self.act_zoom_in = tb.addAction(self.tr("+"), self.zoom_in)
        self.act_zoom_in.setToolTip(self.tr("Zoom in (Ctrl+=)"))
        self.act_fit_width = tb.addAction(self.tr("Fit width"), self.fit_width)
        self.act_fit_width.setToolTip(self.tr("Fit page width (Ctrl+0)"))
        self.act_fit_page = tb.addAction(self.tr("Fit page"), self.fit_page)
        self.act_fit_page.setToolTip(self.tr("Fit whole page"))
        self.act_fit_width.setCheckable(True)
        self.act_fit_page.setCheckable(True)
        tb.addSeparator()
        self.act_find = tb.addAction(self.tr("Find"), self.open_find)
        self.act_find.setToolTip(self.tr("Find in document (Ctrl+F)"))
        self.act_note = tb.addAction(self.tr("Add note"), self.noteRequested.emit)
        self._update_note_tooltip()
        self.act_side = tb.addAction(self.tr("Sidebar"), self.toggle_side_panel)
        self.act_side.setCheckable(True)
        self.act_side.setChecked(True)
        self.act_side.setToolTip(self.tr("Show or hide pages and outline (F9)"))

    def _install_shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut

        seen: set[str] = set()

        def bind(keys: Iterable[QKeySequence | str], slot) -> None:  # type: ignore[no-untyped-def]
            for key in keys:
                seq = QKeySequence(key)
                # Two shortcuts with one key sequence are ambiguous and neither fires.
                if seq.isEmpty() or seq.toString() in seen:
                    continue
                seen.add(seq.toString())
                sc = QShortcut(seq, self)
                sc.setContext(ctx)
                sc.activated.connect(slot)

        bind([QKeySequence(Qt.Key.Key_PageDown)], self.next_page)
        bind([QKeySequence(Qt.Key.Key_PageUp)], self.previous_page)
        bind([QKeySequence(Qt.Key.Key_Home)], lambda: self.go_to_page(1))
        bind([QKeySequence(Qt.Key.Key_End)], lambda: self.go_to_page(self.page_count))
        bind([QKeySequence.StandardKey.Find], self.open_find)
        bind([QKeySequence(Qt.Key.Key_F3)], self.find_next)
        bind([QKeySequence("Shift+F3")], self.find_previous)
        bind(["Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn], self.zoom_in)
        bind(["Ctrl+-", QKeySequence.StandardKey.ZoomOut], self.zoom_out)
        bind(["Ctrl+0"], self.fit_width)
        bind(["Ctrl+Shift+N"], self.noteRequested.emit)
        bind(["F9"], self.toggle_side_panel)
        # Copy and select-all only while the pages have focus: the find field and the page
        # box keep their own Ctrl+C / Ctrl+A.
        for key, slot in (
            (QKeySequence.StandardKey.Copy, self.copy_selection),
            (QKeySequence.StandardKey.SelectAll, self.select_page),
        ):
            sc = QShortcut(QKeySequence(key), self.view)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)

    # -- document -------------------------------------------------------------------------
    def load(self, path: str | Path) -> str | None:
        """Open a PDF; returns None on success, else a user-readable reason."""
        self.close_document()
        err = self.document.load(str(path))
        if err != QPdfDocument.Error.None_:
            return self._error_text(err)
        self._path = str(path)
        self.view.reset_text_cache()
        self._fill_page_list()
        self.bookmarks.setDocument(self.document)
        has_outline = self.bookmarks.rowCount(QModelIndex()) > 0
        self.side.setTabVisible(0, has_outline)
        if has_outline:
            self.outline.expandToDepth(0)
        self.side.setCurrentWidget(self.outline if has_outline else self.pages)
        self.navigator.jump(0, QPointF(), 0)
        self._update_controls()
        self._schedule_thumbs()
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
        self._cancel_counting()
        if self._thumb_task is not None:
            self._thumb_task.cancel()
            self._thumb_task = None
        self.search_model.setSearchString("")
        self.view.setCurrentSearchResultIndex(-1)
        self.document.close()
        self.view.reset_text_cache()
        self._path = None
        self._thumbs_done.clear()
        self.pages.clear()
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
        QGuiApplication.clipboard().setText(text)
        return True

    def _on_selection_changed(self) -> None:
        self._update_note_tooltip()
        self.selectionChanged.emit()

    def _update_note_tooltip(self) -> None:
        if self.view.selection is not None:
            tip = self.tr("Add a note quoting the selected text (Ctrl+Shift+N)")
        else:
            tip = self.tr("Add a note on this page (Ctrl+Shift+N)")
        self.act_note.setToolTip(tip)

    def context_menu(self, pos: QPoint) -> QMenu:
        """The menu for a right-click at `pos` (viewport coordinates) on the pages."""
        menu = QMenu(self)
        has_sel = self.view.selection is not None
        copy = menu.addAction(self.tr("Copy"), self.copy_selection)
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setEnabled(has_sel)
        hit = self.view.page_at(QPointF(pos), nearest=True)
        page0 = hit[0] if hit is not None else self.navigator.currentPage()
        select = menu.addAction(self.tr("Select all on this page"))
        select.setShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll))
        select.triggered.connect(lambda: self.view.select_page(page0))
        menu.addSeparator()
        if has_sel:
            note = menu.addAction(self.tr("Add note on selection"), self.noteRequested.emit)
        else:
            note = menu.addAction(
                self.tr("Add note on page %1").replace("%1", str(self.current_page)),
                self.noteRequested.emit,
            )
        note.setShortcut(QKeySequence("Ctrl+Shift+N"))
        note.setEnabled(bool(self._path))
        return menu

    def _show_context_menu(self, pos: QPoint, global_pos: QPoint) -> None:
        if not self._path:
            return
        menu = self.context_menu(pos)
        menu.exec(global_pos)
        menu.deleteLater()

    # -- find -----------------------------------------------------------------------------
    def open_find(self) -> None:
        self.find_bar.open_bar()

    def _on_find_text(self, text: str) -> None:
        self._cancel_counting()
        self.search_model.setSearchString(text)
        self.view.setCurrentSearchResultIndex(-1)
        if text:
            self._find_from(self.navigator.currentPage(), -1, forward=True)
        self._update_find_status()

    def _on_find_closed(self) -> None:
        self.view.setFocus()

    def _cancel_counting(self) -> None:
        self._count_gen += 1
        self._pending_match = None

    def _find_from(self, page0: int, local: int, *, forward: bool) -> bool:
        """Select the match after (or before) match `local` on `page0` (-1: from the
        page's start, or its end going backwards), wrapping around the document."""
        n = self.page_count
        if not n or not self.search_model.searchString():
            return False
        hits = self.search_model.resultsOnPage(page0)
        if forward and local + 1 < len(hits):
            return self._select(page0, local + 1)
        start = len(hits) if local < 0 else local
        if not forward and start - 1 >= 0 and hits:
            return self._select(page0, start - 1)
        for step in range(1, n + 1):
            p = (page0 + step) % n if forward else (page0 - step) % n
            hits = self.search_model.resultsOnPage(p)
            if hits:
                return self._select(p, 0 if forward else len(hits) - 1)
        return False

    def _select(self, page0: int, local: int) -> bool:
        hits = self.search_model.resultsOnPage(page0)
        if not 0 <= local < len(hits):
            return False
        rects = hits[local].rectangles()
        y = min(r.top() for r in rects) if rects else None
        self.go_to_page(page0 + 1, y)  # the view already paints every match on the page
        # QPdfView wants a document-wide result index, which means searching every earlier
        # page (resultsOnPage searches synchronously and caches). Do that in slices so
        # landing on page 250 of a long PDF never stalls the window.
        self._cancel_counting()
        self._pending_match = (page0, local)
        self._count_next, self._count_acc = 0, 0
        self._continue_counting(self._count_gen)
        return True

    def _continue_counting(self, gen: int) -> None:
        if gen != self._count_gen or self._pending_match is None or not self._path:
            return
        page0, local = self._pending_match
        end = min(page0, self._count_next + COUNT_SLICE)
        acc = self._count_acc
        for p in range(self._count_next, end):
            acc += len(self.search_model.resultsOnPage(p))
        self._count_next, self._count_acc = end, acc
        if end < page0:
            QTimer.singleShot(0, lambda: self._continue_counting(gen))
            self._update_find_status()
            return
        self._pending_match = None
        self.view.setCurrentSearchResultIndex(acc + local)
        self._update_find_status()

    def current_match(self) -> tuple[int, int] | None:
        """(page 1-based, index on that page) of the selected match, or None."""
        if self._pending_match is not None:
            return self._pending_match[0] + 1, self._pending_match[1]
        idx = self.view.currentSearchResultIndex()
        if idx < 0:
            return None
        for p in range(self.page_count):
            hits = self.search_model.resultsOnPage(p)
            if idx < len(hits):
                return p + 1, idx
            idx -= len(hits)
        return None

    def find_next(self) -> None:
        if not self.find_bar.text:
            self.open_find()
            return
        cur = self.current_match()
        if cur is None:
            self._find_from(self.navigator.currentPage(), -1, forward=True)
        else:
            self._find_from(cur[0] - 1, cur[1], forward=True)

    def find_previous(self) -> None:
        if not self.find_bar.text:
            self.open_find()
            return
        cur = self.current_match()
        if cur is None:
            self._find_from(self.navigator.currentPage(), -1, forward=False)
        else:
            self._find_from(cur[0] - 1, cur[1], forward=False)

    def highlight(self, terms: Iterable[str], page: int | None) -> str | None:
        """Highlight the first of `terms` found on `page` (else anywhere) and select its
        first match there. Returns the term used, or None."""
        words = [t for t in terms if t and t.strip()]
        if not words or not self._path:
            return None
        page0 = (page - 1) if page else self.navigator.currentPage()
        page0 = max(0, min(page0, self.page_count - 1))
        # Try each term, then its stem ("invite" -> "invit" finds "inviting", as the index
        # did); QPdfSearchModel matches substrings, one string at a time.
        candidates = list(dict.fromkeys([*words, *(stem_prefix(w) for w in words)]))
        chosen = words[0]
        probe = QPdfSearchModel()  # probing on a scratch model keeps the visible one clean
        probe.setDocument(self.document)
        for word in candidates:
            probe.setSearchString(word)
            if probe.resultsOnPage(page0):
                chosen = word
                break
        self.find_bar.set_text_silently(chosen)
        self.find_bar.show()
        self.search_model.setSearchString(chosen)
        if self.search_model.resultsOnPage(page0):
            self._select(page0, 0)
        elif page is None:
            self._find_from(page0, -1, forward=True)
        self._update_find_status()
        return chosen

    def _update_find_status(self) -> None:
        if self._pending_match is not None:
            self.find_bar.set_status(0, self.search_model.count(), searching=True)
            return
        cur = self.view.currentSearchResultIndex()
        total = self.search_model.count()
        self.find_bar.set_status(cur + 1 if cur >= 0 else 0, max(total, cur + 1))

    # -- page list and markers ------------------------------------------------------------
    def _fill_page_list(self) -> None:
        self.pages.blockSignals(True)
        self.pages.clear()
        blank = QPixmap(self.pages.iconSize())
        blank.fill(QColor(0, 0, 0, 0))
        for p in range(self.document.pageCount()):
            item = QListWidgetItem(QIcon(blank), self._page_label(p))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._page_label(p))
            self.pages.addItem(item)
        self.pages.blockSignals(False)

    def _page_label(self, page0: int) -> str:
        label = self.tr("Page %1").replace("%1", str(page0 + 1))
        if page0 in self._markers:
            label += "  ●"
        return label

    def set_markers(self, pages: Iterable[int]) -> None:
        """Mark pages (1-based) that carry notes: a badge on the page itself (seen with the
        side panel hidden too) and a dot in the page list."""
        self._markers = {int(p) - 1 for p in pages if int(p) >= 1}
        self.view.set_note_pages(self._markers)
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            item.setText(self._page_label(row))
            item.setToolTip(self.tr("This page has notes") if row in self._markers else "")

    @property
    def markers(self) -> list[int]:
        return sorted(p + 1 for p in self._markers)

    def _schedule_thumbs(self, *_: object) -> None:
        if self._path:
            self._thumb_timer.start()

    def _visible_rows(self) -> range:
        if self.pages.count() == 0:
            return range(0)
        first = self.pages.indexAt(self.pages.viewport().rect().topLeft()).row()
        last = self.pages.indexAt(self.pages.viewport().rect().bottomLeft()).row()
        first = max(0, first)
        last = self.pages.count() - 1 if last < 0 else last
        # Render a little beyond the viewport so short scrolls find pages ready.
        return range(max(0, first - 2), min(self.pages.count(), max(last, first + 8) + 3))

    def _render_visible_thumbs(self) -> None:
        todo = [r for r in self._visible_rows() if r not in self._thumbs_done]
        if not todo or not self._path:
            return
        self._thumbs_done.update(todo)
        path = self._path
        self._thumb_task = self.tasks.submit(
            render_page_thumbnails,
            path,
            todo,
            THUMB_WIDTH,
            on_done=lambda result, path=path: self._apply_thumbs(path, result),
            on_error=lambda exc: None,  # thumbnails are decoration; a failure keeps the blank
            key=f"pdf-thumbs-{id(self)}",
        )

    def _apply_thumbs(self, path: str, result: list[tuple[int, QImage]]) -> None:
        if path != self._path:
            return  # a different document was opened meanwhile
        for page0, image in result:
            item = self.pages.item(page0)
            if item is not None and not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(self._framed(image))))

    @staticmethod
    def _framed(image: QImage) -> QImage:
        # QtPdf renders a transparent background: put the page on white paper with a rim.
        framed = QImage(image.size(), QImage.Format.Format_RGB32)
        framed.fill(QColor("white"))
        painter = QPainter(framed)
        painter.drawImage(0, 0, image)
        painter.setPen(QColor(0, 0, 0, 90))
        painter.drawRect(0, 0, framed.width() - 1, framed.height() - 1)
        painter.end()
        return framed

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
