"""`real-desktop kiosk setup --language` (issue 15): fixes or offers the visitors' language,
and a later setup without it keeps it."""

from __future__ import annotations

from pathlib import Path

from real_desktop.cli import main
from real_desktop.core.kiosk import config as kc
from tests.cli.test_kiosk_cli import cfg  # noqa: F401  (fixture)


def test_setup_sets_and_keeps_the_language(cfg: Path, tmp_path: Path, capsys) -> None:  # noqa: F811
    pin = tmp_path / "pin.txt"
    pin.write_text("5150\n", encoding="utf-8")
    assert main(["kiosk", "setup", "--config", str(cfg), "--pin-file", str(pin), "--language", "choose"]) == 0
    assert kc.read(cfg).language == "choose"  # type: ignore[union-attr]
    assert "language:           choose" in capsys.readouterr().out
    assert main(["kiosk", "setup", "--config", str(cfg), "--pin-file", str(pin), "--idle-minutes", "3"]) == 0
    assert kc.read(cfg).language == "choose"  # type: ignore[union-attr]
    bad = ["kiosk", "setup", "--config", str(cfg), "--pin-file", str(pin), "--language", "fr"]
    assert main(bad) == 2  # a usage error: not a language it offers
