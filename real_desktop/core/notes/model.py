"""Notes as data: the Note, its anchor (a `Location`) to and from JSON, tags, and the row
mapping of the `notes` table."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from real_desktop.core.i18n import later
from real_desktop.core.models import Location, LocationKind

TRASH_DAYS = 30  # deleted notes stay restorable this long
HIGHLIGHT_COLOR = "#ffd54f"  # the default highlight colour (a soft yellow)
# The colours the viewer offers (name, #rrggbb); any #rrggbb is stored as it comes.
HIGHLIGHT_COLORS: tuple[tuple[str, str], ...] = (
    ("Yellow", HIGHLIGHT_COLOR),
    ("Green", "#a5d6a7"),
    ("Blue", "#90caf9"),
    ("Pink", "#f48fb1"),
)
Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF points, origin top left
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Note:
    id: str
    resource_id: str
    location: Location
    body: str = ""
    quote: str | None = None
    tags: tuple[str, ...] = ()
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None
    resource_title: str = ""  # last known title: shown when the resource is not in the library
    # A highlight: a PDF passage (`quote`) on `location.page`, drawn from these selection
    # rectangles in page coordinates, in `color`; `body` is its optional note.
    rects: tuple[Rect, ...] = ()
    color: str | None = None

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_highlight(self) -> bool:
        return bool(self.rects)

    @property
    def anchor_label(self) -> str:
        """ "12:34", "p. 7", "§ Section" or "" for a note on the whole resource."""
        return self.location.label

    def content_key(self) -> tuple[Any, ...]:
        """Everything a merge compares (ids and created_at aside)."""
        return (
            self.resource_id,
            self.location,
            self.body,
            self.quote,
            self.tags,
            self.updated_at,
            self.deleted_at,
            self.rects,
            self.color,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "resource_id": self.resource_id,
            "resource_title": self.resource_title,
            "location": location_to_dict(self.location),
            "quote": self.quote,
            "body": self.body,
            "tags": list(self.tags),
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "deleted_at": self.deleted_at,
            **({"rects": [list(r) for r in self.rects], "color": self.color} if self.rects else {}),
        }

    @classmethod
    def from_dict(cls, d: Any) -> Note:
        """Strict: raises ValueError with a readable message on anything malformed."""
        if not isinstance(d, dict):
            raise ValueError(later.tr("a note must be a JSON object"))
        for key in ("id", "resource_id", "created_at", "updated_at"):
            if not isinstance(d.get(key), str) or not d[key]:
                raise ValueError(later.tr("missing or invalid {key!r}").format(key=key))
        try:
            uuid.UUID(d["id"])
        except ValueError:
            raise ValueError(later.tr("id {id!r} is not a UUID").format(id=d["id"])) from None
        for key in ("created_at", "updated_at"):
            check_timestamp(d[key], key)
        if d.get("deleted_at") is not None:
            check_timestamp(d["deleted_at"], "deleted_at")
        body = d.get("body", "")
        quote = d.get("quote")
        tags = d.get("tags", [])
        if not isinstance(body, str):
            raise ValueError(later.tr("'body' must be a string"))
        if quote is not None and not isinstance(quote, str):
            raise ValueError(later.tr("'quote' must be a string or null"))
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ValueError(later.tr("'tags' must be a list of strings"))
        title = d.get("resource_title") or ""
        if not isinstance(title, str):
            raise ValueError(later.tr("'resource_title' must be a string"))
        location = location_from_dict(d.get("location"))
        rects, color = (), None
        if d.get("rects"):
            rects, color = check_highlight(location, quote, d["rects"], d.get("color"))
        return cls(
            id=d["id"],
            resource_id=d["resource_id"],
            location=location,
            body=body,
            quote=quote or None,
            tags=normalize_tags(tags),
            created_at=d["created_at"],
            updated_at=d["updated_at"],
            deleted_at=d.get("deleted_at"),
            resource_title=title,
            rects=rects,
            color=color,
        )


def check_highlight(
    location: Location, quote: str | None, rects: Any, color: Any = None
) -> tuple[tuple[Rect, ...], str]:
    """A highlight's rectangles and colour, checked: it needs a page anchor, the quoted
    passage and at least one rectangle of four numbers. Raises ValueError."""
    if location.kind is not LocationKind.PAGE:
        raise ValueError(later.tr("a highlight is anchored to a page"))
    if not quote or not str(quote).strip():
        raise ValueError(later.tr("a highlight needs the passage it marks (quote)"))
    try:
        out = tuple(tuple(float(v) for v in r) for r in rects)
    except (TypeError, ValueError):
        raise ValueError(later.tr("highlight rectangles must be [x0, y0, x1, y1] numbers")) from None
    if not out or any(len(r) != 4 for r in out):
        raise ValueError(later.tr("a highlight needs rectangles of four numbers [x0, y0, x1, y1]"))
    color = HIGHLIGHT_COLOR if color is None else str(color)
    if not _COLOR.fullmatch(color):
        raise ValueError(later.tr("a highlight colour is #rrggbb, not {color!r}").format(color=color))
    return out, color.lower()  # type: ignore[return-value]


def color_name(color: str | None) -> str:
    """ "Yellow" for the offered colours, else the #rrggbb itself (exports, lists)."""
    wanted = (color or HIGHLIGHT_COLOR).lower()
    return next((name for name, c in HIGHLIGHT_COLORS if c == wanted), wanted)


def location_to_dict(loc: Location) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": str(loc.kind)}
    for key in ("page", "anchor", "section", "start", "end"):
        value = getattr(loc, key)
        if value is not None:
            d[key] = value
    return d


def location_from_dict(d: Any) -> Location:
    if not isinstance(d, dict):
        raise ValueError(later.tr("'location' must be an object"))
    try:
        kind = LocationKind(d.get("kind"))
    except ValueError:
        raise ValueError(later.tr("unknown location kind {kind!r}").format(kind=d.get("kind"))) from None
    try:
        loc = Location(
            kind=kind,
            page=None if d.get("page") is None else int(d["page"]),
            anchor=None if d.get("anchor") is None else str(d["anchor"]),
            section=None if d.get("section") is None else str(d["section"]),
            start=None if d.get("start") is None else float(d["start"]),
            end=None if d.get("end") is None else float(d["end"]),
        )
    except (TypeError, ValueError):
        raise ValueError(later.tr("invalid location {location!r}").format(location=d)) from None
    return validate_location(loc)


def validate_location(loc: Location) -> Location:
    """A note anchor: what kinds are allowed and what each needs. Raises ValueError."""
    if not isinstance(loc, Location):
        raise ValueError(f"not a Location: {loc!r}")  # internal
    if loc.kind is LocationKind.NOTE:
        raise ValueError(later.tr("a note cannot be anchored to another note"))
    if loc.kind is LocationKind.PAGE and (loc.page is None or loc.page < 1):
        raise ValueError(later.tr("a page anchor needs a page number ≥ 1"))
    if loc.kind is LocationKind.TIME and (loc.start is None or loc.start < 0):
        raise ValueError(later.tr("a time anchor needs a start time ≥ 0 seconds"))
    if loc.kind is LocationKind.SECTION and not (loc.anchor or loc.section):
        raise ValueError(later.tr("a section anchor needs the section's anchor or heading"))
    # Only what identifies the place is kept: a search hit's note_id is not part of an anchor.
    return loc._replace(note_id=None)


def normalize_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, without a leading '#', no empties, first spelling wins (case-insensitive)."""
    seen: dict[str, str] = {}
    for raw in tags:
        tag = " ".join(str(raw).strip().lstrip("#").split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


def parse_tags(text: str) -> tuple[str, ...]:
    """ "budget, #equity  lens" -> ("budget", "equity  lens"): comma-separated."""
    return normalize_tags(text.split(","))


def check_timestamp(value: str, what: str) -> None:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(later.tr("{what} {value!r} is not an ISO timestamp").format(what=what, value=value)) from None


def stamp(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_stamp(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def sort_key(note: Note, section_order: dict[str, int]) -> tuple[Any, ...]:
    loc = note.location
    if loc.kind is LocationKind.PAGE:
        place: float = float(loc.page or 0)
    elif loc.kind is LocationKind.TIME:
        place = loc.start or 0.0
    elif loc.kind is LocationKind.SECTION:
        place = float(
            section_order.get(loc.anchor or "", section_order.get(loc.section or "", 1 << 30))
        )
    else:
        place = -1.0  # notes on the whole resource come first
    return (place, note.created_at, note.id)


COLUMNS = (
    'id, resource_id, resource_title, anchor_kind, page, anchor, section, start, "end", '
    "quote, body, tags, created_at, updated_at, deleted_at, rects, color"
)
PLACEHOLDERS = ",".join("?" * 17)


def row_to_note(row: sqlite3.Row | tuple[Any, ...]) -> Note:
    (
        nid,
        rid,
        title,
        kind,
        page,
        anchor,
        section,
        start,
        end,
        quote,
        body,
        tags,
        created,
        updated,
        deleted,
        rects,
        color,
    ) = tuple(row)
    return Note(
        id=nid,
        resource_id=rid,
        location=Location(
            kind=LocationKind(kind), page=page, anchor=anchor, section=section, start=start, end=end
        ),
        body=body,
        quote=quote,
        tags=tuple(json.loads(tags)),
        created_at=created,
        updated_at=updated,
        deleted_at=deleted,
        resource_title=title,
        rects=tuple(tuple(r) for r in json.loads(rects)) if rects else (),
        color=color,
    )


def note_params(n: Note) -> tuple[Any, ...]:
    loc = n.location
    return (
        n.id,
        n.resource_id,
        n.resource_title,
        str(loc.kind),
        loc.page,
        loc.anchor,
        loc.section,
        loc.start,
        loc.end,
        n.quote,
        n.body,
        json.dumps(list(n.tags), ensure_ascii=False),
        n.created_at,
        n.updated_at,
        n.deleted_at,
        json.dumps([list(r) for r in n.rects]) if n.rects else None,
        n.color if n.rects else None,
    )
