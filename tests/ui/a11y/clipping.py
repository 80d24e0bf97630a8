"""Which widgets' text does not fit them: font metrics against geometry (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractButton, QLabel, QToolButton, QWidget

_BIG = 100_000


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text):
        return None  # rich text lays itself out (and wraps); its metrics are not the font's
    box = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(),
                                        -label.margin())
    fm = label.fontMetrics()
    if label.wordWrap():
        need = fm.boundingRect(QRect(0, 0, box.width(), _BIG),
                               int(Qt.TextFlag.TextWordWrap), text)
        if need.height() > box.height() + 1:
            return f"wrapped text needs {need.height()} px, has {box.height()}"
        return None
    need = fm.boundingRect(QRect(0, 0, _BIG, _BIG), 0, text)
    if need.width() > box.width() + 1:
        return f"needs {need.width()} px wide, has {box.width()}"
    if need.height() > box.height() + 1:
        return f"needs {need.height()} px high, has {box.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None
    if button.hasHeightForWidth():  # a label that wraps (elide.WrappingPushButton)
        if getattr(button, "elided", lambda: False)():
            return "a word of it is elided"
        need = button.heightForWidth(button.width())
        return f"wrapped text needs {need} px, has {button.height()}" if need > button.height() + 1 else None
    hint = button.sizeHint()  # icon, text and the style's margins
    fm = button.fontMetrics()
    if button.width() < hint.width() - 1:
        return f"needs {hint.width()} px wide, has {button.width()}"
    if button.height() < fm.height():
        return f"needs {fm.height()} px high, has {button.height()}"
    return None


def key(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return f"{type(widget).__name__}:{widget.objectName()}:{_plain(text)[:40]!r}"


def clipped(root: QWidget) -> dict[str, str]:
    """Visible labels and buttons under `root` whose text is cut off, with why."""
    found: dict[str, str] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        if problem:
            found[key(widget)] = problem
    return found
