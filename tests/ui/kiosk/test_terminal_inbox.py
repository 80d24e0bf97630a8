"""A kiosk terminal installs the packs a library system pushes into its inbox folder, into
the library on disk (visitors' sessions are in-memory copies and may not install packs),
and the next visitor's session has them."""

from __future__ import annotations

from pathlib import Path

from real_desktop.core.kiosk.config import KioskConfig
from real_desktop.core.kiosk.pin import hash_pin
from real_desktop.core.kiosk.session import SessionStore
from real_desktop.core.library import Library
from real_desktop.core.packs.inbox import set_inbox_folder
from real_desktop.core.packs.install import PackManager
from real_desktop.ui.kiosk.controller import KioskController
from real_desktop.ui.tasks import TaskRunner
from tests.ui.packs.conftest import make_pack


def test_a_pack_dropped_in_the_inbox_is_installed_for_the_next_visitor(
    qapp, home: Path, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with Library.open(home, seed=False) as lib:
        set_inbox_folder(lib, inbox)
    make_pack(tmp_path, inbox / "city-guides.realpack")
    (inbox / ".syncthing.next.realpack.tmp").write_bytes(b"PK\x03\x04 still arriving")

    tasks = TaskRunner(synchronous=True)
    config = KioskConfig(enabled=True, pin_hash=hash_pin("2468"), idle_minutes=5)
    c = KioskController(qapp, config, home, tasks)
    seen: list[object] = []
    c.inbox.polled.connect(seen.extend)
    try:
        c.admin_window = object()  # the admin tools are open: their window polls instead
        c.inbox.poll()
        c.inbox.poll()
        assert seen == []
        c.admin_window = None
        for _ in range(3):  # a file is taken once it looked the same on two polls
            c.inbox.poll()
        assert [e.outcome for e in seen] == ["installed"]  # the partial file left alone
    finally:
        c.inbox.stop()
        c.admin_window = None
        c.shutdown()
        tasks.shutdown()

    with Library.open(home, seed=False) as lib:
        assert "city-guides" in [r.id for r in PackManager(lib).installed()]
    session = SessionStore(home)
    visitor = session.open()
    try:
        assert visitor.search("zanzibar").hits
    finally:
        session.end()
