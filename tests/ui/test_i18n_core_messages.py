"""What the core says, shown by the window in the interface's language: a failed file's
reason in the import summary, a resource's status reason in the details pane, and core
errors in the pack and relink dialogs are Spanish in a Spanish window (the core keeps
storing English), English in an English one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from real_desktop.core.models import Outcome, Status
from real_desktop.ui import i18n
from real_desktop.ui.main_window import MainWindow
from tests.ui.test_main_window import make_window

# Messages the core's catalogue (assets/i18n/real_desktop_cli_es.ts, context "later") has.
DAMAGED = "the PDF is damaged or truncated and cannot be opened"
DAMAGED_ES = "el PDF está dañado o incompleto y no se puede abrir"
NOT_HERE, NOT_HERE_ES = "Not on this computer", "No está en esta computadora"
NOT_A_FILE, NOT_A_FILE_ES = " is not a file.", " no es un archivo."
NOT_A_PACK = "not a content pack (a ZIP archive)"
NOT_A_PACK_ES = "no es un paquete de contenido (un archivo ZIP)"



@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    assert i18n.use(qapp, "es") == "es"
    yield
    i18n.use(qapp, "en")


def _drop_broken_pdf(qtbot, w: MainWindow, folder: Path, make_pdf) -> None:
    """Drop a good PDF and a damaged one on the window: the real import path."""
    good = make_pdf(folder / "good.pdf", ["A guide about trust."], "Good Guide")
    bad = folder / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(bad))])
    finished = []
    w.importer.finished.connect(finished.append)
    w.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))  # fmt: skip
    qtbot.waitUntil(lambda: bool(finished), timeout=30000)
    failed = finished[0].of(Outcome.FAILED)
    assert [Path(f.path).name for f in failed] == ["broken.pdf"]
    assert failed[0].reason == DAMAGED  # the core's result stays English
    qtbot.waitUntil(lambda: w.importer.summary_dialog is not None)


def _reason_cell(w: MainWindow) -> tuple[str, str]:
    dialog = w.importer.summary_dialog
    assert dialog is not None and dialog.table.rowCount() == 1
    cell = dialog.table.item(0, 2)
    return cell.text(), cell.toolTip()


def test_spanish_import_summary_and_details_pane_show_the_reason_in_spanish(
    qtbot,
    spanish,
    empty_library,
    runner,
    settings,
    tmp_path: Path,
    make_pdf,
) -> None:
    w = make_window(qtbot, empty_library, runner, settings)
    _drop_broken_pdf(qtbot, w, tmp_path / "drop", make_pdf)
    # (a) the summary's table, its tooltip and the copied list say it in Spanish.
    text, tip = _reason_cell(w)
    assert text == DAMAGED_ES and tip == DAMAGED_ES
    details = w.importer.summary_dialog.details_text()
    assert DAMAGED_ES in details and DAMAGED not in details
    w.importer.summary_dialog.close()
    # (b) the library stores English; its details pane shows the reason in Spanish.
    failed = empty_library.resources(status=Status.FAILED)
    assert [r.status_reason for r in failed] == [DAMAGED]
    qtbot.waitUntil(lambda: w.sidebar._find("failed") is not None)
    w.sidebar.setCurrentItem(w.sidebar._find("failed"))
    qtbot.waitUntil(lambda: w.model.rowCount() == 1 and not w.model.loading)
    w.browser.current_view().setCurrentIndex(w.model.index(0, 0))
    assert w.details.resource is not None and w.details.resource.status is Status.FAILED
    status = w.details.fields["status"].text()
    assert status == f"No se pudo leer: {DAMAGED_ES}", status
    assert DAMAGED not in status
    w.close()


def test_english_import_summary_keeps_the_core_english(
    qtbot,
    empty_library,
    runner,
    settings,
    tmp_path: Path,
    make_pdf,
) -> None:
    assert i18n.language() == "en"
    w = make_window(qtbot, empty_library, runner, settings)
    _drop_broken_pdf(qtbot, w, tmp_path / "drop", make_pdf)
    text, tip = _reason_cell(w)
    assert text == DAMAGED and tip == DAMAGED and DAMAGED_ES not in text
    w.importer.summary_dialog.close()
    failed = empty_library.resources(status=Status.FAILED)[0]
    w.details.set_resource(failed)
    assert w.details.fields["status"].text() == f"Could not be read — {DAMAGED}"
    w.close()


def test_spanish_missing_talk_and_a_refused_relink_are_spanish(
    qtbot,
    spanish,
    home,
    runner,
    settings,
    tmp_path: Path,
    monkeypatch,
) -> None:
    from real_desktop.core.library import Library

    lib = Library.open(home)  # the starter library lists recorded talks without their files
    try:
        w = make_window(qtbot, lib, runner, settings)
        missing = [r for r in lib.resources(status=Status.MISSING) if r.status_reason == NOT_HERE]
        assert missing, "the starter library should list talks that are not on this computer"
        # (b) a missing resource's reason, in the details pane.
        w.details.set_resource(missing[0])
        status = w.details.fields["status"].text()
        assert status == f"Falta: {NOT_HERE_ES}", status
        assert NOT_HERE not in status
        # (c) the core refuses a folder as the talk's file: the player says why in Spanish.
        w.details.open_button.click()
        qtbot.waitUntil(lambda: w.current_viewer is w.player_view)
        view = w.player_view
        folder = tmp_path / "not-a-video"
        folder.mkdir()
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(folder), ""))
        )
        view.locate_button.click()
        label = view.header.message_label
        qtbot.waitUntil(lambda: label.text().endswith(NOT_A_FILE_ES), timeout=10000)
        assert str(folder) in label.text() and NOT_A_FILE not in label.text()
        assert view.locate_button.isEnabled()
        w.close()
    finally:
        lib.close()


def test_spanish_pack_dialog_says_why_a_file_is_not_a_pack(
    qtbot, spanish, empty_library, sync_tasks, tmp_path: Path
) -> None:
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.packs.drive_dialog import AddFromDriveDialog

    drive = tmp_path / "usb"
    drive.mkdir()
    (drive / "broken.realpack").write_bytes(b"not a zip at all")
    d = AddFromDriveDialog(empty_library, sync_tasks, ActionRegistry(), roots=[drive])
    qtbot.addWidget(d)
    assert d.tree.topLevelItemCount() == 1
    item = d.tree.topLevelItem(0)
    assert item.text(3) == "No es un paquete válido"
    tip = item.toolTip(3)
    assert NOT_A_PACK_ES in tip and NOT_A_PACK not in tip, tip
    d.tree.setCurrentItem(item)
    detail = d.detail.text()
    assert detail.startswith("Este archivo no es un paquete de contenido válido: ")
    assert NOT_A_PACK_ES in detail and NOT_A_PACK not in detail, detail
