"""Find in a PDF: the matches of the find bar's text, the selected one, and its
document-wide index (counted in slices so a match on page 250 never stalls the window)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtPdf import QPdfSearchModel

from real_desktop.ui.viewers.findbar import FindBar
from real_desktop.ui.viewers.pdf_pages import PdfPages
from real_desktop.ui.viewers.rendering import stem_prefix

COUNT_SLICE = 6  # pages searched per event-loop turn when counting matches


class PdfFinder(QObject):
    """`pages` is the view that paints the matches; `current_page0` the page in view
    (0-based); `go_to_page(page1, y)` scrolls there; `page_count` is 0 when nothing is open."""

    def __init__(
        self,
        search_model: QPdfSearchModel,
        pages: PdfPages,
        find_bar: FindBar,
        current_page0: Callable[[], int],
        go_to_page: Callable[[int, float | None], None],
        page_count: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.search_model, self.pages, self.find_bar = search_model, pages, find_bar
        self.current_page0, self.go_to_page, self.page_count = (
            current_page0, go_to_page, page_count
        )  # fmt: skip
        # The selected match while its document-wide index is still being counted.
        self._pending_match: tuple[int, int] | None = None
        self._count_gen = 0
        self._count_next = self._count_acc = 0
        find_bar.searchChanged.connect(self.on_find_text)
        search_model.countChanged.connect(self.update_status)

    def on_find_text(self, text: str) -> None:
        self.cancel_counting()
        self.search_model.setSearchString(text)
        self.pages.setCurrentSearchResultIndex(-1)
        if text:
            self.find_from(self.current_page0(), -1, forward=True)
        self.update_status()

    def cancel_counting(self) -> None:
        self._count_gen += 1
        self._pending_match = None

    def find_from(self, page0: int, local: int, *, forward: bool) -> bool:
        """Select the match after (or before) match `local` on `page0` (-1: from the
        page's start, or its end going backwards), wrapping around the document."""
        n = self.page_count()
        if not n or not self.search_model.searchString():
            return False
        hits = self.search_model.resultsOnPage(page0)
        if forward and local + 1 < len(hits):
            return self.select(page0, local + 1)
        start = len(hits) if local < 0 else local
        if not forward and start - 1 >= 0 and hits:
            return self.select(page0, start - 1)
        for step in range(1, n + 1):
            p = (page0 + step) % n if forward else (page0 - step) % n
            hits = self.search_model.resultsOnPage(p)
            if hits:
                return self.select(p, 0 if forward else len(hits) - 1)
        return False

    def select(self, page0: int, local: int) -> bool:
        hits = self.search_model.resultsOnPage(page0)
        if not 0 <= local < len(hits):
            return False
        rects = hits[local].rectangles()
        y = min(r.top() for r in rects) if rects else None
        self.go_to_page(page0 + 1, y)  # the view already paints every match on the page
        self.pages.set_current_match(page0, local)  # drawn at once; its number comes later
        # QPdfView wants a document-wide result index, which means searching every earlier
        # page (resultsOnPage searches synchronously and caches). Do that in slices so
        # landing on page 250 of a long PDF never stalls the window.
        self.cancel_counting()
        self._pending_match = (page0, local)
        self._count_next, self._count_acc = 0, 0
        self._continue_counting(self._count_gen)
        return True

    def _continue_counting(self, gen: int) -> None:
        if gen != self._count_gen or self._pending_match is None or not self.page_count():
            return
        page0, local = self._pending_match
        end = min(page0, self._count_next + COUNT_SLICE)
        acc = self._count_acc
        for p in range(self._count_next, end):
            acc += len(self.search_model.resultsOnPage(p))
        self._count_next, self._count_acc = end, acc
        if end < page0:
            QTimer.singleShot(0, lambda: self._continue_counting(gen))
            self.update_status()
            return
        self._pending_match = None
        self.pages.setCurrentSearchResultIndex(acc + local)
        self.update_status()

    def current_match(self) -> tuple[int, int] | None:
        """(page 1-based, index on that page) of the selected match, or None."""
        if self._pending_match is not None:
            return self._pending_match[0] + 1, self._pending_match[1]
        idx = self.pages.currentSearchResultIndex()
        if idx < 0:
            return None
        for p in range(self.page_count()):
            hits = self.search_model.resultsOnPage(p)
            if idx < len(hits):
                return p + 1, idx
            idx -= len(hits)
        return None

    def find_next(self) -> None:
        self._step(forward=True)

    def find_previous(self) -> None:
        self._step(forward=False)

    def _step(self, *, forward: bool) -> None:
        self.pages.set_matches_shown(True)  # F3 with the bar closed brings both back
        if not self.find_bar.text:
            self.find_bar.open_bar()
            return
        self.find_bar.show()
        cur = self.current_match()
        if cur is None:
            self.find_from(self.current_page0(), -1, forward=forward)
        else:
            self.find_from(cur[0] - 1, cur[1], forward=forward)

    def highlight(self, terms: Iterable[str], page: int | None) -> str | None:
        """Highlight the first of `terms` found on `page` (else anywhere) and select its
        first match there. Returns the term used, or None."""
        words = [t for t in terms if t and t.strip()]
        if not words or not self.page_count():
            return None
        page0 = (page - 1) if page else self.current_page0()
        page0 = max(0, min(page0, self.page_count() - 1))
        # Try each term, then its stem ("invite" -> "invit" finds "inviting", as the index
        # did); QPdfSearchModel matches substrings, one string at a time.
        candidates = list(dict.fromkeys([*words, *(stem_prefix(w) for w in words)]))
        chosen = words[0]
        probe = QPdfSearchModel()  # probing on a scratch model keeps the visible one clean
        probe.setDocument(self.search_model.document())
        for word in candidates:
            probe.setSearchString(word)
            if probe.resultsOnPage(page0):
                chosen = word
                break
        self.find_bar.set_text_silently(chosen)
        self.find_bar.show()
        self.search_model.setSearchString(chosen)
        if self.search_model.resultsOnPage(page0):
            self.select(page0, 0)
        elif page is None:
            self.find_from(page0, -1, forward=True)
        self.update_status()
        return chosen

    def update_status(self, *_: object) -> None:
        if self._pending_match is not None:
            self.find_bar.set_status(0, self.search_model.count(), searching=True)
            return
        cur = self.pages.currentSearchResultIndex()
        total = self.search_model.count()
        self.find_bar.set_status(cur + 1 if cur >= 0 else 0, max(total, cur + 1))
