"""The only doors out of the app: file dialogs, printing, links and the clipboard.

Each helper asks the policy first and does nothing (None, [] or False) when it denies;
tests/ui/test_guarded.py fails if QFileDialog, QPrintDialog, QDesktopServices or the
clipboard is used anywhere else in real_desktop. Callers still run behind the registry's
choke point for their own action (e.g. "Add files…" needs IMPORT); these checks are the
last line, for the door itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from real_desktop.core.policy import Action

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class PolicyLike(Protocol):
    def allows(self, action: Action | str) -> bool: ...


def open_file(
    policy: PolicyLike, parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> Path | None:
    if not policy.allows(Action.FILE_DIALOG):
        return None
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(parent, caption, directory, filters)
    return Path(name) if name else None


def open_files(
    policy: PolicyLike, parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> list[Path]:
    if not policy.allows(Action.FILE_DIALOG):
        return []
    from PySide6.QtWidgets import QFileDialog

    names, _ = QFileDialog.getOpenFileNames(parent, caption, directory, filters)
    return [Path(n) for n in names if n]


def folder(
    policy: PolicyLike, parent: QWidget | None, caption: str, directory: str = ""
) -> Path | None:
    if not policy.allows(Action.FILE_DIALOG):
        return None
    from PySide6.QtWidgets import QFileDialog

    name = QFileDialog.getExistingDirectory(parent, caption, directory)
    return Path(name) if name else None


def save_file(
    policy: PolicyLike, parent: QWidget | None, caption: str, suggested: str = "", filters: str = ""
) -> Path | None:
    if not policy.allows(Action.FILE_DIALOG):
        return None
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return Path(name) if name else None


def print_with_dialog(
    policy: PolicyLike, parent: QWidget | None, paint: Callable[[Any], None]
) -> bool:
    """Show the system print dialog; if accepted, `paint(printer)`. False when the policy
    denies printing or the user cancels."""
    if not policy.allows(Action.PRINT):
        return False
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint(printer)
    return True


def open_url(policy: PolicyLike, url: Any) -> bool:
    """Hand a link (QUrl or text) to the system: a web browser, a file manager."""
    if not policy.allows(Action.OPEN_LINK):
        return False
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(url if isinstance(url, QUrl) else QUrl(str(url)))


def copy_text(policy: PolicyLike, text: str, *, link: bool = False) -> bool:
    """Put text on the clipboard. A link needs COPY_LINK, any other text COPY."""
    if not policy.allows(Action.COPY_LINK if link else Action.COPY):
        return False
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)
    return True


def print_direct(policy: PolicyLike, paint: Callable[[Any], None]) -> str | None:
    """Print on the system's default printer with no dialog (a kiosk: the print dialog
    offers "print to file", a way into the file system). Returns the printer's name, or
    None when the policy denies printing or there is no printer."""
    if not policy.allows(Action.PRINT):
        return None
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)  # never a file
    paint(printer)
    return info.printerName()


def clear_clipboard() -> None:
    """Empty the clipboard (and X11's selection): a kiosk does it when a visitor's
    session ends, so the next one cannot paste what they copied. Needs no permission."""
    from PySide6.QtGui import QClipboard, QGuiApplication

    board = QGuiApplication.clipboard()
    board.clear(QClipboard.Mode.Clipboard)
    if board.supportsSelection():
        board.clear(QClipboard.Mode.Selection)
