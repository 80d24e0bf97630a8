"""Agenda records and the parsers for what people type (clip times, page ranges)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from real_desktop.core.i18n import later
from real_desktop.core.timefmt import format_time, parse_time


class ItemKind(StrEnum):
    RESOURCE = "resource"  # the whole resource, from its start / first page
    CLIP = "clip"  # a video/audio from clip_in to clip_out seconds
    PAGES = "pages"  # a document from page_from to page_to (1-based, inclusive)


class AgendaError(ValueError):
    """Bad input for an agenda (a message for the user)."""


@dataclass(frozen=True)
class AgendaItem:
    id: str
    resource_id: str
    kind: ItemKind = ItemKind.RESOURCE
    clip_in: float | None = None
    clip_out: float | None = None
    page_from: int | None = None
    page_to: int | None = None
    label: str = ""  # the resource's title when the item was added (names a missing one)
    points: str = ""  # talking points, Markdown
    questions: str = ""  # discussion questions, Markdown
    minutes: float | None = None  # planned duration

    def with_changes(self, **changes: object) -> AgendaItem:
        item = replace(self, **changes)  # type: ignore[arg-type]
        check_item(item)
        return item

    def span_text(self) -> str:
        """"0:30–2:05", "pages 3–5", or "" for a whole resource."""
        if self.kind == ItemKind.CLIP and self.clip_in is not None and self.clip_out is not None:
            return f"{format_time(self.clip_in)}–{format_time(self.clip_out)}"
        if self.kind == ItemKind.PAGES and self.page_from is not None:
            if self.page_to == self.page_from:
                return f"page {self.page_from}"
            return f"pages {self.page_from}–{self.page_to}"
        return ""


@dataclass(frozen=True)
class Agenda:
    id: str
    name: str
    description: str = ""
    items: tuple[AgendaItem, ...] = field(default_factory=tuple)
    created_at: str = ""
    updated_at: str = ""

    def total_minutes(self) -> float:
        return sum(i.minutes or 0.0 for i in self.items)


def parse_clock(text: str) -> float:
    """"M:SS" (also "H:MM:SS", "SS", "1:02.5") -> seconds; AgendaError otherwise."""
    try:
        return parse_time(text)
    except ValueError:
        raise AgendaError(later.tr("not a time: {text!r} (use M:SS, e.g. 2:05)").format(text=text)) from None


def parse_pages(text: str) -> tuple[int, int]:
    """"3-5" / "3–5" / "4" -> (first, last), 1-based inclusive; AgendaError otherwise."""
    parts = text.replace("–", "-").split("-")
    try:
        if len(parts) == 1:
            a = b = int(parts[0])
        elif len(parts) == 2:
            a, b = int(parts[0]), int(parts[1])
        else:
            raise ValueError
    except ValueError:
        raise AgendaError(later.tr("not a page range: {text!r} (use A-B, e.g. 3-5)").format(text=text)) from None
    if a < 1 or b < a:
        raise AgendaError(later.tr("not a page range: {text!r} (pages start at 1, A ≤ B)").format(text=text))
    return a, b


def check_item(item: AgendaItem) -> None:
    """Raise AgendaError when the item's fields do not fit its kind."""
    if not item.resource_id:
        raise AgendaError(later.tr("an agenda item needs a resource id"))
    if item.kind == ItemKind.CLIP:
        if item.clip_in is None or item.clip_out is None:
            raise AgendaError(later.tr("a clip needs an in point and an out point"))
        if item.clip_in < 0 or item.clip_out <= item.clip_in:
            raise AgendaError(
                later.tr("the clip's out point ({out}) must come after its in point ({in_})").format(
                    out=format_time(item.clip_out), in_=format_time(item.clip_in))
            )  # fmt: skip
    elif item.kind == ItemKind.PAGES:
        if item.page_from is None or item.page_to is None:
            raise AgendaError(later.tr("a page range needs a first and a last page"))
        if item.page_from < 1 or item.page_to < item.page_from:
            raise AgendaError(
                later.tr("not a page range: {first}-{last}").format(first=item.page_from, last=item.page_to)
            )
    if item.minutes is not None and item.minutes < 0:
        raise AgendaError(later.tr("planned minutes cannot be negative"))
