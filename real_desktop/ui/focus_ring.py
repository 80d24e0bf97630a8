"""One keyboard focus ring for the whole application, in the theme's focus colour.

Fusion marks focus with a 1 px outline in the highlight colour, too faint for WCAG 2.2's
focus appearance (2 px, 3:1 against what surrounds it) and absent on item views, the PDF
view and the video surface. Instead of a proxy style (every draw call would cross into
Python) or an application-wide style sheet (slow polish, see theme.py), one small
transparent-to-the-mouse widget follows `QApplication.focusChanged` and paints a ring
just inside the focused widget's edge, stacked above its children (viewports included).
A native widget (the video surface, where libvlc paints) would cover a ring drawn on it,
so its ring is drawn on the parent, just outside.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

WIDTH = 2  # px (theme.FOCUS_WIDTH; repeated here so this module does not import theme)


class FocusRing(QWidget):
    """Drawn around `target()`; hidden when nothing eligible has focus."""

    def __init__(self, colour: QColor) -> None:
        super().__init__(None)
        self.colour = QColor(colour)
        self._target: QWidget | None = None
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Not part of the accessibility tree: a screen reader has nothing to say about it.
        self.setAccessibleName("")

    def target(self) -> QWidget | None:
        return self._target

    def follow(self, widget: QWidget | None) -> None:
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.removeEventFilter(self)
        self._target = widget if widget is not None and eligible(widget) else None
        if self._target is None:
            self.hide()
            self.setParent(None)
            return
        self._target.installEventFilter(self)
        self._place()

    def _outside(self) -> bool:
        target = self._target
        return bool(
            target is not None
            and target.testAttribute(Qt.WidgetAttribute.WA_NativeWindow)
            and target.parentWidget() is not None
        )

    def _place(self) -> None:
        target = self._target
        if target is None or not shiboken6.isValid(target):
            return
        if self._outside():
            parent = target.parentWidget()
            geometry = target.geometry().adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH)
        else:
            parent, geometry = target, target.rect()
        if self.parentWidget() is not parent:
            self.setParent(parent)
        self.setGeometry(geometry)
        self.raise_()
        self.setVisible(target.isVisible())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._target and kind in (
            QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide,
            QEvent.Type.ChildAdded,  # a new child (a viewport) would cover the ring
        ):
            self._place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.colour, WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = WIDTH // 2
        painter.drawRect(QRect(self.rect()).adjusted(half, half, -half, -half))


def eligible(widget: QWidget) -> bool:
    """Widgets a keyboard user reaches with Tab (menus mark their own current item)."""
    if widget.isWindow() or isinstance(widget, (QMenu, QMenuBar)):
        return False
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


_ring: FocusRing | None = None
_colour = QColor()
_connected = False


def ring() -> FocusRing | None:
    """The ring, made again if it went with a deleted widget it was drawn on."""
    global _ring
    if not _colour.isValid():
        return None
    if _ring is None or not shiboken6.isValid(_ring):
        _ring = FocusRing(_colour)
    return _ring


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    current = ring()
    if current is not None:
        current.follow(new)


def install(app: QApplication, colour: QColor) -> FocusRing | None:
    """Follow focus from now on (once per application); later calls change the colour."""
    global _connected
    _colour.setRgba(QColor(colour).rgba())
    current = ring()
    if current is not None:
        current.colour = QColor(colour)
        current.update()
    if not _connected:
        app.focusChanged.connect(_focus_changed)
        _connected = True
        _focus_changed(None, app.focusWidget())
    return current
