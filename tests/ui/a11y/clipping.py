"""Which widgets' text does not fit them: font metrics against geometry (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

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


def _combo_problem(box: QComboBox) -> str | None:
    if not box.currentText() or box.isEditable():
        return None
    opt = QStyleOptionComboBox()
    box.initStyleOption(opt)
    room = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                      QStyle.SubControl.SC_ComboBoxEditField, box).width()
    need = box.fontMetrics().horizontalAdvance(box.currentText())
    if not box.itemIcon(box.currentIndex()).isNull():
        need += box.iconSize().width() + 4
    return f"needs {need} px wide, has {room}" if need > room + 1 else None


def _placeholder_problem(edit: QLineEdit) -> str | None:
    from real_desktop.ui.placeholder import placeholder_room

    text = edit.placeholderText()
    if edit.text() or not text:
        return None
    need, room = edit.fontMetrics().horizontalAdvance(text), placeholder_room(edit)
    return f"placeholder needs {need} px wide, has {room}" if need > room + 1 else None


def key(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText()
    else:
        text = ""
    return f"{type(widget).__name__}:{widget.objectName()}:{_plain(text)[:40]!r}"


def clipped(root: QWidget) -> dict[str, str]:
    """Visible labels, buttons, combo boxes (their current text) and empty line edits
    (their placeholder) under `root` whose text is cut off, with why."""
    found: dict[str, str] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
        elif isinstance(widget, QLineEdit):
            problem = _placeholder_problem(widget)
        if problem:
            found[key(widget)] = problem
    return found
