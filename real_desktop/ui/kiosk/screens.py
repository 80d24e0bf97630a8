"""The welcome screen a visitor sees first, and the idle countdown over the library."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core import paths
from real_desktop.ui import i18n
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.announce import announce


def _scaled(label: QLabel, factor: float, bold: bool = False) -> QLabel:
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * factor)
    f.setBold(bold)
    label.setFont(f)
    label.setWordWrap(True)  # large text sizes wrap rather than cut
    return label


def _centred(widget: QWidget) -> QHBoxLayout:
    """`widget` in the middle of a row. Not an alignment flag: with one, the layout asks
    the widget's height for the whole row's width, and wrapped labels get cut."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget, 100)
    row.addStretch(1)
    return row


class WelcomeScreen(QWidget):
    """Full screen between visitors: Enter or Start opens the library."""

    started = Signal()
    languageChosen = Signal(str)  # "en" / "es": the visitor's choice (kiosk.ini language = choose)

    def __init__(
        self, registry: ActionRegistry, parent: QWidget | None = None, *, choose_language: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk-welcome")
        self.setWindowTitle(self.tr("REAL Desktop"))
        self.setAccessibleName(self.tr("Welcome"))
        # In a scroll area: at the largest text sizes on a small screen the page may be
        # taller than the screen, and scrolling beats cut-off text.
        page = QWidget()
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(page)
        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        whole.addWidget(scroll)
        outer = QVBoxLayout(page)
        outer.addStretch(2)
        column = QVBoxLayout()
        column.setSpacing(18)
        icon = paths.assets_dir() / "icons" / "real-desktop.svg"
        if icon.is_file():
            from PySide6.QtGui import QIcon

            logo = QLabel()
            logo.setPixmap(QIcon(str(icon)).pixmap(96, 96))
            logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(logo)
        title = _scaled(QLabel(self.tr("Welcome to REAL Desktop")), 2.4, bold=True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        intro = _scaled(QLabel(self.tr(
            "Search the Race, Equity, And Leadership library, read its documents, watch its "
            "talks and take notes."
        )), 1.3)  # fmt: skip
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(intro)
        self.start_button = QPushButton()
        registry.button("kiosk.start", self.start_button, self.started.emit, text=True)
        self.start_button.setDefault(True)
        self.start_button.setMinimumSize(220, 64)
        f = self.start_button.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        self.start_button.setFont(f)
        column.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.hint = hint = QLabel(self.tr("Press Enter or click Start."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(hint)
        self.language_button: QPushButton | None = None
        if choose_language:  # named in the other language, for those who read it
            other = "es" if i18n.language() == "en" else "en"
            self.language_button = QPushButton(i18n.NATIVE_NAMES[other])
            self.language_button.setAccessibleName(i18n.SWITCH_TO[other])
            self.language_button.setToolTip(i18n.SWITCH_TO[other])
            self.language_button.setMinimumHeight(44)
            registry.button("kiosk.language", self.language_button, lambda: self.languageChosen.emit(other))
            column.addWidget(self.language_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.problem = _scaled(QLabel(), 1.1, bold=True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.hide()
        column.addWidget(self.problem)
        privacy = QLabel(self.tr(
            "This is a shared computer. When you end your session — or leave it alone for a "
            "while — your notes and searches are erased."
        ))  # fmt: skip
        privacy.setWordWrap(True)
        privacy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        privacy.setEnabled(False)  # the palette's quieter text colour
        column.addSpacing(24)
        column.addWidget(privacy)
        holder = QWidget()
        holder.setMaximumWidth(720)
        holder.setLayout(column)
        outer.addLayout(_centred(holder))
        outer.addStretch(3)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_busy(self, busy: bool) -> None:
        """While the library is copied for the visitor."""
        self.start_button.setEnabled(not busy)
        self.hint.setText(self.tr("Opening the library…") if busy
                          else self.tr("Press Enter or click Start."))  # fmt: skip

    def show_problem(self, text: str) -> None:
        """Why Start did nothing (empty: all is well again)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.start_button.click()  # through the registry like a click
            return
        super().keyPressEvent(e)


class IdleCountdown(QFrame):
    """ "Are you still there?" over the whole window, counting down to the session's end.
    The controller cancels it on any input; the button is there to make that obvious."""

    stillHere = Signal()

    def __init__(self, registry: ActionRegistry, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk-countdown")
        self.setAccessibleName(self.tr("Are you still there?"))
        self.setStyleSheet(
            "#kiosk-countdown-card { background: palette(window); border-radius: 12px;"
            " border: 1px solid palette(mid); }"
        )
        outer = QVBoxLayout(self)
        card = QFrame()
        card.setObjectName("kiosk-countdown-card")
        card.setMaximumWidth(640)
        lay = QVBoxLayout(card)
        lay.setContentsMargins(36, 30, 36, 30)
        lay.setSpacing(14)
        title = _scaled(QLabel(self.tr("Are you still there?")), 2.0, bold=True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(title)
        self.seconds_label = _scaled(QLabel(), 1.3)
        self.seconds_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds_label.setWordWrap(True)
        lay.addWidget(self.seconds_label)
        note = QLabel(self.tr("Your notes and searches will be erased. Press any key or move "
                              "the mouse to keep going."))  # fmt: skip
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(note)
        self.button = QPushButton()
        registry.button("kiosk.still_here", self.button, self.stillHere.emit, text=True)
        self.button.setMinimumHeight(44)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        outer.addStretch(1)
        outer.addLayout(_centred(card))
        outer.addStretch(1)
        self.hide()

    def paintEvent(self, e: QPaintEvent) -> None:
        from PySide6.QtGui import QColor, QPainter

        p = QPainter(self)
        p.fillRect(self.rect(), QColor(0, 0, 0, 160))  # the library dimmed behind the card
        p.end()

    def show_seconds(self, seconds: int) -> None:
        text = (self.tr("This session ends in 1 second.") if seconds == 1
                else self.tr("This session ends in {0} seconds.").format(seconds))  # fmt: skip
        self.seconds_label.setText(text)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        if not self.isVisible():
            self.show()
            self.raise_()
            # A screen reader reads the focused button and its dialog's name; the next key
            # cancels the countdown anyway, so nothing is trapped here.
            self.button.setFocus(Qt.FocusReason.OtherFocusReason)
            announce(self, self.tr("Are you still there?") + " " + text, assertive=True)
        elif seconds == 10:  # once more, near the end
            announce(self, text, assertive=True)
