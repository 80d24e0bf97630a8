"""Words and summaries several commands print: resource kinds and statuses, import
outcomes, the import/sync summary ("Import finished: 3 added, 8 skipped (5 unchanged, 3
not supported)"), in the user's language (i18n). Imported by the command modules at start:
only sys and i18n load here."""

from __future__ import annotations

import sys

from real_desktop.core import i18n

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any


def _p(text: str = "") -> None:
    """print() that survives non-UTF-8 terminals and undecodable file names."""
    enc = getattr(sys.stdout, "encoding", None) or "utf-8"
    sys.stdout.write(text.encode(enc, errors="replace").decode(enc, errors="replace") + "\n")


def kind_word(value: str) -> str:
    """A resource kind ("document", "video", "audio") in the user's language."""
    words = {
        "document": i18n.tr("document", "resource kind"),
        "video": i18n.tr("video", "resource kind"),
        "audio": i18n.tr("audio", "resource kind"),
    }
    return words.get(value, value)


def status_word(value: str) -> str:
    """A resource status ("ok", "missing", "failed") in the user's language."""
    words = {
        "ok": i18n.tr("ok", "resource status"),
        "missing": i18n.tr("missing", "resource status"),
        "failed": i18n.tr("failed", "resource status"),
    }
    return words.get(value, value)


def outcome_word(value: str) -> str:
    """An import outcome ("added", "skipped" …) as a word of the user's language."""
    words = {
        "added": i18n.tr("added", "one file's import outcome"),
        "updated": i18n.tr("updated", "one file's import outcome"),
        "skipped": i18n.tr("skipped", "one file's import outcome"),
        "missing": i18n.tr("missing", "one file's import outcome"),
        "failed": i18n.tr("failed", "one file's import outcome"),
    }
    return words.get(value, value)


def _outcome_count(value: str, n: int) -> str:
    """"3 added" (the summary's parts), with the plural form the language needs."""
    counts = {
        "added": lambda: i18n.tr("%n added", "import summary: files", n),
        "updated": lambda: i18n.tr("%n updated", "import summary: files", n),
        "skipped": lambda: i18n.tr("%n skipped", "import summary: files", n),
        "missing": lambda: i18n.tr("%n missing", "import summary: files", n),
        "failed": lambda: i18n.tr("%n failed", "import summary: files", n),
    }
    return counts[value]() if value in counts else f"{n} {value}"


def print_summary(summary: Any, title: str | None = None) -> None:
    from collections import Counter

    from real_desktop.core.models import Outcome

    title = title or i18n.tr("Import finished")
    counts = {o: summary.count(o) for o in Outcome}
    parts = [_outcome_count(o.value, counts[o]) for o in Outcome if counts[o] or o in (Outcome.ADDED,)]
    if counts[Outcome.SKIPPED]:  # "8 skipped (5 unchanged, 3 not supported)"
        split = []
        if summary.unchanged:
            split.append(i18n.tr("%n unchanged", "import summary: files", summary.unchanged))
        if summary.unsupported:
            split.append(i18n.tr("%n not supported", "import summary: files", summary.unsupported))
        i = [o for o in Outcome if counts[o] or o is Outcome.ADDED].index(Outcome.SKIPPED)
        parts[i] += f" ({', '.join(split)})"
    cancelled = " (" + i18n.tr("cancelled") + ")" if summary.cancelled else ""
    _p(f"{title}: " + ", ".join(parts) + cancelled)
    headings = {
        Outcome.UPDATED: i18n.tr("Updated:"),
        Outcome.MISSING: i18n.tr("Missing:"),
        Outcome.FAILED: i18n.tr("Failed:"),
    }
    for outcome, heading in headings.items():
        rows = summary.of(outcome)
        if rows:
            _p(heading)
            for r in rows:
                _p(f"  {r.path}" + (f": {i18n.text_of(r.reason)}" if r.reason else ""))
    skipped = Counter(r.reason for r in summary.of(Outcome.SKIPPED))
    if skipped:
        _p(i18n.tr("Skipped:"))
        for reason, n in skipped.most_common():
            _p(f"  {n} × {i18n.text_of(reason)}")
