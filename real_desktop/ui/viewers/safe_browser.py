"""The reader's text browser: loads nothing from the network, and only local images that
sit inside the document's own folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".svg"}
MAX_IMAGE_WIDTH = 900


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing from the network and only local images that sit
    inside the document's own folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base_dir: Path | None = None
        self.refused: list[str] = []  # every URL we declined to load (tests read this)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, type_: int, url: QUrl | str) -> Any:  # noqa: N802 (Qt override)
        url = QUrl(url) if isinstance(url, str) else url
        path = self._local_path(url)
        if (
            path is not None
            and int(type_) == int(QTextDocument.ResourceType.ImageResource)
            and path.suffix.lower() in IMAGE_SUFFIXES
            and path.is_file()
        ):
            image = QImage(str(path))
            if not image.isNull():
                if image.width() > MAX_IMAGE_WIDTH:  # a photo should not force sideways scrolling
                    image = image.scaledToWidth(
                        MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation
                    )
                return image
        self.refused.append(url.toString())
        return None

    def _local_path(self, url: QUrl) -> Path | None:
        if self.base_dir is None or url.scheme() not in ("", "file"):
            return None
        raw = url.toLocalFile() if url.scheme() == "file" else url.path()
        if not raw:
            return None
        try:
            path = (self.base_dir / raw).resolve()
            base = self.base_dir.resolve()
        except OSError:
            return None
        return path if path.is_relative_to(base) else None


def find_all(doc: QTextDocument, pattern: QRegularExpression) -> list[QTextCursor]:
    """Every match of `pattern` in `doc`, in order, as selecting cursors."""
    out: list[QTextCursor] = []
    cursor = QTextCursor(doc)
    while True:
        cursor = doc.find(pattern, cursor)
        if cursor.isNull() or not cursor.hasSelection():
            break
        out.append(QTextCursor(cursor))
    return out
