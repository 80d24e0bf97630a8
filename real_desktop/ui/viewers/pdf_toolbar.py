"""The PDF viewer's toolbar (pages, zoom, find, note, sidebar) and its keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSpinBox, QToolBar

if TYPE_CHECKING:
    from real_desktop.ui.viewers.pdf_view import PdfView


class PdfToolbar(QToolBar):
    def __init__(self, pdf: PdfView) -> None:
        super().__init__(pdf)
        tb = self
        tb.setAccessibleName(self.tr("PDF tools"))
        tb.setIconSize(QSize(16, 16))
        self.act_prev = tb.addAction(self.tr("◀ Previous"), pdf.previous_page)
        self.act_prev.setToolTip(self.tr("Previous page (Page Up)"))
        self.page_spin = QSpinBox(tb)
        self.page_spin.setAccessibleName(self.tr("Page number"))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setMinimum(1)
        self.page_spin.valueChanged.connect(lambda v: pdf.go_to_page(v))
        tb.addWidget(self.page_spin)
        self.page_total = QLabel(tb)
        self.page_total.setAccessibleName(self.tr("Page count"))
        self.page_total.setContentsMargins(4, 0, 8, 0)
        tb.addWidget(self.page_total)
        self.act_next = tb.addAction(self.tr("Next ▶"), pdf.next_page)
        self.act_next.setToolTip(self.tr("Next page (Page Down)"))
        tb.addSeparator()
        self.act_zoom_out = tb.addAction(self.tr("−"), pdf.zoom_out)
        self.act_zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_label = QLabel(tb)
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_label.setMinimumWidth(70)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tb.addWidget(self.zoom_label)
        self.act_zoom_in = tb.addAction(self.tr("+"), pdf.zoom_in)
        self.act_zoom_in.setToolTip(self.tr("Zoom in (Ctrl+=)"))
        self.act_fit_width = tb.addAction(self.tr("Fit width"), pdf.fit_width)
        self.act_fit_width.setToolTip(self.tr("Fit page width (Ctrl+0)"))
        self.act_fit_page = tb.addAction(self.tr("Fit page"), pdf.fit_page)
        self.act_fit_page.setToolTip(self.tr("Fit whole page"))
        self.act_fit_width.setCheckable(True)
        self.act_fit_page.setCheckable(True)
        tb.addSeparator()
        self.act_find = tb.addAction(self.tr("Find"), pdf.open_find)
        self.act_find.setToolTip(self.tr("Find in document (Ctrl+F)"))
        self.act_note = tb.addAction(self.tr("Add note"), pdf.noteRequested.emit)
        self.act_side = tb.addAction(self.tr("Sidebar"), pdf.toggle_side_panel)
        self.act_side.setCheckable(True)
        self.act_side.setChecked(True)
        self.act_side.setToolTip(self.tr("Show or hide pages and outline (F9)"))

    def set_note_tooltip(self, has_selection: bool) -> None:
        if has_selection:
            tip = self.tr("Add a note quoting the selected text (Ctrl+Shift+N)")
        else:
            tip = self.tr("Add a note on this page (Ctrl+Shift+N)")
        self.act_note.setToolTip(tip)


def install_pdf_shortcuts(pdf: PdfView) -> None:
    ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut

    seen: set[str] = set()

    def bind(keys: Iterable[QKeySequence | str], slot: Callable[[], object]) -> None:
        for key in keys:
            seq = QKeySequence(key)
            # Two shortcuts with one key sequence are ambiguous and neither fires.
            if seq.isEmpty() or seq.toString() in seen:
                continue
            seen.add(seq.toString())
            sc = QShortcut(seq, pdf)
            sc.setContext(ctx)
            sc.activated.connect(slot)

    bind([QKeySequence(Qt.Key.Key_PageDown)], pdf.next_page)
    bind([QKeySequence(Qt.Key.Key_PageUp)], pdf.previous_page)
    bind([QKeySequence(Qt.Key.Key_Home)], lambda: pdf.go_to_page(1))
    bind([QKeySequence(Qt.Key.Key_End)], lambda: pdf.go_to_page(pdf.page_count))
    bind([QKeySequence.StandardKey.Find], pdf.open_find)
    bind([QKeySequence(Qt.Key.Key_F3)], pdf.find_next)
    bind([QKeySequence("Shift+F3")], pdf.find_previous)
    bind(["Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn], pdf.zoom_in)
    bind(["Ctrl+-", QKeySequence.StandardKey.ZoomOut], pdf.zoom_out)
    bind(["Ctrl+0"], pdf.fit_width)
    bind(["Ctrl+Shift+N"], pdf.noteRequested.emit)
    bind(["F9"], pdf.toggle_side_panel)
    # Copy and select-all only while the pages have focus: the find field and the page
    # box keep their own Ctrl+C / Ctrl+A.
    for key, slot in (
        (QKeySequence.StandardKey.Copy, pdf.copy_selection),
        (QKeySequence.StandardKey.SelectAll, pdf.select_page),
    ):
        sc = QShortcut(QKeySequence(key), pdf.view)
        sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        sc.activated.connect(slot)
