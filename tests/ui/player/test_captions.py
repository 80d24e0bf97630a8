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
