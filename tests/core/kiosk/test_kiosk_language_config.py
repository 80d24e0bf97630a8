"""kiosk.ini's `language` (issue 15): the system's, fixed, or choose; kept by a rewrite."""

from __future__ import annotations

from pathlib import Path

import pytest

from real_desktop.core.kiosk import config as kc


@pytest.mark.parametrize("value", ["system", "en", "es", "choose", " ES "])
def test_language_is_read_and_written(tmp_path: Path, value: str) -> None:
    path = tmp_path / "kiosk.ini"
    path.write_text(f"[kiosk]\nenabled = true\nlanguage = {value}\n", encoding="utf-8")
    cfg = kc.read(path)
    assert cfg is not None and cfg.language == value.strip().lower()
    kc.write(path, cfg)
    assert kc.read(path) == cfg
    assert f"language = {cfg.language}\n" in path.read_text(encoding="utf-8")


def test_no_language_is_the_systems_and_a_wrong_one_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.ini"
    path.write_text("[kiosk]\nenabled = true\n", encoding="utf-8")
    assert kc.read(path).language == "system"  # type: ignore[union-attr]
    path.write_text("[kiosk]\nenabled = true\nlanguage = fr\n", encoding="utf-8")
    with pytest.raises(kc.ConfigError, match="language"):
        kc.read(path)
