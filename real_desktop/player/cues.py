"""Which caption cue is showing at a given time: a sorted index, binary-searched.

Qt-free so the transcript model, the caption band and tests share one definition.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from real_desktop.core.models import Segment


class CueIndex:
    def __init__(self, cues: Sequence[Segment]) -> None:
        self.cues = sorted(cues, key=lambda c: (c.location.start or 0.0, c.seq))
        self._starts = [c.location.start or 0.0 for c in self.cues]

    def __len__(self) -> int:
        return len(self.cues)

    def at(self, seconds: float) -> int | None:
        """Index of the cue showing at `seconds`, or None in a gap / before the first."""
        i = bisect_right(self._starts, seconds + 1e-6) - 1
        if i < 0:
            return None
        cue = self.cues[i]
        end = cue.location.end
        if end is not None and seconds >= end:
            return None
        return i

    def current_or_previous(self, seconds: float) -> int | None:
        """The last cue that has started by `seconds` (the transcript keeps it highlighted
        through gaps, so the reader does not lose their place)."""
        i = bisect_right(self._starts, seconds + 1e-6) - 1
        return i if i >= 0 else None

    def nearest(self, seconds: float) -> int | None:
        """The cue starting nearest to `seconds` (matching a search hit to a row)."""
        if not self.cues:
            return None
        return min(range(len(self._starts)), key=lambda i: abs(self._starts[i] - seconds))
