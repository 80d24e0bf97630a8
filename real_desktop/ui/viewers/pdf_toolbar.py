"""The PDF viewer's toolbar (pages, zoom, find, note, sidebar) and its keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QSpinBox, QToolBar, QToolButton, QWidget

from real_desktop.core.notes import HIGHLIGHT_COLORS
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.viewers.pdf_highlights import swatch

if TYPE_CHECKING:
    from real_desktop.ui.viewers.pdf_view import PdfView


class PdfToolbar(QToolBar):
    def __init__(self, pdf: PdfView, registry: ActionRegistry) -> None:
        super().__init__(pdf)
        tb = self

        def add(action_id: str, slot: Callable[[], object], text: str | None = None) -> QAction:
            act = registry.action(action_id, tb, slot, text=text, keys=False)  # keys: below
            tb.addAction(act)
            return act

        tb.setAccessibleName(self.tr("PDF tools"))
        tb.setIconSize(QSize(16, 16))
        self.act_prev = add("pdf.previous_page", pdf.previous_page)
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
        self.act_next = add("pdf.next_page", pdf.next_page)
        self.act_next.setToolTip(self.tr("Next page (Page Down)"))
        tb.addSeparator()
        self.act_zoom_out = add("doc.zoom_out", pdf.zoom_out, self.tr("−"))
        self.act_zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_label = QLabel(tb)
        self.zoom_label.setAccessibleDescription(self.tr("Zoom"))
        self.zoom_label.setMinimumWidth(70)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tb.addWidget(self.zoom_label)
        self.act_zoom_in = add("doc.zoom_in", pdf.zoom_in, self.tr("+"))
        self.act_zoom_in.setToolTip(self.tr("Zoom in (Ctrl+=)"))
        self.act_fit_width = add("pdf.fit_width", pdf.fit_width)
        self.act_fit_width.setToolTip(self.tr("Fit page width (Ctrl+0)"))
        self.act_fit_page = add("pdf.fit_page", pdf.fit_page)
        self.act_fit_page.setToolTip(self.tr("Fit whole page"))
        self.act_fit_width.setCheckable(True)
        self.act_fit_page.setCheckable(True)
        tb.addSeparator()
        self.act_find = add("doc.find", pdf.open_find)
        self.act_find.setToolTip(self.tr("Find in document (Ctrl+F)"))
        self.act_note = add("doc.add_note", pdf.noteRequested.emit)
        self.act_highlight = add("pdf.highlight", pdf.highlight_selection)
        self.act_highlight.setIcon(swatch(pdf.highlight_color))
        self.highlight_menu = highlight_colors_menu(pdf, registry, tb)
        self.act_highlight.setMenu(self.highlight_menu)
        button = tb.widgetForAction(self.act_highlight)
        if isinstance(button, QToolButton):  # click: highlight; the arrow: pick a colour
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.act_side = add("pdf.sidebar", pdf.toggle_side_panel)
        self.act_side.setCheckable(True)
        self.act_side.setChecked(True)
        self.act_side.setToolTip(self.tr("Show or hide pages and outline (F9)"))

    def show_highlight_color(self, color: str) -> None:
        self.act_highlight.setIcon(swatch(color))
        for act, (_name, c) in zip(self.highlight_menu.actions(), HIGHLIGHT_COLORS, strict=True):
            act.setChecked(c == color)

    def set_note_tooltip(self, has_selection: bool, registry: ActionRegistry) -> None:
        key = registry.key_text("doc.add_note")
        if has_selection:
            tip = self.tr("Add a note quoting the selected text (%1)")
        else:
            tip = self.tr("Add a note on this page (%1)")
        self.act_note.setToolTip(tip.replace("%1", key))
        self.act_highlight.setToolTip(
            (
                self.tr("Highlight the selected text (%1)")
                if has_selection
                else self.tr("Select text on the page to highlight it (%1)")
            ).replace("%1", registry.key_text("pdf.highlight"))
        )


def highlight_colors_menu(pdf: PdfView, registry: ActionRegistry, parent: QWidget) -> QMenu:
    """The offered colours; choosing one highlights the selection in it (and keeps it)."""
    menu = QMenu(QCoreApplication.translate("PdfToolbar", "Highlight colour"), parent)
    for name, color in HIGHLIGHT_COLORS:
        act = menu.addAction(swatch(color), QCoreApplication.translate("Highlights", name))
        act.setCheckable(True)
        act.setChecked(color == pdf.highlight_color)
        registry.bind(act, "pdf.highlight", lambda c=color: pdf.highlight_selection(c))
    return menu


def install_pdf_shortcuts(pdf: PdfView, registry: ActionRegistry) -> None:
    """The viewer's keys, live while focus is inside it (catalog scope "pdf")."""
    ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
    for action_id, slot in (
        ("pdf.next_page", pdf.next_page),
        ("pdf.previous_page", pdf.previous_page),
        ("pdf.first_page", lambda: pdf.go_to_page(1)),
        ("pdf.last_page", lambda: pdf.go_to_page(pdf.page_count)),
        ("doc.find", pdf.open_find),
        ("doc.find_next", pdf.find_next),
        ("doc.find_previous", pdf.find_previous),
        ("doc.zoom_in", pdf.zoom_in),
        ("doc.zoom_out", pdf.zoom_out),
        ("pdf.fit_width", pdf.fit_width),
        ("doc.add_note", pdf.noteRequested.emit),
        ("pdf.highlight", pdf.highlight_selection),
        ("pdf.sidebar", pdf.toggle_side_panel),
    ):
        registry.shortcut(action_id, pdf, slot, context=ctx)
    # Copy and select-all only while the pages have focus: the find field and the page
    # box keep their own Ctrl+C / Ctrl+A.
    for action_id, slot in (("pdf.copy", pdf.copy_selection), ("pdf.select_page", pdf.select_page)):
        registry.shortcut(action_id, pdf.view, slot, context=Qt.ShortcutContext.WidgetShortcut)
