"""Caption text size from the stage's size."""

from __future__ import annotations

import pytest

from real_desktop.ui.player.captions import CAPTION_MIN_PT, caption_points


def test_caption_size_follows_the_height_but_never_too_wide_or_too_small() -> None:
    # 1080 px high on a 96 dpi screen: 4.5% of the height, in points.
    assert caption_points(1920, 1080, 96) == pytest.approx(1080 * 0.045 * 72 / 96)
    # A narrow stage: the width caps it.
    assert caption_points(700, 1080, 96) == pytest.approx(700 / 28 * 72 / 96)
    assert caption_points(100, 100, 96) == CAPTION_MIN_PT


def test_caption_style_size_and_background_apply_at_once(qtbot, view) -> None:
    from PySide6.QtGui import QColor, QPalette

    band = view.caption_band
    band.show()

    def corner() -> QColor:  # the band as drawn over the stage behind it
        return view.stage.grab(band.geometry()).toImage().pixelColor(2, 2)

    medium = band.point_size()
    band.set_style("extra_large", "opaque")
    assert band.point_size() == pytest.approx(medium * 1.75, abs=0.6)  # rescaled now
    assert corner() == QColor("black")
    band.set_style("small", "none")  # the window's own colours behind the text
    assert band.point_size() == pytest.approx(max(CAPTION_MIN_PT, medium * 0.75), abs=0.6)
    window = view.palette().color(QPalette.ColorRole.Window)
    assert corner() == window
    band.set_style("medium", "semi")
    semi = corner()
    assert semi != QColor("black") and 0 < semi.lightness() < window.lightness()
    band.set_style("bogus", "bogus")  # a hand-edited settings file: the defaults
    assert band.background == "opaque" and band.scale == 1.0
