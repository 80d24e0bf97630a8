"""The reader's link bar: the message, and Copy link only for a web address."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from real_desktop.ui.viewers.reader_links import LinkBar


def test_copy_link_puts_the_address_on_the_clipboard(qtbot) -> None:
    bar = LinkBar()
    qtbot.addWidget(bar)
    bar.show_message("This link needs an internet connection", url="https://example.org/a")
    assert bar.isVisible() and bar.copy_link_button.isVisibleTo(bar)
    bar.copy_link_button.click()
    assert QGuiApplication.clipboard().text() == "https://example.org/a"
    assert bar.copy_link_button.text() == "Copied"
    bar.show_message("This link cannot be opened in REAL Desktop.", url="")
    assert not bar.copy_link_button.isVisibleTo(bar)
    assert bar.copy_link_button.text() == "Copy link"


def test_copy_link_can_be_switched_off(qtbot) -> None:
    bar = LinkBar(allow_copy_link=False)
    qtbot.addWidget(bar)
    bar.show_message("needs the internet", url="https://example.org")
    assert not bar.copy_link_button.isVisibleTo(bar)
