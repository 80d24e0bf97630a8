"""`real-desktop pack …`, exactly as the issue's command-line contract says."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from real_desktop.cli import main
from real_desktop.core.library import Library

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from core_fixtures import write_pdf  # noqa: E402


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    monkeypatch.setenv("REAL_DESKTOP_ASSETS", str(tmp_path / "no-starter"))
    src = tmp_path / "course"
    src.mkdir()
    (src / "guide.md").write_text("# Guide\n\nAbout the okapi herd.\n", encoding="utf-8")
    write_pdf(src / "report.pdf", ["The narwhal page.", "Second page."])
    return {"home": tmp_path / "home", "src": src, "dir": tmp_path}


def run(env: dict[str, Path], *args: str) -> int:
    return main(["--home", str(env["home"]), *args])


def test_keygen_build_sign_verify_trust_install(env: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    key, pack = env["dir"] / "pub.key", env["dir"] / "c.realpack"
    assert run(env, "pack", "keygen", str(key)) == 0
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600 and key.with_name("pub.key.pub").is_file()
    assert run(env, "pack", "build", str(env["src"]), "-o", str(pack), "--title", "Course", "--id", "course",
               "--version", "2", "--publisher", "Trainers", "--language", "en", "--sign", str(key)) == 0  # fmt: skip
    assert "Course 2 (course), 2 items" in capsys.readouterr().out
    assert run(env, "pack", "verify", str(pack)) == 0
    assert run(env, "pack", "install", str(pack), "--require-signed") == 1
    assert "untrusted publisher" in capsys.readouterr().err
    assert run(env, "pack", "trust", str(key.with_name("pub.key.pub"))) == 0
    fp = capsys.readouterr().out.split()[-1]
    assert run(env, "pack", "trusted", "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["fingerprint"] == fp
    assert run(env, "pack", "install", str(pack), "--require-signed") == 0
    assert run(env, "pack", "install", str(pack)) == 0
    assert "already installed" in capsys.readouterr().out
    assert run(env, "search", "narwhal") == 0
    assert "narwhal" in capsys.readouterr().out.lower()
    assert run(env, "pack", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["id"], p["version"], p["trusted"]) for p in listed] == [("course", "2", True)]
    assert run(env, "pack", "untrust", fp) == 0
    assert run(env, "pack", "trusted") == 0
    assert "No trusted publishers" in capsys.readouterr().out


def test_verify_invalid_exit_1_with_reason(env: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    pack = env["dir"] / "c.realpack"
    assert run(env, "pack", "build", str(env["src"]), "-o", str(pack)) == 0
    data = bytearray(pack.read_bytes())
    with zipfile.ZipFile(pack) as zf:
        zi = next(z for z in zf.infolist() if z.filename.endswith(".pdf"))
    data[zi.header_offset + 30 + len(zi.filename) + 40] ^= 1
    pack.write_bytes(bytes(data))
    capsys.readouterr()
    assert run(env, "pack", "verify", str(pack)) == 1
    err = capsys.readouterr().err
    assert "invalid" in err and "report.pdf" in err
    assert run(env, "pack", "install", str(pack)) == 1
    lib = Library.open(env["home"], seed=False)
    assert lib.count() == 0
    lib.close()


def test_from_library_and_remove_with_notes(env: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    lib = Library.open(env["home"], seed=False)
    lib.import_all([env["src"]])
    rid = next(r.id for r in lib.resources() if r.format == "md")
    lib.update_metadata(rid, collection="Basics")
    from real_desktop.core.notes import NoteStore

    NoteStore(lib).create(rid, body="my note")
    lib.close()
    pack = env["dir"] / "lib.realpack"
    assert run(env, "pack", "build", "--from-library", "--collection", "Basics", "-o", str(pack), "--id", "basics") == 0
    other = env["dir"] / "other-home"
    assert main(["--home", str(other), "pack", "install", str(pack)]) == 0
    capsys.readouterr()
    assert main(["--home", str(other), "pack", "list"]) == 0
    assert "basics" in capsys.readouterr().out
    notes = env["dir"] / "notes.json"
    assert main(["--home", str(other), "pack", "remove", "basics", "--export-notes", str(notes)]) == 0
    assert json.loads(notes.read_text(encoding="utf-8"))["notes"] == []  # none on that computer
    assert main(["--home", str(other), "pack", "remove", "basics"]) == 1
    assert run(env, "pack", "build", "--from-library", "-o", str(pack)) == 2  # no ids


def test_search_does_not_load_packs_or_cryptography(env: dict[str, Path]) -> None:
    Library.open(env["home"], seed=False).close()
    code = (
        "import contextlib, io, sys, json\n"
        "from real_desktop.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['--home', {str(env['home'])!r}, 'search', 'x'])\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "REAL_DESKTOP_ASSETS": str(env["dir"] / "none")})  # fmt: skip
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert "real_desktop.core.library" in loaded  # the search really ran
    assert not [m for m in loaded if m.startswith(("cryptography", "real_desktop.core.packs"))]
