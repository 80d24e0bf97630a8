"""Search as you type on a real library: grouped hits, keyboard, chips, empty state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from real_desktop.core.models import Kind, LocationKind
from real_desktop.ui.search.panel import SearchPanel


@pytest.fixture
def panel(qtbot, library, runner) -> SearchPanel:
    p = SearchPanel(library, runner)
    window = QWidget()  # as in the main window, field and results share one window
    layout = QVBoxLayout(window)
    layout.addWidget(p.field)
    layout.addWidget(p)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    p.window_ref = window  # qtbot does not keep the window alive
    return p


def test_typing_shows_grouped_hits(qtbot, panel: SearchPanel) -> None:
    activity = []
    panel.activeChanged.connect(activity.append)
    qtbot.keyClicks(panel.field, "budget")
    qtbot.waitUntil(lambda: panel.last_results is not None and panel.last_results.query == "budget")
    assert activity == [True]
    groups = [panel.model.groups[i].title for i in range(panel.model.rowCount())]
    assert groups == ["Equity Lens Guide"]
    first_hit = panel.model.index(0, 0, panel.model.index(0, 0))
    assert first_hit.data().startswith("p. 3:")
    assert "<b>budget</b>" in first_hit.data(Qt.ItemDataRole.UserRole + 2)
    assert panel.summary.text() == "1 match in 1 item"


def test_only_the_latest_query_is_shown(qtbot, panel: SearchPanel) -> None:
    shown = []
    panel.resultsShown.connect(lambda r: shown.append(r.query if r else None))
    for text in ("com", "commu", "community"):
        panel.set_query(text, immediate=True)
    qtbot.waitUntil(lambda: bool(shown))
    panel.tasks.wait()
    qtbot.wait(50)  # let any stray (superseded) callback arrive, so it could fail the test
    assert shown == ["community"]


def test_enter_opens_the_hit_at_its_page(qtbot, panel: SearchPanel) -> None:
    panel.set_query("lens", immediate=True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.field.setFocus()
    with qtbot.waitSignal(panel.openRequested) as sig:
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    rid, location, terms, track = sig.args
    assert track is None  # a page, not a caption cue
    assert location.kind is LocationKind.PAGE and location.page == 3
    assert "lens" in terms


def test_arrow_keys_walk_the_results(qtbot, panel: SearchPanel) -> None:
    panel.set_query("community", immediate=True)
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1)
    panel.field.setFocus()
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    assert panel.view.hasFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    current = panel.view.currentIndex()
    assert current.parent().isValid()  # moved from the group onto its first hit
    with qtbot.waitSignal(panel.openRequested) as sig:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert sig.args[1] == panel.model.hit(current).location
    qtbot.keyClick(panel.view, Qt.Key.Key_Escape)
    assert panel.field.text() == "" and panel.field.hasFocus()


def test_escape_clears_the_field(qtbot, panel: SearchPanel) -> None:
    panel.field.setFocus()
    qtbot.keyClicks(panel.field, "youth")
    with qtbot.waitSignal(panel.activeChanged) as sig:
        qtbot.keyClick(panel.field, Qt.Key.Key_Escape)
    assert sig.args == [False] and panel.field.text() == ""


def test_no_match_offers_a_suggestion(qtbot, panel: SearchPanel) -> None:
    panel.set_query("budgit", immediate=True)
    qtbot.waitUntil(lambda: panel.last_results is not None)
    assert panel.stack.currentWidget() is panel.empty
    text = panel.empty.text()
    assert "No results for “budgit”" in text
    assert panel.last_results.suggestion == "budget"
    assert "suggest:budget" in text
    panel.empty.linkActivated.emit("suggest:budget")  # the user clicks "budget"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.field.text() == "budget" and panel.stack.currentWidget() is panel.view


def test_kind_chip_filters_and_empty_state_offers_to_clear(qtbot, panel: SearchPanel) -> None:
    panel.set_query("community", immediate=True)
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1)
    panel.kind_chip.choose(Kind.VIDEO, "Videos")
    qtbot.waitUntil(
        lambda: panel.model.rowCount() == 0 and panel.stack.currentWidget() is panel.empty
    )
    assert panel.filters.kind is Kind.VIDEO
    assert panel.kind_chip.text() == "Kind: Videos"
    assert "clear-filters" in panel.empty.text()
    panel.empty.linkActivated.emit("clear-filters")
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1)
    assert panel.filters.kind is None and panel.kind_chip.text().startswith("Kind")


def test_collection_chip_lists_facets(qtbot, panel: SearchPanel) -> None:
    panel.set_query("community", immediate=True)  # first query loads the facets
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1)
    panel.tasks.wait()
    qtbot.waitUntil(lambda: len(panel.language_chip.menu().actions()) >= 2)
    texts = [a.text() for a in panel.kind_chip.menu().actions()]
    assert "Any kind" in texts and "Documents" in texts


def test_hostile_input_never_breaks_search(qtbot, panel: SearchPanel) -> None:
    for q in ('"', "AND OR NOT", "*", "(((", "équité", "<b>x</b>"):
        panel.set_query(q, immediate=True)
        qtbot.waitUntil(
            lambda q=q: panel.last_results is not None and panel.last_results.query == q
        )
        assert not panel.summary.text().startswith("Search failed")


def test_a_half_typed_word_is_searched_as_a_prefix(qtbot, panel: SearchPanel) -> None:
    qtbot.keyClicks(panel.field, "bud")
    qtbot.waitUntil(lambda: panel.last_results is not None and panel.last_results.query == "bud")
    groups = [panel.model.groups[i].title for i in range(panel.model.rowCount())]
    assert groups == ["Equity Lens Guide"]  # "budget" found while still typing
    assert panel.stack.currentWidget() is panel.view
    # A finished word (a space typed after it) is a word again: "bud" alone is not there,
    # and the message repeats what was typed, not the query sent.
    panel.set_query("bud ", immediate=True)
    qtbot.waitUntil(lambda: panel.last_results is not None and panel.last_results.query == "bud ")
    assert panel.stack.currentWidget() is panel.empty
    assert "No results for “bud”" in panel.empty.text() and "bud*" not in panel.empty.text()


def test_prefix_rules_for_the_last_word() -> None:
    from real_desktop.ui.search.panel import as_typed

    assert as_typed("racial bud") == "racial bud*"
    assert as_typed("bud ") == "bud "  # finished
    assert as_typed("b") == "b"  # one letter: too broad
    assert as_typed("council b") == "council b"
    assert as_typed('"racial equ') == '"racial equ'  # inside an open phrase
    assert as_typed('"racial equity"') == '"racial equity"'
    assert as_typed("equity -bud") == "equity -bud"  # an exclusion stays exact
    assert as_typed("bud*") == "bud*"
    assert as_typed("equity OR") == "equity OR"
    assert as_typed("policy,") == "policy,"  # punctuation ended the word
    assert as_typed("") == ""
