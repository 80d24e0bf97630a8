"""Notes to and from JSON, for sync between computers: merge by id, newest `updated_at`
wins (so importing the same file twice changes nothing), deletions travel as
`deleted_at`, and a note on an unknown resource id is attached to the local resource with
the same file checksum (your own files get different ids on each computer)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from real_desktop.core.i18n import later
from real_desktop.core.models import Resource
from real_desktop.core.notes.model import COLUMNS, PLACEHOLDERS, Note, note_params, row_to_note

JSON_FORMAT = "real-desktop-notes"
JSON_VERSION = 1
_INSERT = f"INSERT INTO notes ({COLUMNS}) VALUES ({PLACEHOLDERS})"


class Resources(Protocol):
    """What merging needs from the library."""

    def get(self, resource_id: str) -> Resource | None: ...

    def resources(self, **kwargs: Any) -> list[Resource]: ...


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    ids: list[str] = field(default_factory=list)  # notes added or updated

    def __iter__(self) -> Iterator[int]:  # `added, updated, unchanged = store.import_json(...)`
        return iter((self.added, self.updated, self.unchanged))


def export_dict(library: Resources, notes: Iterable[Note], exported_at: str) -> dict[str, Any]:
    """A JSON-ready dict (format, version, notes), each note with its resource's title and
    checksum."""
    out = []
    for n in notes:
        d = n.to_dict()
        res = library.get(n.resource_id)
        d["resource_title"] = res.title if res is not None else (n.resource_title or n.resource_id)
        if res is not None and res.sha256:
            # Ids of the user's own files differ between computers: the checksum lets
            # the other library attach the note to the same file.
            d["resource_sha256"] = res.sha256
        out.append(d)
    return {"format": JSON_FORMAT, "version": JSON_VERSION, "exported_at": exported_at, "notes": out}


def parse_export(library: Resources, data: dict[str, Any] | str | bytes | Path) -> dict[str, Note]:
    """The notes of an export (a dict, JSON text, or a file path), newest version of each
    id, re-attached by checksum where needed. Raises ValueError on anything malformed."""
    if isinstance(data, Path):
        try:
            data = data.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(later.tr("cannot read {file}: {why}").format(file=data, why=exc)) from None
    if isinstance(data, str | bytes):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise ValueError(later.tr("not valid JSON: {why}").format(why=exc)) from None
    if not isinstance(data, dict) or data.get("format") != JSON_FORMAT:
        raise ValueError(later.tr('not a REAL Desktop notes file (missing "format": "real-desktop-notes")'))
    version = data.get("version")
    if not isinstance(version, int) or version > JSON_VERSION:
        raise ValueError(
            later.tr("unsupported notes file version {version!r} (this app reads ≤ {max})").format(
                version=version, max=JSON_VERSION)
        )  # fmt: skip
    raw = data.get("notes")
    if not isinstance(raw, list):
        raise ValueError(later.tr("'notes' must be a list"))
    incoming: dict[str, Note] = {}
    by_sha: dict[str, str] | None = None
    for i, item in enumerate(raw):
        try:
            note = Note.from_dict(item)
        except ValueError as exc:
            raise ValueError(later.tr("note {n}: {why}").format(n=i + 1, why=exc)) from None
        sha = item.get("resource_sha256")
        if isinstance(sha, str) and sha and library.get(note.resource_id) is None:
            if by_sha is None:
                by_sha = {r.sha256: r.id for r in library.resources() if r.sha256}
            if sha in by_sha:
                note = replace(note, resource_id=by_sha[sha])
        prev = incoming.get(note.id)
        if prev is None or note.updated_at > prev.updated_at:
            incoming[note.id] = note
    return incoming


def merge(
    conn: sqlite3.Connection, library: Resources, incoming: Iterable[Note]
) -> tuple[ImportResult, list[Note]]:
    """Write the incoming notes that are new or newer, in the caller's transaction.
    Returns the counts and the notes written (to index in the same transaction)."""
    result = ImportResult()
    changed: list[Note] = []
    for note in incoming:
        row = conn.execute(f"SELECT {COLUMNS} FROM notes WHERE id = ?", (note.id,)).fetchone()
        res = library.get(note.resource_id)
        if res is not None:
            note = replace(note, resource_title=res.title)
        if row is None:
            conn.execute(_INSERT, note_params(note))
            result.added += 1
        elif row_to_note(row).updated_at < note.updated_at:
            conn.execute("DELETE FROM notes WHERE id = ?", (note.id,))
            conn.execute(_INSERT, note_params(note))
            result.updated += 1
        else:
            result.unchanged += 1
            continue
        changed.append(note)
        result.ids.append(note.id)
    return result, changed
