"""A real library with a video, a PDF and a Markdown guide, and an agenda over them
(used by the fixtures and by the subprocess tests)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "core"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "player"))
from core_fixtures import write_pdf  # noqa: E402
from media_files import make_video  # noqa: E402

from real_desktop.core.agendas.store import AgendaStore  # noqa: E402
from real_desktop.core.library import Library  # noqa: E402
from real_desktop.core.models import Kind  # noqa: E402


def build_home(root: Path) -> tuple[Path, str]:
    """(library home, agenda id): clip 1.0–2.0 of a 4 s video, pages 2–3 of a 6-page PDF,
    a whole Markdown guide, and an item whose resource is not on this computer."""
    files = root / "files"
    files.mkdir(parents=True)
    make_video(files / "talk.mp4")
    write_pdf(files / "guide.pdf", [f"Guide page {n}" for n in range(1, 7)], title="Guide")
    (files / "notes.md").write_text("# Ground rules\n\n- Listen first\n", encoding="utf-8")
    home = root / "home"
    lib = Library.open(home, seed=False)
    lib.import_all([files])
    by = {r.format: r for r in lib.resources()}
    store = AgendaStore(lib.db, lib.catalog)
    a = store.create("Equity workshop")
    store.add_item(a.id, by["mp4"].id, clip=(1.0, 2.0), minutes=3,
                   points="- Watch for the **budget** line", questions="1. What did you notice?")
    store.add_item(a.id, by["pdf"].id, pages=(2, 3), minutes=10, points="Read together")
    store.add_item(a.id, by["md"].id, minutes=5)
    assert by["mp4"].kind == Kind.VIDEO
    # The last item names a resource from another computer.
    from real_desktop.core.agendas.share import import_data, to_data

    data = to_data(store.get(a.id))
    data["items"] = data["items"][:3] + [{"resource_id": "elsewhere", "kind": "resource",
                                          "title": "Film from another library"}]
    agenda = import_data(store, data).agenda
    store.delete(a.id)
    store.rename(agenda.id, "Equity workshop")
    lib.close()
    return home, agenda.id
