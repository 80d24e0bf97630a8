"""kiosk.ini: where it is, reading and writing it, and that a visitor's account cannot
change it (mode 0644, owned by root when written as root)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from real_desktop.core.kiosk import config as kc
from real_desktop.core.policy import Action


def test_location_order_flag_then_environment_then_system(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv(kc.ENV, raising=False)
    if sys.platform.startswith("linux"):
        assert kc.config_path() == Path("/etc/real-desktop/kiosk.ini")
    monkeypatch.setenv(kc.ENV, str(tmp_path / "env.ini"))
    assert kc.config_path() == tmp_path / "env.ini"
    assert kc.config_path(tmp_path / "flag.ini") == tmp_path / "flag.ini"


def test_round_trip_and_policy(tmp_path: Path) -> None:
    path = tmp_path / "etc" / "kiosk.ini"
    cfg = kc.KioskConfig(enabled=True, pin_hash="scrypt$1$1$1$AA==$AA==", idle_minutes=7,
                         notes=False, print=True, save_to_drive=True)  # fmt: skip
    kc.write(path, cfg)
    assert kc.read(path) == cfg
    assert kc.active(path) == cfg
    policy = cfg.policy()
    assert policy.allows(Action.PRINT) and policy.allows(Action.SAVE_TO_DRIVE)
    assert not policy.allows(Action.EDIT_NOTES) and not policy.allows(Action.FILE_DIALOG)
    kc.write(path, cfg.with_changes(enabled=False))
    assert kc.active(path) is None
    assert kc.active(tmp_path / "missing.ini") is None
    assert "pin_hash" not in cfg.public() and cfg.public()["pin_set"] is True


def test_a_damaged_file_is_an_error_not_an_unlocked_desktop(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.ini"
    path.write_text("[kiosk]\nenabled = perhaps\n", encoding="utf-8")
    with pytest.raises(kc.ConfigError):
        kc.active(path)
    path.write_text("no section\n", encoding="utf-8")
    with pytest.raises(kc.ConfigError):
        kc.active(path)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_written_0644_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o000)
    try:
        kc.write(tmp_path / "k" / "kiosk.ini", kc.KioskConfig(enabled=True))
    finally:
        os.umask(old)
    mode = stat.S_IMODE((tmp_path / "k" / "kiosk.ini").stat().st_mode)
    assert mode == 0o644
    assert not list((tmp_path / "k").glob(".*tmp"))  # no temporary file left
    (tmp_path / "k" / "kiosk.ini").chmod(0o666)
    assert any("other accounts" in p for p in kc.problems(tmp_path / "k" / "kiosk.ini"))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_as_root_the_visitor_account_cannot_change_it() -> None:
    import shutil
    import tempfile

    python = next((p for p in ("/usr/bin/python3", "/usr/local/bin/python3") if os.path.exists(p)),
                  None)  # fmt: skip
    if python is None:
        pytest.skip("no system python the visitor account may run")
    base = Path(tempfile.mkdtemp(prefix="kiosk-etc-"))  # under /tmp: others may pass through
    base.chmod(0o755)
    try:
        _visitor_cannot_change(python, base / "real-desktop" / "kiosk.ini")
    finally:
        shutil.rmtree(base)


def _visitor_cannot_change(python: str, path: Path) -> None:
    kc.write(path, kc.KioskConfig(enabled=True, pin_hash="x"))
    st = path.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (0, 0, 0o644)
    assert path.parent.stat().st_uid == 0
    assert kc.problems(path) == []  # /tmp is world-writable but sticky: fine
    # A visitor's account (nobody): may read it, may neither change nor replace it.
    probe = (
        "import os, sys\n"
        "p = sys.argv[1]\n"
        "print(open(p).read().count('enabled = true'))\n"
        "for attempt in (lambda: open(p, 'a'), lambda: os.replace(p, p + '.x'),\n"
        "                lambda: open(os.path.join(os.path.dirname(p), 'new.ini'), 'w')):\n"
        "    try:\n"
        "        attempt()\n"
        "        print('changed')\n"
        "    except PermissionError:\n"
        "        print('refused')\n"
    )
    # And `kiosk setup` run by that account says what to do.
    setup = (
        "import sys; sys.path.insert(0, sys.argv[2])\n"
        "from pathlib import Path\n"
        "from real_desktop.core.kiosk import config as kc\n"
        "try:\n"
        "    kc.write(Path(sys.argv[1]), kc.KioskConfig())\n"
        "except kc.ConfigError as exc:\n"
        "    print(exc)\n"
    )
    src = str(Path(kc.__file__).resolve().parents[3])
    said = subprocess.run([python, "-c", setup, str(path), src], user="nobody",
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    if "ModuleNotFoundError" not in said.stderr:  # else the checkout is private to root
        assert "Permission denied (run it as root" in said.stdout, said.stderr
    done = subprocess.run([python, "-c", probe, str(path)], user="nobody",
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.stdout.split() == ["1", "refused", "refused", "refused"], done.stderr
    assert kc.read(path) == kc.KioskConfig(enabled=True, pin_hash="x")
