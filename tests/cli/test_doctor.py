"""`real-desktop doctor [--json]` against real parts: a real library file, the real Qt
and libvlc loaded in the doctor's child processes, and broken set-ups made for real
(a damaged database, no display, a libvlc that cannot load)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from real_desktop.cli import main


def doctor(capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, dict]:
    code = main(["doctor", "--json", *extra])
    doc = json.loads(capsys.readouterr().out)
    return code, doc


def by_name(doc: dict) -> dict[str, dict]:
    return {c["name"]: c for c in doc["checks"]}


@pytest.fixture
def no_kiosk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REAL_DESKTOP_KIOSK_CONFIG", str(tmp_path / "no-kiosk.ini"))


def test_healthy_library(home: Path, no_kiosk: None, capsys: pytest.CaptureFixture[str]) -> None:
    from real_desktop.core.library import Library

    Library.open(home).close()
    code, doc = doctor(capsys)
    checks = by_name(doc)
    assert code == 0 and doc["ok"] is True, doc
    assert {"version", "data folder", "database", "media player", "qt", "fonts",
            "speech/OCR", "kiosk"} <= set(checks)  # fmt: skip
    assert checks["data folder"]["details"]["path"] == str(home)
    assert checks["data folder"]["details"]["free_bytes"] > 0
    db = checks["database"]["details"]
    assert db["integrity"] == ["ok"] and db["schema"] == db["latest_schema"]
    media = checks["media player"]
    assert media["status"] == "ok" and media["details"]["loaded"] is True
    assert media["details"]["plugins"] > 50 and media["details"]["version"].startswith("3.")
    qt = checks["qt"]["details"]
    assert qt["platform"] == "offscreen" and "xcb" in qt["platforms"] and qt["qtpdf"] is True
    assert checks["fonts"]["details"]["fonts"] > 0
    assert checks["kiosk"]["status"] == "ok" and "not configured" in checks["kiosk"]["summary"]
    from real_desktop import version

    assert doc["version"] == version() == checks["version"]["details"]["version"]


def test_damaged_database_is_a_problem_with_a_fix(
    home: Path, no_kiosk: None, capsys: pytest.CaptureFixture[str]
) -> None:
    (home / "library.db").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    code, doc = doctor(capsys)
    db = by_name(doc)["database"]
    assert code == 1 and doc["ok"] is False
    assert db["status"] == "problem" and "backups" in db["fix"]


def test_no_display_says_how_to_get_one(
    home: Path, no_kiosk: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    code, doc = doctor(capsys)
    qt = by_name(doc)["qt"]
    assert code == 1 and qt["status"] == "problem"
    assert "DISPLAY" in qt["fix"] and "offscreen" in qt["fix"]
    assert qt["summary"] == "the window cannot start: there is no display to open it on"


def test_missing_libvlc_falls_back_to_qt(
    home: Path, no_kiosk: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setenv("PYTHON_VLC_LIB_PATH", str(tmp_path / "no-libvlc.so.5"))
    code, doc = doctor(capsys)
    media = by_name(doc)["media player"]
    assert media["status"] == "warn" and media["details"]["loaded"] is False
    assert "Qt Multimedia" in media["summary"] and "libvlc5" in media["fix"]
    assert code == 0  # videos still play: a warning, not a failure


def test_text_report_shows_problems_and_fixes(
    home: Path, no_kiosk: None, capsys: pytest.CaptureFixture[str]
) -> None:
    (home / "library.db").write_bytes(b"not a database at all" * 100)
    code = main(["doctor"])
    out = capsys.readouterr().out
    assert code == 1
    assert any(line.startswith("PROBLEM  database") for line in out.splitlines())
    assert "fix: Restore the latest copy" in out and "Some problems need fixing" in out
    assert any(line.startswith("ok       version") for line in out.splitlines())


def test_doctor_imports_no_qt() -> None:
    code = ("import sys, real_desktop.cli.doctor; "
            "sys.exit(any(m.split('.')[0] in ('PySide6', 'vlc') for m in sys.modules))")  # fmt: skip
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_kiosk_on_without_pin_is_a_problem(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("real_desktop.core.kiosk.config", reason="kiosk mode is not in this version")
    ini = tmp_path / "kiosk.ini"
    ini.write_text("[kiosk]\nenabled = true\n")
    monkeypatch.setenv("REAL_DESKTOP_KIOSK_CONFIG", str(ini))
    code, doc = doctor(capsys)
    kiosk = by_name(doc)["kiosk"]
    assert code == 1 and kiosk["status"] == "problem"
    assert "no admin PIN" in kiosk["summary"] and "kiosk setup --pin-file" in kiosk["fix"]


def test_unreadable_kiosk_configuration_is_a_problem(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("real_desktop.core.kiosk.config", reason="kiosk mode is not in this version")
    ini = tmp_path / "kiosk.ini"
    ini.write_text("not an ini file")
    monkeypatch.setenv("REAL_DESKTOP_KIOSK_CONFIG", str(ini))
    code, doc = doctor(capsys)
    assert code == 1 and by_name(doc)["kiosk"]["status"] == "problem"
