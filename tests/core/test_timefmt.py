"""format_time / parse_time: one rounding rule for every place that shows a time."""

from __future__ import annotations

import pytest

from real_desktop.core.timefmt import format_time, parse_time


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (12.5, "0:12"),
        (80.4, "1:20"),
        (80.96, "1:20"),  # floors: a length and the elapsed time at its end agree
        (81.88, "1:21"),
        (872, "14:32"),
        (3723, "1:02:03"),
        (-3, "0:00"),
    ],
)
def test_format_time_floors(seconds: float, text: str) -> None:
    assert format_time(seconds) == text


def test_always_hours() -> None:
    assert format_time(65, always_hours=True) == "0:01:05"


@pytest.mark.parametrize(("text", "seconds"), [("1:21", 81.0), ("1:02:03.5", 3723.5), ("7", 7.0)])
def test_parse_time(text: str, seconds: float) -> None:
    assert parse_time(text) == seconds


@pytest.mark.parametrize("text", ["", "a:b", "1::2", "-5", "1:2:3:4"])
def test_parse_time_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time(text)
