"""Resume position and duration rules of the player's progress keeper."""

from __future__ import annotations

from real_desktop.core.models import Kind, Resource
from real_desktop.ui.player.progress import (
    RESUME_MIN,
    duration_differs,
    near_end,
    resume_position,
)


def test_near_end_is_the_last_five_percent_at_most_thirty_seconds() -> None:
    assert near_end(96.0, 100.0) and not near_end(94.0, 100.0)
    assert near_end(3571.0, 3600.0) and not near_end(3500.0, 3600.0)
    assert not near_end(10.0, 0.0)  # unknown length: never "watched"


def test_resume_position() -> None:
    assert resume_position(None, 100.0) == 0.0
    assert resume_position((40.0, False), 100.0) == 40.0
    assert resume_position((40.0, True), 100.0) == 0.0  # finished: start over
    assert resume_position((RESUME_MIN - 1, False), 100.0) == 0.0  # barely begun
    assert resume_position((98.0, False), 100.0) == 0.0  # near the end
    assert resume_position((98.0, False), 0.0) == 98.0  # length unknown


def test_duration_differs_only_when_the_user_would_see_another_length() -> None:
    r = Resource(id="r", kind=Kind.VIDEO, title="r", duration=61.2)
    assert not duration_differs(r, 61.9)  # both 1:01
    assert duration_differs(r, 62.1)
    assert not duration_differs(r, 0.0)
    assert duration_differs(Resource(id="u", kind=Kind.VIDEO, title="u"), 5.0)
