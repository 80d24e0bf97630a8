"""The settings for background work: automatic after import, the whisper model file
(checked before it is kept)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from real_desktop.ui.settings import SettingsDialog

pytestmark = pytest.mark.gui


def test_a_bad_model_file_keeps_the_dialog_open_with_a_reason(qtbot, settings, tmp_path: Path) -> None:
    d = SettingsDialog(settings)
    qtbot.addWidget(d)
    bad = tmp_path / "ggml-base.bin"
    bad.write_bytes(b"not a model" * 10)
    d.whisper_model.setText(str(bad))
    d.accept()
    assert d.result() == 0 and not d.error.isHidden()
    assert "not a whisper.cpp model" in d.error.text()
    assert settings.whisper_model == ""


def test_the_choices_are_kept(qtbot, settings, tmp_path: Path) -> None:
    good = tmp_path / "ggml-base.bin"
    good.write_bytes(b"lmgg" + struct.pack("<11i", 51865, 1500, 512, 8, 6, 448, 512, 8, 6, 80, 1)
                     + bytes(2_000_000))  # fmt: skip
    d = SettingsDialog(settings)
    qtbot.addWidget(d)
    assert not d.auto_machine_text.isChecked()
    d.auto_machine_text.setChecked(True)
    d.whisper_model.setText(str(good))
    d.accept()
    assert d.result() == 1
    assert settings.auto_machine_text and settings.whisper_model == str(good)
