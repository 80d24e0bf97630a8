"""Light, dark, high-contrast and system palettes: a calm, readable look on Qt's Fusion style.

Fusion draws the same everywhere (Linux desktops, Windows, macOS, offscreen tests), so a
palette is all a theme needs; two small local style sheets soften the search field and
the filter chips. Every colour pair drawn together meets WCAG 2.2 AA (4.5:1 text, 3:1
borders and the focus ring): tests/ui/a11y/test_contrast.py computes them. High contrast
adds one application-wide sheet that gives fields and buttons a visible border: Fusion
derives its outlines from the window colour, which on black is black; check boxes and
radio buttons get an outlined box, filled when on (Fusion drew them black on black).
(Not spin boxes: a sheet there loses their arrows.)
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

THEMES = ("system", "light", "dark", "high_contrast")
DEFAULT_TEXT_SIZE = 11  # points
MIN_TEXT_SIZE, MAX_TEXT_SIZE = 8, 24

# (window, base, alternate base, text, muted text, accent, accent text, button)
_LIGHT = ("#f5f4f0", "#ffffff", "#f0efea", "#1f2328", "#5c6370", "#2f6f8f", "#ffffff", "#ecebe6")
_DARK = ("#1e2125", "#25292e", "#2b3036", "#e6e6e3", "#9aa1ab", "#6fb3d2", "#10151a", "#2f343a")
_HIGH = ("#000000", "#000000", "#141414", "#ffffff", "#e0e0e0", "#ffd600", "#000000", "#000000")
_COLOURS = {"light": _LIGHT, "dark": _DARK, "high_contrast": _HIGH}
# The keyboard focus ring (focus_ring.py) and UI-component borders, per theme.
FOCUS = {"light": "#0b57d0", "dark": "#8ab4f8", "high_contrast": "#00e5ff"}
BORDER = {"light": "#767676", "dark": "#8a9099", "high_contrast": "#ffffff"}
FOCUS_WIDTH = 2  # px; WCAG 2.2 "focus appearance" asks for at least 2 CSS px
HIGH_CONTRAST_SHEET = """
QLineEdit, QComboBox, QPlainTextEdit, QTextEdit {
  border: 1px solid palette(window-text); padding: 3px; }
QPushButton { border: 1px solid palette(window-text); border-radius: 3px; padding: 4px 12px; }
QPushButton:pressed, QPushButton:checked { background: palette(highlight);
  color: palette(highlighted-text); }
QAbstractScrollArea { border: 1px solid palette(window-text); }
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {
  width: 0.9em; height: 0.9em; border: 2px solid palette(window-text);
  background: palette(base); }
QRadioButton::indicator { border-radius: 0.55em; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked,
QAbstractItemView::indicator:checked { background: palette(highlight); }
"""


def resolve(theme: str) -> str:
    """'system' becomes 'light' or 'dark' following the desktop; unknown names mean system."""
    if theme in ("light", "dark", "high_contrast"):
        return theme
    # Imported here: creating the Qt namespace costs ~50 ms, which the window's first
    # paint should not wait for when the theme is explicit.
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def palette(theme: str) -> QPalette:
    name = resolve(theme)
    window, base, alt, text, muted, accent, accent_text, button = _COLOURS[name]
    p = QPalette()
    role = QPalette.ColorRole
    for r, c in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, alt),
        (role.Text, text),
        (role.Button, button),
        (role.ButtonText, text),
        (role.ToolTipBase, base),
        (role.ToolTipText, text),
        (role.PlaceholderText, muted),
        (role.Highlight, accent),
        (role.HighlightedText, accent_text),
        (role.Link, accent),
        (role.LinkVisited, accent),
        (role.BrightText, "#ff6b6b"),
        (role.Mid, BORDER[name]),
    ):
        p.setColor(r, QColor(c))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(disabled, r, QColor(muted))
    return p


# No application-wide style sheet: it makes Qt re-polish every widget through
# QStyleSheetStyle (≈65 ms more to build the main window, slower item-view painting).
# The few widgets that want a softer look carry a local sheet, re-applied on theme change.
FIELD_SHEET = """
QLineEdit { padding: 5px 8px; border-radius: 6px; border: 1px solid palette(mid); }
QLineEdit:focus { border: 1px solid palette(highlight); }
"""
CHIP_SHEET = """
QToolButton { border: 1px solid palette(mid); border-radius: 11px; padding: 2px 10px; }
QToolButton::menu-indicator { image: none; width: 0px; }
QToolButton[active="true"] { background: palette(highlight); color: palette(highlighted-text);
  border-color: palette(highlight); }
"""


def style_locally(widget: QWidget, sheet: str) -> None:
    """Give one widget (and its children) a style sheet that follows theme changes."""
    widget.setProperty("themeSheet", sheet)
    widget.setStyleSheet(sheet)


def mute(widget: QWidget) -> None:
    """Secondary text: the palette's placeholder colour, so it follows the theme."""
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def heading(widget: QWidget, scale: float = 1.0) -> None:
    """Bold (and optionally larger) text that still follows the text-size setting."""
    widget.setProperty("headingScale", scale)
    _set_heading_font(widget, QApplication.font())


def _set_heading_font(widget: QWidget, base: QFont) -> None:
    scale = float(widget.property("headingScale") or 1.0)
    font = QFont(base)
    font.setBold(True)
    font.setPointSizeF(base.pointSizeF() * scale)
    widget.setFont(font)


def apply(
    app: QApplication,
    theme: str = "system",
    text_size: int = DEFAULT_TEXT_SIZE,
    *,
    set_style: bool = True,
) -> str:
    """Apply a theme and base text size to the whole application; returns 'light'/'dark'.

    `set_style=False`: the app was started with `-style Fusion` (asking Python for the
    style would make PySide6 build QStyle's ~570 enum values, ~15 ms, before the first
    paint)."""
    if set_style and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    name = resolve(theme)
    app.setPalette(palette(name))
    # Only high contrast pays for an application-wide sheet (see FIELD_SHEET's comment).
    wanted = HIGH_CONTRAST_SHEET if name == "high_contrast" else ""
    if app.styleSheet() != wanted:
        app.setStyleSheet(wanted)
    font = QFont(app.font())
    font.setPointSize(max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, int(text_size))))
    app.setFont(font)
    for widget in app.allWidgets():
        if widget.property("headingScale") is not None:
            _set_heading_font(widget, font)
        sheet = widget.property("themeSheet")
        if sheet:  # palette() references resolve when a sheet is set: set it again
            widget.setStyleSheet("")
            widget.setStyleSheet(str(sheet))
    from real_desktop.ui import focus_ring

    focus_ring.install(app, QColor(FOCUS[name]))
    return name
