"""The PDF pages' context menu: copy, select the page, add a note, highlight the selection
(in a chosen colour) and, on a kept highlight, change its colour or delete it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from real_desktop.core.notes import HIGHLIGHT_COLORS
from real_desktop.ui.viewers.pdf_highlights import swatch
from real_desktop.ui.viewers.pdf_toolbar import highlight_colors_menu

if TYPE_CHECKING:
    from real_desktop.ui.viewers.pdf_view import PdfView



def page_menu(pdf: PdfView, pos: QPoint) -> QMenu:
    """The menu for a right-click at `pos` (viewport coordinates) on `pdf`'s pages."""
    menu = QMenu(pdf)
    view, reg = pdf.view, pdf.registry
    has_sel = view.selection is not None
    copy = menu.addAction(QCoreApplication.translate("PdfView", "Copy"))
    copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
    copy.setEnabled(has_sel)
    reg.bind(copy, "pdf.copy", pdf.copy_selection)  # after setEnabled: the policy wins
    hit = view.page_at(QPointF(pos), nearest=True)
    page0 = hit[0] if hit is not None else pdf.navigator.currentPage()
    select = menu.addAction(QCoreApplication.translate("PdfView", "Select all on this page"))
    select.setShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll))
    reg.bind(select, "pdf.select_page", lambda: view.select_page(page0))
    menu.addSeparator()
    if has_sel:
        note = menu.addAction(QCoreApplication.translate("PdfView", "Add note on selection"))
    else:
        note = menu.addAction(QCoreApplication.translate("PdfView", "Add note on page %1").replace("%1", str(pdf.current_page)))
    note.setShortcuts(reg.key_sequences("doc.add_note"))
    note.setEnabled(bool(pdf.path))
    reg.bind(note, "doc.add_note", pdf.noteRequested.emit)
    mark = menu.addAction(swatch(pdf.highlight_color), QCoreApplication.translate("PdfView", "Highlight"))
    mark.setShortcuts(reg.key_sequences("pdf.highlight"))
    mark.setEnabled(has_sel)
    reg.bind(mark, "pdf.highlight", pdf.highlight_selection)
    if reg.allows("pdf.highlight"):  # an empty submenu would be left where it is denied
        colours = highlight_colors_menu(pdf, reg, menu)
        colours.setEnabled(has_sel)
        menu.addMenu(colours)
    kept = view.highlight_at(QPointF(pos)) if not has_sel else None
    if kept is not None and reg.allows("pdf.highlight_color"):
        menu.addSeparator()
        recolour = menu.addMenu(QCoreApplication.translate("PdfView", "Colour of this highlight"))
        current = kept.color.name().lower()
        for name, color in HIGHLIGHT_COLORS:
            act = recolour.addAction(swatch(color), QCoreApplication.translate("Highlights", name))
            act.setCheckable(True)
            act.setChecked(color == current)
            reg.bind(
                act,
                "pdf.highlight_color",
                lambda c=color, nid=kept.note_id: pdf.highlightColorRequested.emit(nid, c),
            )
    if kept is not None:
        delete = menu.addAction(QCoreApplication.translate("PdfView", "Delete highlight"))
        reg.bind(
            delete,
            "pdf.delete_highlight",
            lambda nid=kept.note_id: pdf.highlightDeleteRequested.emit(nid),
        )
    return menu
