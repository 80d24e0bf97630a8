"""The PDF page list on its own: thumbnails of a real PDF, labels and note dots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument

from real_desktop.ui.viewers.pdf_thumbs import (
    THUMB_WIDTH,
    PageThumbnails,
    framed,
    render_page_thumbnails,
)


def test_render_page_thumbnails_of_a_real_pdf(qapp, five_pages: Path) -> None:
    out = render_page_thumbnails(str(five_pages), [0, 4, 9], THUMB_WIDTH)
    assert [p for p, _ in out] == [0, 4]  # page 10 does not exist
    assert all(img.width() == THUMB_WIDTH and img.height() > THUMB_WIDTH for _, img in out)
    assert render_page_thumbnails(str(five_pages.parent / "none.pdf"), [0], 50) == []


def test_framed_puts_the_page_on_white_paper(qapp) -> None:
    clear = QImage(20, 30, QImage.Format.Format_ARGB32)
    clear.fill(QColor(0, 0, 0, 0))
    out = framed(clear)
    assert out.pixelColor(10, 15) == QColor("white")
    assert out.pixelColor(0, 0) != QColor("white")  # the rim


def test_fill_mark_and_clear(qtbot, sync_tasks, five_pages: Path) -> None:
    doc = QPdfDocument()
    assert doc.load(str(five_pages)) == QPdfDocument.Error.None_
    strip = PageThumbnails(sync_tasks)
    qtbot.addWidget(strip)
    strip.resize(150, 600)
    strip.show()
    strip.fill(doc, str(five_pages))
    assert strip.count() == 5 and strip.item(2).text() == "Page 3"
    strip.set_marked({2})
    assert strip.item(2).text() == "Page 3  ●" and strip.item(2).toolTip() == "This page has notes"
    assert strip.item(0).toolTip() == ""
    strip.render_visible_thumbs()  # sync tasks: the thumbnails are applied at once
    icon = strip.item(0).icon().pixmap(strip.iconSize()).toImage()
    assert icon.pixelColor(icon.width() // 2, icon.height() - 5).alpha() == 255
    strip.clear_pages()
    assert strip.count() == 0 and strip.path is None
    doc.close()
