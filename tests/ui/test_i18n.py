"""Plurals the Qt way (defect 9): "%n match(es)" is one source string whose forms come
from a translation — English included — so "1 match in 1 item" and "3 matches in 2 items"
read right, and any translation can give its own forms."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from real_desktop.ui import i18n
from real_desktop.ui.search.panel import SearchPanel


def test_the_english_forms_are_installed_and_pick_by_number(qapp) -> None:
    assert i18n.install(qapp)  # again: a no-op
    tr = QCoreApplication.translate
    assert tr("SearchPanel", "%n match(es)", "", 1) == "1 match"
    assert tr("SearchPanel", "%n match(es)", "", 3) == "3 matches"
    assert tr("SearchPanel", "%n item(s)", "", 0) == "0 items"
    assert tr("SearchResultsModel", "%n match(es)", "", 1) == "1 match"


def test_the_compiled_file_is_made_from_the_source(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(__import__("sys").executable).parent / "pyside6-lrelease"
    )
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    folder = Path(i18n.translations_dir())
    out = tmp_path / "en.qm"
    subprocess.run(
        [lrelease, "-silent", str(folder / "real_desktop_en.ts"), "-qm", str(out)], check=True
    )
    assert out.read_bytes() == (folder / "real_desktop_en.qm").read_bytes(), (
        "run: pyside6-lrelease assets/i18n/real_desktop_en.ts"
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [("outcomes", "1 match in 1 item"), ("community", None)],
)
def test_the_search_summary_says_match_and_item_in_the_right_number(
    qtbot, library, runner, query: str, expected: str | None  # noqa: F811
) -> None:
    panel = SearchPanel(library, runner)
    window = QWidget()
    QVBoxLayout(window).addWidget(panel)
    qtbot.addWidget(window)
    panel.set_query(query, immediate=True)
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1)
    hits, groups = panel.model.hit_count, panel.model.rowCount()
    text = panel.summary.text()
    if expected is not None:
        assert text == expected
    else:
        assert hits > 1 and groups > 1, (hits, groups)
        assert text == f"{hits} matches in {groups} items"
    group = panel.model.index(0, 0).data()
    n = len(panel.model.groups[0].hits)
    assert group.endswith("1 match") if n == 1 else group.endswith(f"{n} matches")
