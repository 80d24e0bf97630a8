"""Settings → Captions: size and background are remembered and reach an open player."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from real_desktop.ui.settings import AppSettings
from tests.ui.a11y import screens
from tests.ui.a11y.test_every_screen import env, workshop_source  # noqa: F401  (fixtures)


def test_defaults_and_bad_values(tmp_path) -> None:
    s = AppSettings(tmp_path / "s.ini")
    assert (s.caption_size, s.caption_background) == ("medium", "opaque")
    s.caption_size, s.caption_background = "huge", "pink"
    assert (s.caption_size, s.caption_background) == ("medium", "opaque")
    s.caption_size, s.caption_background = "large", "none"
    assert (AppSettings(tmp_path / "s.ini").caption_size, s.caption_background) == ("large", "none")


def test_the_settings_dialog_restyles_the_open_player(env: screens.Env, qtbot) -> None:  # noqa: F811
    w = screens.SCREENS["player"](env).root
    band = w.player_view.caption_band
    before = band.point_size()

    def choose(dialog) -> None:  # noqa: ANN001
        size, background = dialog.caption_size, dialog.caption_background
        assert isinstance(size, QComboBox) and size.accessibleName() == "Caption size"
        size.setCurrentIndex(size.findData("extra_large"))
        background.setCurrentIndex(background.findData("semi"))
        dialog.accept()

    screens.in_modal(qtbot, w.show_settings, choose)
    assert (env.settings.caption_size, env.settings.caption_background) == ("extra_large", "semi")
    assert band.background == "semi" and band.point_size() > before * 1.5
