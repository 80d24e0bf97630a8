"""The agenda file: a versioned JSON document that names items by stable resource id.

`to_data`/`from_data` are the (de)serialisers a content pack can carry as they are: an
agenda is plain JSON with no paths, so a pack can hold it as `agendas/<name>.json` and hand
the parsed object to `from_data` at install time (see docs/ARCHITECTURE.md, Agendas).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from real_desktop.core.agendas.model import Agenda, AgendaError, AgendaItem, ItemKind, check_item
from real_desktop.core.i18n import later

if TYPE_CHECKING:
    from real_desktop.core.agendas.store import AgendaStore

FORMAT = "real-desktop-agenda"
VERSION = 1  # bump on an incompatible change; readers refuse versions they do not know
SUFFIX = ".agenda.json"


class ImportReport(NamedTuple):
    agenda: Agenda
    missing: list[AgendaItem]  # items whose resource is not (or not playable) here
    renamed: bool  # the file's name was taken, so the agenda got another


def item_data(item: AgendaItem) -> dict[str, Any]:
    d: dict[str, Any] = {"resource_id": item.resource_id, "kind": str(item.kind)}
    if item.kind == ItemKind.CLIP:
        d["clip"] = {"in": item.clip_in, "out": item.clip_out}
    elif item.kind == ItemKind.PAGES:
        d["pages"] = {"from": item.page_from, "to": item.page_to}
    d["title"] = item.label
    d["points"] = item.points
    d["questions"] = item.questions
    d["minutes"] = item.minutes
    return d


def to_data(agenda: Agenda) -> dict[str, Any]:
    """The agenda as a JSON-ready dict (item ids are local; they are not written)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "name": agenda.name,
        "description": agenda.description,
        "items": [item_data(i) for i in agenda.items],
    }


def dumps(agenda: Agenda) -> str:
    return json.dumps(to_data(agenda), ensure_ascii=False, indent=2) + "\n"


def _num(value: Any, what: str, *, integer: bool = False) -> Any:
    ok = isinstance(value, int if integer else (int, float)) and not isinstance(value, bool)
    if not ok:
        raise AgendaError(later.tr("{what} must be a number, not {value!r}").format(what=what, value=value))
    return value


def _text(d: dict[str, Any], key: str) -> str:
    value = d.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise AgendaError(later.tr("{key!r} must be text").format(key=key))
    return value


def from_data(data: Any) -> tuple[str, str, list[AgendaItem]]:
    """(name, description, items) from a parsed agenda file; AgendaError when it is not
    one, or is from a newer version."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise AgendaError(later.tr("this is not a REAL Desktop agenda file"))
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise AgendaError(later.tr("the agenda file has no valid version"))
    if version > VERSION:
        raise AgendaError(
            later.tr(
                "this agenda file was written by a newer REAL Desktop (format {version}); "
                "please update the app"
            ).format(version=version)
        )
    name = _text(data, "name").strip()
    if not name:
        raise AgendaError(later.tr("the agenda file has no name"))
    raw_items = data.get("items", [])
    if not isinstance(raw_items, list):
        raise AgendaError(later.tr("'items' must be a list"))
    items: list[AgendaItem] = []
    for n, d in enumerate(raw_items, 1):
        if not isinstance(d, dict):
            raise AgendaError(later.tr("item {n} is not an object").format(n=n))
        rid = d.get("resource_id")
        if not isinstance(rid, str) or not rid:
            raise AgendaError(later.tr("item {n} has no resource_id").format(n=n))
        try:
            kind = ItemKind(d.get("kind", "resource"))
        except ValueError:
            raise AgendaError(
                later.tr("item {n} has an unknown kind {kind!r}").format(n=n, kind=d.get("kind"))
            ) from None
        clip = d.get("clip") or {}
        pages = d.get("pages") or {}
        minutes = d.get("minutes")
        item = AgendaItem(
            id=f"import-{n}",
            resource_id=rid,
            kind=kind,
            clip_in=float(_num(clip.get("in"), later.tr("item {n} clip in").format(n=n))) if kind == ItemKind.CLIP else None,
            clip_out=float(_num(clip.get("out"), later.tr("item {n} clip out").format(n=n))) if kind == ItemKind.CLIP else None,
            page_from=_num(pages.get("from"), later.tr("item {n} first page").format(n=n), integer=True) if kind == ItemKind.PAGES else None,
            page_to=_num(pages.get("to"), later.tr("item {n} last page").format(n=n), integer=True) if kind == ItemKind.PAGES else None,
            label=_text(d, "title"),
            points=_text(d, "points"),
            questions=_text(d, "questions"),
            minutes=None if minutes is None else float(_num(minutes, later.tr("item {n} minutes").format(n=n))),
        )
        try:
            check_item(item)
        except AgendaError as exc:
            raise AgendaError(later.tr("item {n}: {why}").format(n=n, why=exc)) from None
        items.append(item)
    return name, _text(data, "description"), items


def export_file(agenda: Agenda, path: Path) -> Path:
    """Write the agenda file (atomically: a temporary file renamed over the target)."""
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(dumps(agenda), encoding="utf-8")
    tmp.replace(path)
    return path


def import_data(store: AgendaStore, data: Any) -> ImportReport:
    """Add the agenda in `data` as a new agenda (another name when its own is taken);
    items whose resources are missing here are kept (they work once the resource arrives,
    e.g. with a pack) and reported."""
    name, description, items = from_data(data)
    free = store.free_name(name)
    agenda = store.save_new(free, description, items)
    return ImportReport(agenda, store.missing(agenda), free != name)


def import_file(store: AgendaStore, path: Path) -> ImportReport:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AgendaError(later.tr("cannot read {file}: {why}").format(file=path, why=exc)) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AgendaError(later.tr("{file} is not valid JSON: {why}").format(file=path, why=exc)) from exc
    return import_data(store, data)
