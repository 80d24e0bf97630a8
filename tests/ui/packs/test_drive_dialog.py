""""Add content from a drive…" on real packs in a folder standing in for a USB stick:
what it lists, install, update, Cancel (the library exactly as it was), a hostile pack, an
untrusted publisher when signed packs are required, and the window's one change event."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from real_desktop.ui.packs.drive_dialog import AddFromDriveDialog
from real_desktop.ui.tasks import TaskRunner
from tests.ui.packs.conftest import flip_member_byte, make_pack


def rows(d: AddFromDriveDialog) -> list[list[str]]:
    return [[d.tree.topLevelItem(i).text(c) for c in range(d.tree.columnCount())]
            for i in range(d.tree.topLevelItemCount())]  # fmt: skip


def checkable(d: AddFromDriveDialog, i: int) -> bool:
    return bool(d.tree.topLevelItem(i).flags() & Qt.ItemFlag.ItemIsUserCheckable)


def dialog(qtbot, lib, tasks, registry, drive: Path, **kw) -> tuple[AddFromDriveDialog, list[int]]:
    changes: list[int] = []
    d = AddFromDriveDialog(lib, tasks, registry, roots=[drive], changed=lambda: changes.append(1), **kw)
    qtbot.addWidget(d)
    return d, changes


def test_lists_installs_then_offers_the_update(qtbot, tmp_path, lib, sync_tasks, registry) -> None:
    drive = tmp_path / "usb"
    make_pack(tmp_path, drive / "guides-1.realpack")
    (drive / "broken.realpack").write_bytes(b"not a zip at all")
    d, changes = dialog(qtbot, lib, sync_tasks, registry, drive)
    got = {r[0]: r for r in rows(d)}
    assert set(got) == {"City guides", "broken.realpack"}
    title, publisher, version, what, signature, size = got["City guides"]
    assert (publisher, version, what, signature) == ("League of Cities", "1", "New", "Not signed")
    assert size.endswith("KB")
    assert got["broken.realpack"][3] == "Not a valid pack"
    valid = [i for i in range(2) if d.tree.topLevelItem(i).text(0) == "City guides"][0]
    assert checkable(d, valid) and not checkable(d, 1 - valid)
    assert "1 selected" in d.space.text() and "free" in d.space.text()
    assert d.install_button.isEnabled()

    d.install_button.click()
    assert "“City guides” 1 installed (2 items)" in d.message.text()
    assert changes == [1]
    hits = lib.search("zanzibar").hits
    assert hits and hits[0].location.page == 1  # the prebuilt index, no extraction
    assert {r[3] for r in rows(d) if r[0] == "City guides"} == {"Already installed"}
    assert not d.install_button.isEnabled()  # nothing ticked now

    # A newer version on the stick: offered as an update, from → to.
    make_pack(tmp_path, drive / "guides-2.realpack", version="2", extra={"youth.pdf": ["Youth axolotl page."]})
    d.rescan()
    upd = [r for r in rows(d) if r[2] == "1 → 2"]
    assert upd and upd[0][3] == "Updates the installed 1"
    d.install_button.click()
    assert "updated from 1 to 2" in d.message.text()
    assert lib.search("axolotl").hits and changes == [1, 1]


def test_choose_a_pack_file_lists_it(qtbot, tmp_path, lib, sync_tasks, registry, monkeypatch) -> None:
    pack = make_pack(tmp_path, tmp_path / "downloads" / "guides.realpack")
    empty = tmp_path / "usb"
    empty.mkdir()
    d, _ = dialog(qtbot, lib, sync_tasks, registry, empty)
    assert rows(d) == [] and "No content packs" in d.heading.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(pack), "")))
    d.file_button.click()
    assert [r[0] for r in rows(d)] == ["City guides"]


def test_cancel_leaves_the_library_exactly_as_it_was(qtbot, tmp_path, lib, registry, monkeypatch) -> None:
    import real_desktop.core.packs.staging as staging

    drive = tmp_path / "usb"
    make_pack(tmp_path, drive / "guides.realpack")
    before = (lib.count(), lib.db.connection().execute("SELECT COUNT(*) FROM segments").fetchone()[0])
    # The copy waits at its first member until Cancel was pressed: no race with a fast disk.
    gate = threading.Event()
    real_read = staging.read_member

    def held(*a, **k):
        assert gate.wait(20)
        return real_read(*a, **k)

    monkeypatch.setattr(staging, "read_member", held)
    tasks = TaskRunner()
    try:
        d, changes = dialog(qtbot, lib, tasks, registry, drive)
        qtbot.waitUntil(lambda: d.tree.topLevelItemCount() == 1)
        d.install_button.click()
        qtbot.waitUntil(lambda: d.task is not None and not d.progress.isHidden())
        assert not d.close_button.isEnabled()
        d.progress.cancel_button.click()
        gate.set()
        qtbot.waitUntil(lambda: not d.installing, timeout=20000)
    finally:
        gate.set()
        tasks.shutdown()
    assert "was not installed (cancelled)" in d.message.text()
    assert changes == []
    after = (lib.count(), lib.db.connection().execute("SELECT COUNT(*) FROM segments").fetchone()[0])
    assert after == before
    from real_desktop.core.packs.install import PackManager

    assert PackManager(lib).installed() == []
    assert not any((lib.home / "packs").glob(".staging-*")) and not (lib.home / "packs" / "journal.json").exists()


def test_a_hostile_pack_is_refused_naming_the_member(qtbot, tmp_path, lib, sync_tasks, registry) -> None:
    good = make_pack(tmp_path, tmp_path / "good.realpack")
    drive = tmp_path / "usb"
    drive.mkdir()
    member = flip_member_byte(good, drive / "guides.realpack", "budget.pdf")
    d, changes = dialog(qtbot, lib, sync_tasks, registry, drive)
    assert rows(d)[0][3] == "New"  # only the manifest is read to list it
    d.install_button.click()
    text = d.message.text()
    assert "was not installed" in text and member in text and "Nothing was changed" in text
    assert changes == [] and lib.count() == 0


def test_untrusted_publisher_is_refused_when_signed_packs_are_required(
    qtbot, tmp_path, lib, sync_tasks, registry
) -> None:
    from real_desktop.core.packs.install import PackManager
    from real_desktop.core.packs.signing import TrustStore, keygen

    key = tmp_path / "keys" / "publisher.key"
    key.parent.mkdir()
    keygen(key)
    drive = tmp_path / "usb"
    make_pack(tmp_path, drive / "signed.realpack", keyfile=key)
    PackManager(lib).require_signed = True
    d, _ = dialog(qtbot, lib, sync_tasks, registry, drive)
    assert rows(d)[0][4] == "Signed · not trusted"
    assert not checkable(d, 0) and not d.install_button.isEnabled()
    assert "only installs packs signed by a trusted publisher" in d.detail.text()
    # Trusted: now it can go in.
    TrustStore(lib.home).trust(Path(f"{key}.pub"))
    d.rescan()
    assert rows(d)[0][4] == "Signed · trusted" and checkable(d, 0)
    d.install_button.click()
    assert "installed" in d.message.text() and lib.count() == 2


def test_the_window_menu_installs_and_the_library_refreshes(
    qtbot, tmp_path, library, sync_tasks, settings, monkeypatch
) -> None:
    import real_desktop.core.packs.drives as drives
    from tests.ui.test_main_window import make_window

    drive = tmp_path / "usb"
    make_pack(tmp_path, drive / "guides.realpack")
    monkeypatch.setattr(drives, "removable_roots", lambda: [drive])
    opened: list[AddFromDriveDialog] = []

    def run(self) -> int:  # the person ticks nothing more and presses Install
        opened.append(self)
        self.install_selected()
        return 0

    monkeypatch.setattr(AddFromDriveDialog, "exec", run)
    w = make_window(qtbot, library, sync_tasks, settings)
    kinds: list[str] = []
    w.events.changed.connect(lambda kind, _ids: kinds.append(kind))
    act = w.window_actions["file.add_from_drive"]
    assert act in w.menuBar().actions()[0].menu().actions()
    rows_before = w.model.rowCount()
    act.trigger()
    assert opened and kinds == ["packs"]
    qtbot.waitUntil(lambda: w.model.rowCount() == rows_before + 2)
    w.close()
    shutil.rmtree(drive)
