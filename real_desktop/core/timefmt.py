"""Time formatting shared by the CLI, the UI and exports."""

from __future__ import annotations

from real_desktop.core.i18n import later


def format_time(seconds: float, *, always_hours: bool = False) -> str:
    """12.5 -> "0:12", 872 -> "14:32", 3723 -> "1:02:03".

    Always floors (81.9 -> "1:21", never "1:22"): the elapsed time must not reach the
    total before the end, and every place that shows a length (library list, player,
    seek bar, CLI) calls this, so one duration always reads the same everywhere."""
    total = max(0, int(seconds))
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    if h or always_hours:
        return f"{h}:{m:02d}:{s:02d}"
    return f"{m}:{s:02d}"


def parse_time(text: str) -> float:
    """Inverse of format_time; also accepts "hh:mm:ss.mmm" and plain seconds. Raises ValueError."""
    parts = text.strip().split(":")
    if not 1 <= len(parts) <= 3 or any(p == "" for p in parts):
        raise ValueError(later.tr("not a time: {text!r}").format(text=text))
    value = 0.0
    for p in parts:
        value = value * 60 + float(p)
    if value < 0:
        raise ValueError(later.tr("not a time: {text!r}").format(text=text))
    return value


def now_iso() -> str:
    """UTC now to the second: resources' added_at/updated_at."""
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="seconds")


def now_precise() -> str:
    """UTC now with microseconds: "most recent first" must not tie when a user opens two
    things quickly."""
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="microseconds")
