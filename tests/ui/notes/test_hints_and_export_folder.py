"""Defect 9 in the notes screens: the empty notes pane names the key of the viewer it sits
beside (from the action registry), and the export dialog opens in the user's Documents
folder, then wherever the last export went — never the process's working directory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from real_desktop.core.library import Library
from real_desktop.core.notes import NoteStore
from real_desktop.ui.actions.registry import ActionRegistry


def key(reg: ActionRegistry, action_id: str) -> str:
    from PySide6.QtGui import QKeySequence

    return reg.key_sequences(action_id)[0].toString(QKeySequence.SequenceFormat.NativeText)


def test_the_empty_pane_names_the_viewers_own_key(panel: Any, library: Library) -> None:
    reg: ActionRegistry = panel.registry
    panel.set_resource(library.get("pdf"))
    hint = panel.empty.text()
    assert f"Press {key(reg, 'doc.add_note')}," in hint and "Ctrl+Shift+N" in hint
    assert "while watching" not in hint and "Press N " not in hint
    assert f"press {key(reg, 'pdf.highlight')} to highlight" in hint
    panel.set_resource(library.get("vid"))
    hint = panel.empty.text()
    assert f"Press {key(reg, 'player.add_note')} while watching" in hint
    assert "highlight" not in hint


def test_export_dialog_starts_in_documents_then_in_the_last_folder(
    qtbot: Any,
    store: NoteStore,
    library: Library,
    sync_tasks: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QStandardPaths

    from real_desktop.ui.notes import export_dialog as mod

    monkeypatch.setenv("REAL_DESKTOP_HOME", str(tmp_path / "data"))  # the settings file
    user = tmp_path / "user"
    (user / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(user))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user / ".config"))
    docs = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    assert docs == user / "Documents"
    elsewhere = tmp_path / "started-here"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)

    out = tmp_path / "out"
    out.mkdir()
    asked: list[str] = []

    def save_file(policy: Any, parent: Any, caption: str, suggested: str = "", filters: str = ""):
        asked.append(suggested)
        return out / "mine.md"

    monkeypatch.setattr(mod.guarded, "save_file", save_file)
    d = mod.ExportDialog(store, sync_tasks, resource_id="pdf", library=library)
    qtbot.addWidget(d)
    d.set_format("md")
    d.choose_and_export()
    assert Path(asked[0]).parent == docs  # not the working directory
    assert (out / "mine.md").is_file()
    # The next export (even after a restart: the settings file) starts where this one went.
    again = mod.ExportDialog(store, sync_tasks, resource_id="pdf", library=library)
    qtbot.addWidget(again)
    again.set_format("md")
    again.choose_and_export()
    assert Path(asked[1]).parent == out
