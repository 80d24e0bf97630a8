""""Export as content pack…" says which agendas go along, and they do."""

from __future__ import annotations

from real_desktop.core.agendas.model import AgendaItem, ItemKind
from real_desktop.core.agendas.store import AgendaStore
from real_desktop.core.packs.archive import verify
from real_desktop.ui.packs.export_dialog import ExportPackDialog


def test_export_says_how_many_agendas_go_along(qtbot, tmp_path, library, sync_tasks, registry) -> None:
    ids = [r.id for r in library.resources()][:2]
    store = AgendaStore(library.db, library.catalog)
    store.save_new("Budget day", "", [AgendaItem("x", ids[0], ItemKind.RESOURCE)])
    d = ExportPackDialog(library, sync_tasks, registry, selected_ids=ids[:1], collections=[])
    qtbot.addWidget(d)
    assert d.agendas.text() == "1 agenda goes along: Budget day"
    d.title.setText("Handouts")
    d.out.setText(str(tmp_path / "h.realpack"))
    d.export_button.click()
    assert "(1 items, 1 agenda)" in d.message.text()
    assert [a.name for a in verify(tmp_path / "h.realpack").manifest.agendas] == ["agendas/budget-day.agenda.json"]


def test_no_agenda_fits_the_selection(qtbot, library, sync_tasks, registry) -> None:
    ids = [r.id for r in library.resources()][:2]
    AgendaStore(library.db, library.catalog).save_new(
        "Both", "", [AgendaItem("x", i, ItemKind.RESOURCE) for i in ids]
    )
    d = ExportPackDialog(library, sync_tasks, registry, selected_ids=ids[:1], collections=[])
    qtbot.addWidget(d)
    assert d.agendas.text() == "None: no agenda uses only these items."


def test_the_removal_question_says_what_happens_to_the_packs_agendas(qtbot, library) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from real_desktop.ui.packs.installed_dialog import ask_about_notes

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box.text())
        box.reject()

    QTimer.singleShot(0, answer)
    assert ask_about_notes(parent, "Course", 3, 0, agendas=1) is None
    assert "The agenda it brought goes too, unless you have edited it" in seen[0]
