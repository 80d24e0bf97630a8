"""Agendas travel in content packs: build --from-library, install elsewhere, same agenda."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest

from real_desktop.cli import main
from real_desktop.core.agendas.store import AgendaStore
from real_desktop.core.library import Library
from real_desktop.core.packs.archive import read_manifest, verify
from real_desktop.core.packs.install import PackManager
from real_desktop.core.packs.manifest import PackError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from core_fixtures import make_video, write_pdf  # noqa: E402


@pytest.fixture
def src(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, dict[str, str]]:
    monkeypatch.setenv("REAL_DESKTOP_ASSETS", str(tmp_path / "no-starter"))
    files = tmp_path / "files"
    files.mkdir()
    write_pdf(files / "guide.pdf", ["one", "two", "three", "four"], title="Equity Guide")
    make_video(files / "talk.mp4", seconds=4)
    write_pdf(files / "other.pdf", ["elsewhere"], title="Other")
    home = tmp_path / "home"
    lib = Library.open(home, seed=False)
    lib.import_all([files])
    ids = {r.title: r.id for r in lib.resources()}
    lib.close()
    return str(home), ids


def run(home: str, *argv: str) -> int:
    return main(["--home", home, *argv])


def _agenda(home: str, ids: dict[str, str], name: str, *rids: str) -> None:
    assert run(home, "agenda", "new", name) == 0
    for rid in rids:
        assert run(home, "agenda", "add", name, rid) == 0


def test_round_trip_through_a_pack(src, tmp_path, capsys):
    home, ids = src
    guide, talk, other = ids["Equity Guide"], ids["talk"], ids["Other"]
    assert run(home, "agenda", "new", "Budget day") == 0
    assert run(home, "agenda", "add", "Budget day", talk, "--from", "0:01", "--to", "0:03",
               "--points", "Open with the clip", "--minutes", "5") == 0
    assert run(home, "agenda", "add", "Budget day", guide, "--pages", "2-3") == 0
    _agenda(home, ids, "Outside", other)  # names an item not in the pack: stays home
    capsys.readouterr()
    assert run(home, "agenda", "show", "Budget day", "--json") == 0
    before = json.loads(capsys.readouterr().out)
    pack = tmp_path / "w.realpack"
    assert run(home, "pack", "build", "--from-library", guide, talk, "-o", str(pack), "--id", "w",
               "--title", "Workshop") == 0
    assert ", 1 agenda," in capsys.readouterr().out
    m, _, _ = read_manifest(pack)
    assert [a.name for a in m.agendas] == ["agendas/budget-day.agenda.json"]
    assert json.loads(zipfile.ZipFile(pack).read(m.agendas[0].name))["name"] == "Budget day"
    verify(pack)
    fresh = str(tmp_path / "fresh")
    assert run(fresh, "pack", "install", str(pack)) == 0
    capsys.readouterr()
    assert run(fresh, "agenda", "show", "Budget day", "--json") == 0
    after = json.loads(capsys.readouterr().out)
    def same(items: list[dict]) -> list[dict]:  # item ids are local to each library
        return [{k: v for k, v in i.items() if k != "id"} for i in items]

    assert same(after["items"]) == same(before["items"]) and after["minutes"] == before["minutes"]
    assert all(i["available"] for i in after["items"])
    assert run(fresh, "agenda", "show", "Outside") == 1


def test_explicit_agenda_must_stay_inside_the_pack(src, tmp_path, capsys):
    home, ids = src
    _agenda(home, ids, "Outside", ids["Other"])
    _agenda(home, ids, "Inside", ids["talk"])
    pack = tmp_path / "p.realpack"
    assert run(home, "pack", "build", "--from-library", ids["talk"], "-o", str(pack),
               "--agenda", "Outside") == 1
    assert "names items not in the pack" in capsys.readouterr().err and not pack.exists()
    assert run(home, "pack", "build", "--from-library", ids["talk"], ids["Other"], "-o", str(pack),
               "--agenda", "inside") == 0
    assert [a.name for a in read_manifest(pack)[0].agendas] == ["agendas/inside.agenda.json"]


def test_upgrade_replaces_the_packs_agendas_and_keeps_edited_ones(src, tmp_path):
    home, ids = src
    _agenda(home, ids, "Day one", ids["talk"])
    _agenda(home, ids, "Day two", ids["talk"], ids["Equity Guide"])
    v1, v2 = tmp_path / "v1.realpack", tmp_path / "v2.realpack"
    sel = [ids["talk"], ids["Equity Guide"]]
    assert run(home, "pack", "build", "--from-library", *sel, "-o", str(v1), "--id", "w") == 0
    assert run(home, "pack", "build", "--from-library", *sel, "-o", str(v2), "--id", "w", "--version", "2",
               "--agenda", "Day two") == 0
    lib = Library.open(tmp_path / "dest", seed=False)
    store = AgendaStore(lib.db, lib.catalog)
    mine = store.create("Mine")
    packs = PackManager(lib)
    packs.install(v1)
    assert sorted(a.name for a in store.list()) == ["Day one", "Day two", "Mine"]
    store.rename(store.find("Day one").id, "Day one (my version)")  # the user's now
    packs.install(v2)
    assert sorted(a.name for a in store.list()) == ["Day one (my version)", "Day two", "Mine"]
    assert len(packs.get("w").agendas) == 1
    packs.remove("w")
    assert sorted(a.name for a in store.list()) == ["Day one (my version)", "Mine"]
    assert store.get(mine.id) is not None
    lib.close()


def test_a_bad_agenda_member_installs_nothing(src, tmp_path):
    home, ids = src
    _agenda(home, ids, "Day one", ids["talk"])
    pack = tmp_path / "p.realpack"
    assert run(home, "pack", "build", "--from-library", ids["talk"], "-o", str(pack), "--id", "w") == 0
    m, _, _ = read_manifest(pack)
    name = m.agendas[0].name
    # Same size, other bytes: the checksum refuses it before anything is written.
    with zipfile.ZipFile(pack) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    members[name] = members[name].replace(b"Day one", b"Day 0ne")
    bad = tmp_path / "bad.realpack"
    with zipfile.ZipFile(bad, "w") as zf:
        for n, b in members.items():
            zf.writestr(n, b)
    lib = Library.open(tmp_path / "dest", seed=False)
    with pytest.raises(PackError, match="agenda.json"):
        PackManager(lib).install(bad)
    assert AgendaStore(lib.db, lib.catalog).list() == [] and lib.count() == 0
    lib.close()


def test_agendas_go_in_with_the_packs_transaction(src, tmp_path, monkeypatch):
    """A failure at the last moment of the install (the copy's check before the commit,
    after the agendas were written) leaves neither the pack's items nor its agendas."""
    from real_desktop.core.packs import staging

    home, ids = src
    _agenda(home, ids, "Day one", ids["talk"])
    pack = tmp_path / "p.realpack"
    assert run(home, "pack", "build", "--from-library", ids["talk"], "-o", str(pack), "--id", "w") == 0
    lib = Library.open(tmp_path / "dest", seed=False)
    real_finish = staging.Copier.finish

    def fail(self):  # noqa: ANN001, ANN202
        real_finish(self)
        if AgendaStore(lib.db, lib.catalog).list():  # written, not yet committed
            raise PackError("the drive went away")

    monkeypatch.setattr(staging.Copier, "finish", fail)
    with pytest.raises(PackError, match="drive went away"):
        PackManager(lib).install(pack)
    monkeypatch.setattr(staging.Copier, "finish", real_finish)
    assert AgendaStore(lib.db, lib.catalog).list() == [] and lib.count() == 0
    assert PackManager(lib).installed() == []
    PackManager(lib).install(pack)
    assert [a.name for a in AgendaStore(lib.db, lib.catalog).list()] == ["Day one"]
    lib.close()
