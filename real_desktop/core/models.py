"""Plain data objects shared by the core, the CLI and the Qt layer.

Everything here is immutable, JSON-friendly and free of Qt. The UI adapts these objects in
item models; it never reaches into the database directly.

Records are `typing.NamedTuple`s, not dataclasses: every `real-desktop search` loads this
module, and on Python 3.11 `import dataclasses` (it pulls in inspect, ast, dis) plus making
nine frozen dataclasses cost ~11 ms of a ~70 ms command; NamedTuples cost ~1.5 ms
(docs/PERFORMANCE.md, "Command line"). Change one with `record._replace(field=value)`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, NamedTuple


class Kind(StrEnum):
    DOCUMENT = "document"
    VIDEO = "video"
    AUDIO = "audio"


class Status(StrEnum):
    OK = "ok"
    MISSING = "missing"  # file disappeared, or a catalog entry whose media is not on this computer
    FAILED = "failed"  # could not be read; status_reason says why


class CaptionTrack(NamedTuple):
    path: str
    language: str | None = None  # "en", "es", … from name.en.vtt; None when not given
    label: str = ""  # human label, e.g. "English"


class Resource(NamedTuple):
    id: str  # stable: survives re-import, moves (matched by checksum) and pack upgrades
    kind: Kind
    title: str
    description: str = ""
    collection: str | None = None  # program / collection, e.g. "Leadership for Racial Equity"
    tags: tuple[str, ...] = ()
    people: tuple[str, ...] = ()  # speakers or authors
    language: str | None = None
    date: str | None = None  # ISO date or year, as known; None = unknown
    duration: float | None = None  # seconds (video/audio); None = unknown
    page_count: int | None = None  # PDFs; sections count for Markdown/HTML
    path: str | None = None  # absolute path of the file; None when not on this computer
    format: str | None = None  # "pdf", "md", "html", "txt", "mp4", …
    size: int | None = None
    sha256: str | None = None
    thumbnail: str | None = None  # path of a cached thumbnail image
    status: Status = Status.OK
    status_reason: str = ""
    captions: tuple[CaptionTrack, ...] = ()
    added_at: str = ""  # ISO timestamps (UTC)
    updated_at: str = ""
    edited: tuple[str, ...] = ()  # metadata fields the user edited (imports keep them)

    def to_dict(self) -> dict[str, Any]:
        d = self._asdict()
        d["kind"] = str(self.kind)
        d["status"] = str(self.status)
        d["tags"], d["people"] = list(self.tags), list(self.people)
        d["captions"] = [c._asdict() for c in self.captions]
        return d


class LocationKind(StrEnum):
    RESOURCE = "resource"  # metadata hit (title, tags, description)
    PAGE = "page"  # PDF page (1-based) or a text file's only "page"
    SECTION = "section"  # Markdown/HTML heading section
    TIME = "time"  # caption cue in a video/audio
    NOTE = "note"  # a user's note


class Location(NamedTuple):
    """Where inside a resource something is: what a viewer needs to open it at that place."""

    kind: LocationKind
    page: int | None = None  # 1-based page (PDF)
    anchor: str | None = None  # section anchor (slug) for Markdown/HTML
    section: str | None = None  # section heading text
    start: float | None = None  # seconds (cues)
    end: float | None = None
    note_id: str | None = None

    @property
    def label(self) -> str:
        """Short human label: "p. 12", "14:32", "§ Heading", "Note"."""
        from real_desktop.core.timefmt import format_time

        if self.kind is LocationKind.PAGE and self.page is not None:
            return f"p. {self.page}"
        if self.kind is LocationKind.TIME and self.start is not None:
            return format_time(self.start)
        if self.kind is LocationKind.SECTION:
            return f"§ {self.section}" if self.section else "§"
        if self.kind is LocationKind.NOTE:
            return "Note"
        return ""


class Segment(NamedTuple):
    """A unit of indexed text: a PDF page, a document section or a caption cue."""

    resource_id: str
    seq: int
    location: Location
    text: str
    track: str | None = None  # caption language/track for cues


# Snippet marks: the core puts these around matched terms; the CLI turns them into ANSI
# colours, the UI into <b>…</b>. Private-use code points never occur in indexed text.
MARK_START = "\ue000"
MARK_END = "\ue001"


class SearchHit(NamedTuple):
    resource_id: str
    title: str
    kind: Kind
    collection: str | None
    location: Location
    snippet: str  # plain text with MARK_START/MARK_END around matches
    score: float  # lower is better (bm25 convention)
    status: Status = Status.OK
    track: str | None = None  # caption language of a cue hit (show that track)
    # A note hit: the note's own anchor (page, time, section, or RESOURCE for a note on
    # the whole item), so a viewer can say "note at p. 3" and open there.
    note_anchor: Location | None = None
    machine: bool = False  # text a machine made: an automatic caption track, an OCR page

    def to_dict(self) -> dict[str, Any]:
        d = self._asdict()
        d["kind"] = str(self.kind)
        d["status"] = str(self.status)
        d["location"] = self.location._asdict()
        d["location"]["kind"] = str(self.location.kind)
        d["location"]["label"] = self.location.label
        if self.note_anchor is not None:
            d["note_anchor"] = self.note_anchor._asdict()
            d["note_anchor"]["kind"] = str(self.note_anchor.kind)
            d["note_anchor"]["label"] = self.note_anchor.label
        return d


class SearchResults(NamedTuple):
    query: str
    hits: list[SearchHit]
    terms: list[str]  # words a viewer should highlight
    suggestion: str | None = None  # "did you mean" from the index vocabulary, when no hits


class Outcome(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    SKIPPED = "skipped"  # unchanged, or not a supported file
    FAILED = "failed"
    MISSING = "missing"  # was in the library, file is gone


class FileResult(NamedTuple):
    path: str
    outcome: Outcome
    reason: str = ""
    resource_id: str | None = None
    unchanged: bool = False  # SKIPPED because its contents are already in the library


class ImportSummary:
    """What an import did, file by file; filled in as the import goes (so not a record)."""

    __slots__ = ("cancelled", "results")

    def __init__(self, results: list[FileResult] | None = None, cancelled: bool = False) -> None:
        self.results: list[FileResult] = [] if results is None else results
        self.cancelled = cancelled

    def __repr__(self) -> str:
        return f"ImportSummary(results={self.results!r}, cancelled={self.cancelled!r})"

    @property
    def unchanged(self) -> int:
        """Skipped files already in the library as they are (same file, or a copy)."""
        return sum(1 for r in self.results if r.outcome is Outcome.SKIPPED and r.unchanged)

    @property
    def unsupported(self) -> int:
        """Skipped files that are not imported at all (unsupported type, stray captions …)."""
        return sum(1 for r in self.results if r.outcome is Outcome.SKIPPED and not r.unchanged)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    def of(self, outcome: Outcome) -> list[FileResult]:
        return [r for r in self.results if r.outcome is outcome]


class ImportProgress(NamedTuple):
    """Streamed by Library.import_paths: one per file processed, then a final one with summary.

    done/total drive a progress bar; current is the file just finished (or being scanned).
    """

    done: int
    total: int
    current: str = ""
    result: FileResult | None = None
    summary: ImportSummary | None = None  # set on the last event only
