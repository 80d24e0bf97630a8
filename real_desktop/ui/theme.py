"""Light, dark and system palettes: a calm, readable look on Qt's Fusion style.

Fusion draws the same everywhere (Linux desktops, Windows, macOS, offscreen tests), so a
palette is all a theme needs; the short style sheet only softens a few widgets.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")
DEFAULT_TEXT_SIZE = 11  # points
MIN_TEXT_SIZE, MAX_TEXT_SIZE = 8, 24

# (window, base, alternate base, text, muted text, accent, accent text, button)
_LIGHT = ("#f5f4f0", "#ffffff", "#f0efea", "#1f2328", "#5c6370", "#2f6f8f", "#ffffff", "#ecebe6")
_DARK = ("#1e2125", "#25292e", "#2b3036", "#e6e6e3", "#9aa1ab", "#6fb3d2", "#10151a", "#2f343a")


def resolve(theme: str) -> str:
    """'system' becomes 'light' or 'dark' following the desktop; unknown names mean system."""
    if theme in ("light", "dark"):
        return theme
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def palette(theme: str) -> QPalette:
    window, base, alt, text, muted, accent, accent_text, button = (
        _DARK if resolve(theme) == "dark" else _LIGHT
    )
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
        (role.Mid, muted),
    ):
        p.setColor(r, QColor(c))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(disabled, r, QColor(muted))
    return p


def muted_color(theme: str) -> QColor:
    return QColor((_DARK if resolve(theme) == "dark" else _LIGHT)[4])


_STYLE = """
QToolBar { border: none; spacing: 6px; padding: 4px; }
QStatusBar { color: palette(mid); }
QTreeView, QListView, QTableView { border: none; }
QTreeView#sidebar { background: palette(window); }
QTreeView#sidebar::item { padding: 3px 2px; }
QSplitter::handle { background: palette(alternate-base); }
QLineEdit { padding: 5px 8px; border-radius: 6px; border: 1px solid palette(mid); }
QLineEdit:focus { border: 1px solid palette(highlight); }
QToolButton[chip="true"] { border: 1px solid palette(mid); border-radius: 11px; padding: 2px 10px; }
QToolButton[chip="true"]::menu-indicator { image: none; width: 0px; }
QToolButton[chip="true"][active="true"] { background: palette(highlight); color: palette(highlighted-text);
  border-color: palette(highlight); }
QLabel[role="heading"] { font-weight: 600; }
QLabel[role="muted"] { color: palette(mid); }
"""


def apply(app: QApplication, theme: str = "system", text_size: int = DEFAULT_TEXT_SIZE) -> str:
    """Apply a theme and base text size to the whole application; returns 'light'/'dark'."""
    app.setStyle("Fusion")
    app.setPalette(palette(theme))
    font = QFont(app.font())
    font.setPointSize(max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, int(text_size))))
    app.setFont(font)
    app.setStyleSheet(_STYLE)
    return resolve(theme)
