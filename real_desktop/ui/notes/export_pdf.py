"""Notes to PDF and paper through Qt's text engine (QTextDocument → QPdfWriter/QPrinter)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from real_desktop.core.policy import DESKTOP
from real_desktop.ui import guarded
from real_desktop.ui.guarded import PolicyLike


def _ensure_app() -> None:
    # The CLI can print a PDF without a window: Qt still needs an application for fonts.
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_app.app = QGuiApplication([])  # type: ignore[attr-defined]


def _document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc


def write_pdf(html: str, path: Path | str) -> Path:
    """Typeset `html` (from NoteStore.to_html) as a Letter-size PDF at `path`.
    Raises OSError when the file cannot be written."""
    _ensure_app()
    path = Path(path)
    if not path.parent.is_dir():
        raise OSError(f"folder does not exist: {path.parent}")
    writer = QPdfWriter(str(path))
    writer.setTitle(QCoreApplication.translate("ExportDialog", "REAL Desktop notes"))
    writer.setCreator("REAL Desktop")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    _document(html).print_(writer)  # paginates to the writer's page layout
    del writer  # flushes and closes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
    return path


def print_html(html: str, parent: QWidget | None = None, policy: PolicyLike = DESKTOP) -> bool:
    """Show the system print dialog and print; False when the user cancels or the policy
    denies printing."""
    return guarded.print_with_dialog(policy, parent, _document(html).print_)
