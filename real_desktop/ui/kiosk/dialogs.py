"""End session (with the visitor's last chance to keep their notes) and the admin unlock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.kiosk.pin import PinGuard
from real_desktop.ui import i18n
from real_desktop.ui.actions.registry import ActionRegistry


class EndSessionDialog(QDialog):
    """ "End your session?" Enter ends it (the default button), Esc keeps going. Print and
    Save to a drive show only when the policy allows them and there are notes."""

    def __init__(
        self,
        registry: ActionRegistry,
        note_count: int,
        drives: list[Path],
        print_notes: Callable[[], str | None],
        save_notes: Callable[[Path], Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End session"))
        self.setModal(True)
        self._print, self._save = print_notes, save_notes
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 20)
        lay.setSpacing(12)
        title = QLabel(self.tr("End your session?"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        title.setFont(f)
        lay.addWidget(title)
        if note_count:
            said = (self.tr("Your note will be erased") if note_count == 1
                    else self.tr("Your {0} notes will be erased").format(note_count))  # fmt: skip
            said += self.tr(", with your searches and what you opened. Nothing stays on this "
                            "computer for the next person.")  # fmt: skip
        else:
            said = self.tr("Your searches and what you opened will be erased. Nothing stays on "
                           "this computer for the next person.")  # fmt: skip
        text = QLabel(said)
        text.setWordWrap(True)
        text.setMinimumWidth(440)
        lay.addWidget(text)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        lay.addWidget(self.status)

        keep = QHBoxLayout()
        self.print_button = QPushButton()
        registry.button("kiosk.print_notes", self.print_button, self._print_clicked, text=True)
        self.drive_choice = QComboBox()
        self.drive_choice.setAccessibleName(self.tr("Drive"))
        for d in drives:
            self.drive_choice.addItem(str(d), str(d))
        self.save_button = QPushButton()
        registry.button("kiosk.save_notes", self.save_button, self._save_clicked, text=True)
        keep.addWidget(self.print_button)
        keep.addWidget(self.drive_choice)
        keep.addWidget(self.save_button)
        keep.addStretch(1)
        registry.show(self.print_button, note_count > 0)
        registry.show(self.save_button, note_count > 0 and bool(drives))
        if len(drives) == 1:
            self.save_button.setText(
                self.tr("Save my notes to {0}").format(drives[0].name or str(drives[0]))
            )
        self.drive_choice.setVisible(self.save_button.isVisibleTo(self) and len(drives) > 1)
        lay.addLayout(keep)

        row = QHBoxLayout()
        row.addStretch(1)
        self.keep_button = QPushButton()
        registry.button("kiosk.keep_going", self.keep_button, self.reject, text=True)
        self.end_button = QPushButton()
        registry.button("kiosk.confirm_end", self.end_button, self.accept, text=True)
        self.end_button.setDefault(True)
        self.end_button.setAutoDefault(True)
        row.addWidget(self.keep_button)
        row.addWidget(self.end_button)
        lay.addLayout(row)
        self.end_button.setFocus()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _print_clicked(self) -> None:
        printer = self._print()
        self._say(self.tr("Sent to the printer {0}.").format(printer) if printer
                  else self.tr("No printer is available."))  # fmt: skip
        self.end_button.setFocus()

    def _save_clicked(self) -> None:
        root = self.drive_choice.currentData()
        if not root:
            return
        try:
            saved = self._save(Path(root))
        except (OSError, ValueError) as exc:
            self._say(self.tr("Could not save the notes: {0}").format(i18n.core_text(exc)))
        else:
            self._say(self.tr("Saved to {0}. You can remove the drive.").format(str(saved)))
        self.end_button.setFocus()


class UnlockDialog(QDialog):
    """The admin PIN. Accepted with `choice` "admin" (open the admin tools) or "leave"
    (leave kiosk mode). Wrong PINs wait as the guard says; the buttons stay off meanwhile."""

    def __init__(self, registry: ActionRegistry, guard: PinGuard, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Administrator"))
        self.setModal(True)
        self.guard = guard
        self.choice = ""
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 18)
        lay.addWidget(QLabel(self.tr("Administrator PIN:")))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Administrator PIN"))
        self.pin.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        lay.addWidget(self.pin)
        self.message = QLabel()
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.reject)
        self.leave = QPushButton()
        registry.button("kiosk.leave", self.leave, lambda: self._try("leave"), text=True)
        self.admin = QPushButton()
        registry.button("kiosk.unlock", self.admin, lambda: self._try("admin"), text=True)
        self.admin.setDefault(True)
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.leave)
        row.addWidget(self.admin)
        lay.addLayout(row)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        waiting = self.guard.waiting()
        for b in (self.leave, self.admin, self.pin):
            b.setEnabled(waiting is None)
        if waiting is None:
            self._tick.stop()
            if self.message.property("waiting"):
                self.message.setText(self.tr("Try again."))
                self.message.setProperty("waiting", False)
            self.pin.setFocus()
        else:
            self.message.setText(i18n.core_text(waiting.message()))
            self.message.setProperty("waiting", True)
            self._tick.start()

    def _try(self, choice: str) -> None:
        attempt = self.guard.attempt(self.pin.text())
        self.pin.clear()
        if attempt.ok:
            self.choice = choice
            self.accept()
            return
        self.message.setText(i18n.core_text(attempt.message()))
        self._refresh()
