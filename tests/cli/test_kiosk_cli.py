"""`real-desktop kiosk setup|status|disable`, exactly as the issue's contract says."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from real_desktop.cli import main
from real_desktop.core.kiosk import config as kc


@pytest.fixture
def cfg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("REAL_DESKTOP_ASSETS", str(tmp_path / "no-starter"))
    monkeypatch.setenv("REAL_DESKTOP_HOME", str(tmp_path / "home"))
    return tmp_path / "etc" / "kiosk.ini"


def test_setup_status_disable(cfg: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    pin = tmp_path / "pin.txt"
    pin.write_text("5150\n", encoding="utf-8")
    assert main(["kiosk", "setup", "--config", str(cfg), "--pin-file", str(pin),
                 "--idle-minutes", "2", "--no-notes", "--print", "--signed-packs-only"]) == 0  # fmt: skip
    text = cfg.read_text(encoding="utf-8")
    assert "5150" not in text and "pin = scrypt$" in text
    c = kc.read(cfg)
    assert c is not None and c.enabled and c.idle_minutes == 2 and not c.notes and c.print
    assert c.signed_packs_only and not c.save_to_drive
    assert not (tmp_path / "home").exists()  # no library made in the administrator's folder
    capsys.readouterr()
    monkeypatch.setenv(kc.ENV, str(cfg))  # the environment variable finds it too
    assert main(["kiosk", "status", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["enabled"] is True and doc["idle_minutes"] == 2 and doc["notes"] is False
    assert doc["pin_set"] is True and "pin_hash" not in doc and "scrypt" not in json.dumps(doc)
    # Setup again: flags not given keep what the file had; the PIN comes from stdin.
    monkeypatch.setattr(sys, "stdin", io.StringIO("9876\n"))
    assert main(["kiosk", "setup", "--pin-file", "-", "--notes"]) == 0
    c = kc.read(cfg)
    assert c is not None and c.notes and c.print and c.idle_minutes == 2
    # Disable needs the PIN: the old one no longer works.
    monkeypatch.setattr(sys, "stdin", io.StringIO("5150\n"))
    assert main(["kiosk", "disable", "--pin-file", "-"]) == 1
    assert "Wrong PIN" in capsys.readouterr().err
    assert kc.active(cfg) is not None
    monkeypatch.setattr(sys, "stdin", io.StringIO("9876\n"))
    assert main(["kiosk", "disable", "--pin-file", "-"]) == 0
    assert kc.active(cfg) is None
    assert main(["kiosk", "status"]) == 0
    assert "disabled" in capsys.readouterr().out


def test_pin_never_from_the_command_line_and_bad_input(cfg: Path, tmp_path: Path, capsys) -> None:
    assert main(["kiosk", "setup", "--config", str(cfg), "--pin", "1234"]) == 2
    assert main(["kiosk", "setup", "--config", str(cfg)]) == 2  # --pin-file is required
    short = tmp_path / "short"
    short.write_text("12", encoding="utf-8")
    assert main(["kiosk", "setup", "--config", str(cfg), "--pin-file", str(short)]) == 2
    assert main(["kiosk", "setup", "--config", str(cfg), "--pin-file", str(tmp_path / "none")]) == 1
    assert "cannot read the PIN" in capsys.readouterr().err
    assert not cfg.exists()  # nothing half-done
    assert main(["kiosk", "disable", "--config", str(cfg), "--pin-file", str(short)]) == 1
    assert main(["kiosk", "status", "--config", str(cfg)]) == 0
    assert "not set up" in capsys.readouterr().out


def test_kiosk_commands_import_no_qt(cfg: Path, tmp_path: Path) -> None:
    code = ("import sys; from real_desktop.cli import main; "
            f"main(['kiosk', 'status', '--config', {str(cfg)!r}]); "
            "print('qt' if any(m.startswith('PySide6') for m in sys.modules) else 'no qt')")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip().endswith("no qt"), out.stderr
