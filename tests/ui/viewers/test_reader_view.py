"""The reader view: Markdown/HTML/text, section landing, highlighting, offline loading,
external links and links to other library items."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from docfactory import doc_resource
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QTextCursor, QTextDocument

from real_desktop.core.models import Location, LocationKind

FILLER = "\n\n".join(f"Filler paragraph {i} about local government." for i in range(60))
GUIDE_MD = f"""# Facilitator Guide

Opening words.

## Why a Racial Equity Lens?

{FILLER}

## Preparing the Conversation

Invite diverse stakeholders and agree on ground rules for equity work.

{FILLER}

## Closing

Thank everyone.
"""


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    p = tmp_path / "guide.md"
    p.write_text(GUIDE_MD, encoding="utf-8")
    return p


def _open(view, qtbot, resource, location=None, terms=()):
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.open(resource, location, terms)


def _visible(reader, cursor) -> bool:
    rect = reader.browser.cursorRect(cursor)
    return reader.browser.viewport().rect().contains(rect.center())


def test_markdown_lands_on_section_with_terms_highlighted(view, qtbot, guide):
    loc = Location(
        LocationKind.SECTION,
        anchor="preparing-the-conversation",
        section="Preparing the Conversation",
    )
    _open(view, qtbot, doc_resource(guide, "md"), loc, ["stakeholders", "equity"])
    reader = view.reader
    assert view.stack.currentWidget() is reader
    assert view.current_location() == loc
    assert [s.anchor for s in reader.sections] == [
        "facilitator-guide",
        "why-a-racial-equity-lens",
        "preparing-the-conversation",
        "closing",
    ]
    words = [w.lower() for w in reader.highlighted]
    assert "stakeholders" in words and "equity" in words
    # The highlighted word in the landed section is on screen.
    first = next(
        s.cursor for s in reader._term_selections if s.cursor.selectedText() == "stakeholders"
    )
    assert _visible(reader, first)
    assert reader.sections_box.currentText().strip() == "Preparing the Conversation"


def test_section_found_by_heading_text_when_anchor_differs(view, qtbot, guide):
    loc = Location(LocationKind.SECTION, anchor="closing_section", section="Closing")
    _open(view, qtbot, doc_resource(guide, "md"), loc)
    assert view.current_location().anchor == "closing"


def test_anchors_match_the_core_extraction(view, qtbot, guide, library):
    """Search hit -> open -> the reader is on the hit's section: the same anchors."""
    rid = library.import_all([guide]).results[0].resource_id
    hit = library.search("stakeholders").hits[0]
    assert hit.resource_id == rid
    _open(view, qtbot, library.get(rid), hit.location, library.search("stakeholders").terms)
    assert view.current_location().anchor == hit.location.anchor
    assert "stakeholders" in [w.lower() for w in view.reader.highlighted]


def test_scrolling_reports_new_section(view, qtbot, guide):
    _open(view, qtbot, doc_resource(guide, "md"))
    assert view.current_location().anchor == "facilitator-guide"
    with qtbot.waitSignal(view.locationChanged, timeout=3000) as sig:
        view.go_to(Location(LocationKind.SECTION, anchor="why-a-racial-equity-lens"))
    assert sig.args[0].anchor == "why-a-racial-equity-lens"
    sb = view.reader.browser.verticalScrollBar()
    with qtbot.waitSignal(view.locationChanged, timeout=3000) as sig:
        sb.setValue(sb.maximum())
    assert sig.args[0].anchor == "closing"


def test_selected_text_becomes_the_note_quote(view, qtbot, guide):
    _open(view, qtbot, doc_resource(guide, "md"))
    browser = view.reader.browser
    cursor = browser.document().find("Opening words")
    browser.setTextCursor(cursor)
    with qtbot.waitSignal(view.noteRequested) as sig:
        view.reader.act_note.trigger()
    assert sig.args[0]["quote"] == "Opening words"
    assert sig.args[0]["location"].kind is LocationKind.SECTION


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        _CountingHandler.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_server() -> Iterator[str]:
    _CountingHandler.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_html_loads_nothing_from_the_network(view, qtbot, tmp_path, http_server):
    pic = QImage(8, 8, QImage.Format.Format_RGB32)
    pic.fill(Qt.GlobalColor.red)
    assert pic.save(str(tmp_path / "local.png"))
    page = tmp_path / "page.html"
    page.write_text(
        f"""<html><head>
<link rel="stylesheet" href="{http_server}/style.css">
<script src="{http_server}/app.js"></script><script>document.write('EVIL')</script>
</head><body style="background: url({http_server}/bg.png)">
<h1 id="top">Budget Equity</h1>
<p onclick="alert(1)">Remote <img src="{http_server}/remote.png" alt="city map"> and
local <img src="local.png"> images.</p>
<iframe src="{http_server}/frame.html"></iframe>
<a href="javascript:alert(1)">bad link</a>
</body></html>""",
        encoding="utf-8",
    )
    _open(view, qtbot, doc_resource(page, "html"))
    reader = view.reader
    text = reader.browser.toPlainText()
    assert "Budget Equity" in text and "[city map]" in text
    assert "EVIL" not in text and "alert" not in reader.browser.toHtml()
    assert f"{http_server}/remote.png" in reader.remote_removed
    # The local image next to the file was loaded; nothing else was.
    qtbot.wait(50)  # give any (wrong) network attempt a chance to arrive
    assert _CountingHandler.requests == []
    local = reader.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("local.png")
    )
    assert isinstance(local, QImage) and not local.isNull()
    # Direct requests for remote or out-of-folder resources are refused.
    assert (
        reader.browser.loadResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"{http_server}/x.png")
        )
        is None
    )
    assert (
        reader.browser.loadResource(
            QTextDocument.ResourceType.ImageResource, QUrl("../outside.png")
        )
        is None
    )
    assert _CountingHandler.requests == []
    assert view.current_location().anchor == "top"


def _click_text(qtbot, reader, text: str) -> None:
    """Click the middle of `text` where it is shown (a real mouse click on the viewport)."""
    found = reader.browser.document().find(text)
    assert not found.isNull(), text
    middle = QTextCursor(reader.browser.document())
    middle.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    reader.browser.setTextCursor(middle)
    reader.browser.ensureCursorVisible()
    rect = reader.browser.cursorRect(middle)
    pos = QPoint(rect.left(), rect.bottom() - 4)
    assert reader.browser.anchorAt(pos), f"no link under {text!r}"
    qtbot.mouseClick(reader.browser.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_external_link_needs_internet_and_can_be_copied(view, qtbot, tmp_path):
    md = tmp_path / "links.md"
    md.write_text("# Links\n\nSee [the NLC site](https://www.nlc.org/program/real) for more.\n")
    _open(view, qtbot, doc_resource(md, "md"))
    reader = view.reader
    _click_text(qtbot, reader, "NLC site")
    assert "needs an internet connection" in reader.message
    assert "https://www.nlc.org/program/real" in reader.message
    qtbot.mouseClick(reader.copy_link_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "https://www.nlc.org/program/real"
    assert view.resource is not None and view.reader.path == md  # still on the same page


def test_link_to_another_library_item_opens_it_in_app(view, qtbot, tmp_path, library):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(
        "# Start\n\nRead the [companion guide](b.md#next-steps).\nAnd [a stray file](notes.txt).\n"
    )
    (docs / "b.md").write_text("# Companion\n\n## Next Steps\n\nDo things.\n")
    summary = library.import_all([docs / "a.md", docs / "b.md"])
    ids = {Path(r.path).name: r.resource_id for r in summary.results}
    _open(view, qtbot, library.get(ids["a.md"]))
    with qtbot.waitSignal(view.openResourceRequested, timeout=3000) as sig:
        _click_text(qtbot, view.reader, "companion guide")
    assert sig.args[0] == ids["b.md"]
    assert sig.args[1] == Location(LocationKind.SECTION, anchor="next-steps")
    # A file that is not in the library says so instead of failing silently.
    (docs / "notes.txt").write_text("not imported")
    _click_text(qtbot, view.reader, "stray file")
    qtbot.waitUntil(lambda: "not in the library" in view.reader.message, timeout=3000)


def test_plain_text_highlight_and_find(view, qtbot, tmp_path):
    txt = tmp_path / "notes.txt"
    txt.write_text("Equity first.\n" + "line\n" * 200 + "More equity at the end.\n")
    _open(view, qtbot, doc_resource(txt, "txt"), None, ["equity"])
    reader = view.reader
    # No heading to anchor to: a note there is on the whole document, not "p. 1".
    assert view.current_location() == Location(LocationKind.RESOURCE)
    # Plain text has no sections to pick (the toolbar hides the box on its next layout).
    qtbot.waitUntil(lambda: not reader.sections_box.isVisible(), timeout=2000)
    assert [w.lower() for w in reader.highlighted] == ["equity", "equity"]
    reader.browser.setFocus()
    qtbot.keyClick(reader.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(reader.find_bar.field, "equity")
    assert reader.browser.textCursor().selectionStart() == 0
    qtbot.keyClick(reader.browser, Qt.Key.Key_F3)
    second = reader.browser.textCursor()
    assert second.selectedText().lower() == "equity" and second.selectionStart() > 100
    assert _visible(reader, second)
    assert reader.find_bar.status.text() == "2 of 2"
    qtbot.keyClick(reader.browser, Qt.Key.Key_F3)  # wraps
    assert reader.browser.textCursor().selectionStart() == 0


def test_unreadable_file_shows_reason(view, qtbot, tmp_path):
    folder = tmp_path / "folder.md"
    folder.mkdir()  # a directory with a document's name: cannot be read
    view.open(doc_resource(folder, "md"))
    assert view.stack.currentWidget() is view.message
    gone = tmp_path / "gone.md"
    view.open(doc_resource(gone, "md"))
    assert "not on this computer" in view.message.text()


def test_text_size_keys(view, qtbot, guide):
    _open(view, qtbot, doc_resource(guide, "md"))
    browser = view.reader.browser
    base = browser.font().pointSizeF()
    view.setFocus()  # the view hands focus to the text
    assert browser.hasFocus() or view.focusProxy() is browser
    qtbot.keyClick(browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert browser.font().pointSizeF() == base + 2 and view.reader.zoom_steps == 2
    qtbot.keyClick(browser, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert browser.font().pointSizeF() == base and view.reader.zoom_steps == 0
    qtbot.keyClick(browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert browser.font().pointSizeF() == base - 1


def test_in_page_links_and_big_images(view, qtbot, tmp_path):
    big = QImage(2400, 300, QImage.Format.Format_RGB32)
    big.fill(Qt.GlobalColor.darkGreen)
    assert big.save(str(tmp_path / "wide.png"))
    filler = "".join(f"<p>Paragraph {i}.</p>" for i in range(120))
    page = tmp_path / "faq.html"
    page.write_text(
        f"""<h1>FAQ</h1><p><a href="#answer">Jump to the answer</a></p>
<img src="wide.png">{filler}<p id="answer">The answer is budgets.</p>""",
        encoding="utf-8",
    )
    _open(view, qtbot, doc_resource(page, "html"))
    reader = view.reader
    img = reader.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("wide.png")
    )
    assert isinstance(img, QImage) and img.width() == 900  # scaled to fit a reading column
    sb = reader.browser.verticalScrollBar()
    assert sb.value() == 0
    _click_text(qtbot, reader, "Jump to the answer")
    assert sb.value() > 0
    answer = reader.browser.document().find("The answer is budgets")
    assert _visible(reader, answer)
