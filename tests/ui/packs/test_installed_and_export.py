""""Content packs…" (list, update from a file, remove asking about notes, the inbox and
signed-only settings), "Export as content pack…", and the inbox polled by the window."""

from __future__ import annotations

import json
import shutil

from PySide6.QtWidgets import QFileDialog

from real_desktop.core.models import Location, LocationKind
from real_desktop.core.notes import NoteStore
from real_desktop.core.packs.archive import verify
from real_desktop.core.packs.inbox import inbox_folder
from real_desktop.core.packs.install import PackManager
from real_desktop.ui.packs import installed_dialog
from real_desktop.ui.packs.export_dialog import ExportPackDialog
from real_desktop.ui.packs.inbox import PackInboxWatch
from real_desktop.ui.packs.installed_dialog import InstalledPacksDialog
from real_desktop.ui.window.operations import LibraryEvents
from tests.ui.packs.conftest import make_pack


def table(d: InstalledPacksDialog) -> list[list[str]]:
    return [[d.tree.topLevelItem(i).text(c) for c in range(d.tree.columnCount())]
            for i in range(d.tree.topLevelItemCount())]  # fmt: skip


def test_list_update_and_remove_exporting_notes_first(qtbot, tmp_path, lib, sync_tasks, registry, monkeypatch) -> None:
    manager = PackManager(lib)
    manager.install(make_pack(tmp_path, tmp_path / "v1.realpack"))
    item = lib.search("zanzibar").hits[0].resource_id
    NoteStore(lib).create(item, Location(LocationKind.PAGE, page=1), "Bring this to the budget workshop")
    changes: list[int] = []
    d = InstalledPacksDialog(lib, sync_tasks, registry, changed=lambda: changes.append(1))
    qtbot.addWidget(d)
    assert table(d) == [["City guides", "1", "League of Cities", "2", "1", "Not signed", table(d)[0][6]]]
    assert not d.remove_button.isHidden() and d.remove_button.isEnabled()

    # Update from a newer file: the note stays on its item.
    v2 = make_pack(tmp_path, tmp_path / "v2.realpack", version="2", extra={"youth.pdf": ["Axolotl youth page."]})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(v2), "")))
    d.update_button.click()
    assert "updated from 1 to 2" in d.message.text() and changes == [1]
    assert table(d)[0][1:5] == ["2", "League of Cities", "3", "1"]

    # Remove: asked about the note, exported first, then gone; the note itself is kept.
    asked = []
    d.ask = lambda parent, title, items, notes, **k: asked.append((title, items, notes)) or installed_dialog.EXPORT_FIRST
    out = tmp_path / "saved-notes.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    d.remove_button.click()
    assert asked == [("City guides", 3, 1)]
    assert "was removed" in d.message.text() and str(out) in d.message.text()
    assert changes == [1, 1] and manager.installed() == [] and lib.count() == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert "budget workshop" in json.dumps(exported)
    assert len(NoteStore(lib).for_resource(item)) == 1  # notes are never deleted with a pack
    assert d.tree.isHidden() and not d.empty.isHidden()


def test_remove_cancelled_changes_nothing(qtbot, tmp_path, lib, sync_tasks, registry) -> None:
    PackManager(lib).install(make_pack(tmp_path, tmp_path / "v1.realpack"))
    d = InstalledPacksDialog(lib, sync_tasks, registry)
    qtbot.addWidget(d)
    d.ask = lambda *a, **k: None
    d.remove_button.click()
    assert len(PackManager(lib).installed()) == 1 and lib.count() == 2


def test_inbox_and_signed_settings_are_saved(qtbot, tmp_path, lib, sync_tasks, registry, monkeypatch) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    d = InstalledPacksDialog(lib, sync_tasks, registry)
    qtbot.addWidget(d)
    assert d.inbox_label.text() == "Inbox folder: none" and not d.inbox_clear.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(inbox)))
    d.inbox_browse.click()
    assert inbox_folder(lib) == inbox and str(inbox) in d.inbox_label.text()
    d.signed_box.setChecked(True)
    assert PackManager(lib).require_signed
    d.inbox_clear.click()
    assert inbox_folder(lib) is None and PackManager(lib).require_signed


def test_export_selected_items_as_a_pack(qtbot, tmp_path, library, sync_tasks, registry) -> None:
    ids = [r.id for r in library.resources()][:2]
    d = ExportPackDialog(library, sync_tasks, registry, selected_ids=ids, collections=[])
    qtbot.addWidget(d)
    assert d.selected_radio.isChecked() and not d.collection_radio.isEnabled()
    assert not d.export_button.isEnabled()  # no title, no file yet
    d.title.setText("Workshop handouts")
    assert d.pack_id.text() == "workshop-handouts"
    d.publisher.setText("Trainer")
    d.out.setText(str(tmp_path / "handouts.realpack"))
    d.export_button.click()
    assert "Wrote" in d.message.text() and "(2 items)" in d.message.text()
    vp = verify(tmp_path / "handouts.realpack")
    assert vp.manifest.title == "Workshop handouts" and {it.id for it in vp.manifest.items} == set(ids)


def test_export_cancelled_writes_no_file(qtbot, tmp_path, library, sync_tasks, registry, monkeypatch) -> None:
    import real_desktop.ui.packs.export_dialog as export_dialog

    real = export_dialog.export_pack

    def cancelled_at_once(*a, cancel=None, **k):
        cancel.set()  # as if Cancel came in before the first item
        return real(*a, cancel=cancel, **k)

    monkeypatch.setattr(export_dialog, "export_pack", cancelled_at_once)
    d = ExportPackDialog(library, sync_tasks, registry, selected_ids=[library.resources()[0].id])
    qtbot.addWidget(d)
    d.title.setText("X")
    d.out.setText(str(tmp_path / "x.realpack"))
    d.export_button.click()
    assert d.message.text() == "Cancelled; no pack was written."
    assert list(tmp_path.glob("*.realpack*")) == [] and list(tmp_path.glob(".x.realpack*")) == []


def test_inbox_installs_complete_packs_and_leaves_partial_ones(qtbot, tmp_path, lib, sync_tasks, registry) -> None:
    from real_desktop.core.packs.inbox import set_inbox_folder

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    set_inbox_folder(lib, inbox)
    pack = make_pack(tmp_path, tmp_path / "built" / "guides.realpack")
    shutil.copy(pack, inbox / ".syncthing.guides.realpack.tmp")  # still arriving
    events = LibraryEvents()
    kinds: list[str] = []
    events.changed.connect(lambda kind, _ids: kinds.append(kind))
    said: list[str] = []
    watch = PackInboxWatch(lambda: lib, sync_tasks, events, lambda t, _ms: said.append(t), registry)
    watch.poll()
    watch.poll()
    assert lib.count() == 0 and kinds == []
    (inbox / ".syncthing.guides.realpack.tmp").rename(inbox / "guides.realpack")
    watch.poll()  # first sight: looked at, not yet trusted to be complete
    assert lib.count() == 0
    watch.poll()
    assert lib.count() == 2 and kinds == ["packs"]
    assert said and "City guides 1 installed" in said[-1]
    watch.poll()  # nothing new: nothing said, no event
    assert kinds == ["packs"]


def test_inbox_follows_the_policy(qtbot, tmp_path, lib, sync_tasks, registry) -> None:
    from real_desktop.core.packs.inbox import set_inbox_folder
    from real_desktop.core.policy import Action, Policy

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    set_inbox_folder(lib, inbox)
    shutil.copy(make_pack(tmp_path, tmp_path / "b" / "g.realpack"), inbox / "g.realpack")
    registry.set_policy(Policy("no packs", frozenset({Action.PACKS})))
    watch = PackInboxWatch(lambda: lib, sync_tasks, LibraryEvents(), lambda *a: None, registry)
    for _ in range(3):
        watch.poll()
    assert lib.count() == 0


def test_every_pack_dialog_locks_down_under_a_deny_all_policy(qtbot, tmp_path, lib, sync_tasks, registry) -> None:
    from real_desktop.ui.packs.drive_dialog import AddFromDriveDialog
    from tests.ui.test_action_walk import NOTHING, check_denied

    (tmp_path / "usb").mkdir()
    dialogs = [
        AddFromDriveDialog(lib, sync_tasks, registry, roots=[tmp_path / "usb"]),
        InstalledPacksDialog(lib, sync_tasks, registry),
        ExportPackDialog(lib, sync_tasks, registry, selected_ids=["x"]),
    ]
    for d in dialogs:
        qtbot.addWidget(d)
    registry.set_policy(NOTHING)
    seen = {i for d in dialogs for i in check_denied(d, registry)}
    assert {"packs.install", "packs.cancel", "packs.choose_file", "packs.remove", "packs.inbox_browse",
            "packs.require_signed", "packs.export", "packs.export_out"} <= seen  # fmt: skip
