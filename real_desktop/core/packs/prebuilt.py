"""The prebuilt index inside a pack (`index.json`): per item, the extracted pages,
sections and cues, so installing never re-extracts a file.

Rows are the importer's segment rows: [seq, loc_kind, page, anchor, section, start, end,
track, text]. The reader validates every row (an unsigned pack may be hostile), raising
PackError naming the item and row."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from real_desktop.core.i18n import later
from real_desktop.core.packs.manifest import INDEX_NAME, Manifest, PackError

LOC_KINDS = ("page", "section", "time")


@dataclass
class IndexEntry:
    page_count: int | None = None
    duration: float | None = None
    note: str = ""  # what extraction had to say ("no text found"), kept as status_reason
    segments: list[tuple[Any, ...]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "page_count": self.page_count,
            "duration": self.duration,
            "note": self.note,
            "segments": [list(s) for s in self.segments],
        }


def encode_index(entries: dict[str, IndexEntry]) -> bytes:
    doc = {"version": 1, "items": {k: entries[k].to_json() for k in sorted(entries)}}
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _opt(v: Any, types: type | tuple[type, ...], where: str) -> Any:
    if v is not None and (not isinstance(v, types) or isinstance(v, bool)):
        raise PackError(later.tr("{where}: wrong type").format(where=where))
    return v


def _row(r: Any, where: str) -> tuple[Any, ...]:
    if not isinstance(r, list) or len(r) != 9:
        raise PackError(later.tr("{where}: a segment is a list of 9 values").format(where=where))
    seq, kind, page, anchor, section, start, end, track, text = r
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise PackError(later.tr("{where}[0]: seq must be a whole number ≥ 0").format(where=where))
    if kind not in LOC_KINDS:
        raise PackError(later.tr("{where}[1]: kind must be page, section or time").format(where=where))
    _opt(page, int, f"{where}[2]")
    _opt(anchor, str, f"{where}[3]")
    _opt(section, str, f"{where}[4]")
    _opt(start, (int, float), f"{where}[5]")
    _opt(end, (int, float), f"{where}[6]")
    _opt(track, str, f"{where}[7]")
    if not isinstance(text, str):
        raise PackError(later.tr("{where}[8]: text must be a string").format(where=where))
    return (seq, kind, page, anchor, section, start, end, track, text)


def decode_index(data: bytes, manifest: Manifest) -> dict[str, IndexEntry]:
    """Entries for the manifest's items that have a file (items without one have none)."""
    if not data:
        return {}
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackError(later.tr("{file}: not valid UTF-8 JSON ({error})").format(file=INDEX_NAME, error=exc)) from None
    if not isinstance(doc, dict) or doc.get("version") != 1 or not isinstance(doc.get("items"), dict):
        raise PackError(later.tr('{file}: expected {{"version": 1, "items": {{...}}}}').format(file=INDEX_NAME))
    ids = {it.id for it in manifest.items}
    out: dict[str, IndexEntry] = {}
    for rid, e in doc["items"].items():
        where = f"{INDEX_NAME}: items[{rid!r}]"
        if rid not in ids:
            raise PackError(later.tr("{where}: no such item in the manifest").format(where=where))
        if not isinstance(e, dict) or not isinstance(e.get("segments"), list):
            raise PackError(later.tr("{where}: needs a list of segments").format(where=where))
        out[rid] = IndexEntry(
            page_count=_opt(e.get("page_count"), int, f"{where}.page_count"),
            duration=_opt(e.get("duration"), (int, float), f"{where}.duration"),
            note=_opt(e.get("note"), str, f"{where}.note") or "",  # internal: the item's note, data
            segments=[_row(r, f"{where}.segments[{i}]") for i, r in enumerate(e["segments"])],
        )
    return out
