"""WCAG 2.2 AA contrast of every theme's palette: the role pairs the app draws together."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from real_desktop.ui import theme

R = QPalette.ColorRole
THEMES = ("light", "dark", "high_contrast")
TEXT, UI = 4.5, 3.0  # AA: normal text; UI components and focus indicators (1.4.11, 2.4.13)


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.2 definition, sRGB)."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(
        colour.blue()
    )


def ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_ratio_matches_the_reference_values() -> None:
    assert ratio(QColor("#000"), QColor("#fff")) == pytest.approx(21.0)
    assert ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert ratio(QColor("#fff"), QColor("#fff")) == pytest.approx(1.0)


# (foreground role, background role, minimum, what is drawn so)
TEXT_PAIRS = (
    (R.Text, R.Base, TEXT, "field and list text"),
    (R.Text, R.AlternateBase, TEXT, "text on alternate rows"),
    (R.WindowText, R.Window, TEXT, "labels"),
    (R.ButtonText, R.Button, TEXT, "button labels"),
    (R.ToolTipText, R.ToolTipBase, TEXT, "tooltips"),
    (R.HighlightedText, R.Highlight, TEXT, "selected items, active chips"),
    (R.PlaceholderText, R.Base, TEXT, "placeholders"),
    (R.PlaceholderText, R.Window, TEXT, "secondary (muted) labels"),
    (R.PlaceholderText, R.AlternateBase, TEXT, "muted text in alternate rows"),
    (R.Link, R.Base, TEXT, "links in the reader"),
    (R.Link, R.Window, TEXT, "links in labels"),
    (R.Mid, R.Window, UI, "field and chip borders"),
    (R.Mid, R.Base, UI, "field borders inside panes"),
    (R.Highlight, R.Window, UI, "active chips, focused search field border"),
)


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize(("fg", "bg", "minimum", "what"), TEXT_PAIRS)
def test_palette_pairs_meet_aa(name: str, fg, bg, minimum: float, what: str, qapp) -> None:
    p = theme.palette(name)
    got = ratio(p.color(fg), p.color(bg))
    assert got >= minimum, f"{name}: {what} {p.color(fg).name()} on {p.color(bg).name()}: {got:.2f}"


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize("bg", [R.Base, R.Window, R.AlternateBase])
@pytest.mark.parametrize("fg", [R.Text, R.WindowText, R.ButtonText])
def test_disabled_text_stays_readable(name: str, fg, bg, qapp) -> None:
    # Disabled controls are exempt in WCAG, but here their text still tells what is there
    # (a greyed "Remove", a page count): keep it at text contrast.
    p = theme.palette(name)
    colour = p.color(QPalette.ColorGroup.Disabled, fg)
    assert ratio(colour, p.color(bg)) >= TEXT, f"{name}: disabled {colour.name()}"


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize("bg", [R.Base, R.Window, R.Button, R.AlternateBase])
def test_focus_ring_stands_out(name: str, bg, qapp) -> None:
    # WCAG 2.4.13: the ring's pixels against the same pixels unfocused: the focused
    # widget's fill or the window around it (the ring is wider than the 1 px border it
    # covers, so most of its pixels were fill).
    p = theme.palette(name)
    ring = QColor(theme.FOCUS[name])
    got = ratio(ring, p.color(bg))
    assert got >= UI, f"{name}: focus ring {ring.name()} on {p.color(bg).name()}: {got:.2f}"
    assert theme.FOCUS_WIDTH >= 2


def test_high_contrast_is_much_higher(qapp) -> None:
    p = theme.palette("high_contrast")
    assert ratio(p.color(R.Text), p.color(R.Base)) >= 15
    assert ratio(p.color(R.HighlightedText), p.color(R.Highlight)) >= 7  # AAA


def test_high_contrast_check_boxes_are_outlined_and_filled_when_on(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QCheckBox

    theme.apply(qapp, "high_contrast")
    try:
        box = QCheckBox("Only matches")
        qtbot.addWidget(box)
        box.show()
        p = theme.palette("high_contrast")

        def colours() -> set[str]:
            image = box.grab().toImage()
            h = image.height()
            return {image.pixelColor(x, h // 2).name() for x in range(0, h)}  # the indicator

        assert p.color(R.WindowText).name() in colours()  # Fusion drew it black on black
        assert p.color(R.Highlight).name() not in colours()
        box.setChecked(True)
        assert p.color(R.Highlight).name() in colours()
    finally:
        theme.apply(qapp, "light")
