"""Notes: anchored, Markdown notes on resources, stored in the library database.

A note belongs to a resource by its stable id and is anchored with a `models.Location`
(a time in a video, a page of a PDF, a section of a Markdown/HTML document, or the whole
resource: `LocationKind.RESOURCE`). A PDF note may quote the selected text (`Note.quote`).

    model.py       Note, anchors to/from JSON, tags, row mapping
    repository.py  NoteStore: reads and writes (a note and its index row in one
                   durable transaction), trash, purge, export/import entry points
    merge.py       JSON export and the newest-wins merge of an import
    export.py      Markdown and HTML (markdown-it-py; loaded only when exporting)

API (all methods are safe to call from any thread; the library's per-thread connections):

    store = NoteStore(library)
    note = store.create(resource_id, Location(LocationKind.TIME, start=754.0), body="…",
                        quote=None, tags=("budget",))
    store.update(note.id, body="…", tags=[...], location=...)  -> Note   (KeyError if unknown)
    store.delete(note.id)        # to the trash (soft delete); store.restore(note.id) undoes it
    store.trash()                # deleted notes, newest deletion first
    store.purge(older_than_days=30) / store.purge(ids=[...]) / store.purge(everything=True)
                                 # (opening a store purges notes trashed > TRASH_DAYS ago)
    store.get(note_id)           # live or trashed; None if unknown
    store.for_resource(rid)      # live notes ordered by anchor (page / time / section order)
    store.list(collection=, tag=, resource_id=, since=, until=, deleted=False)
    store.tags()                 # [(tag, count)] over live notes
    store.select(resource_id= | collection= | nothing)  # export scope, grouped, anchor order
    store.resolve(hit_location)  # a search hit in a note -> (resource_id, the note's anchor)
    store.discard(note.id)       # drop an untouched empty note outright (no trash entry)
    store.reindex_search()       # repair: re-put every live note in the search index
    store.export_json(notes) -> dict ; store.import_json(data) -> (added, updated, unchanged)
    store.to_markdown(notes) / store.to_html(notes)

Notes never reference resources with a foreign key: a note whose resource left the
library (or was imported from another computer) is kept and shown as "resource not in
this library". Notes carry stable UUIDs and `updated_at` (UTC ISO-8601 with
microseconds, strictly increasing per note), which the merge compares.
"""

from real_desktop.core.notes.merge import JSON_FORMAT, JSON_VERSION, ImportResult
from real_desktop.core.notes.model import (
    HIGHLIGHT_COLOR,
    HIGHLIGHT_COLORS,
    TRASH_DAYS,
    Note,
    color_name,
    location_from_dict,
    location_to_dict,
    normalize_tags,
    parse_tags,
    validate_location,
)
from real_desktop.core.notes.repository import NoteStore

__all__ = [
    "HIGHLIGHT_COLOR",
    "HIGHLIGHT_COLORS",
    "JSON_FORMAT",
    "JSON_VERSION",
    "TRASH_DAYS",
    "ImportResult",
    "Note",
    "NoteStore",
    "color_name",
    "location_from_dict",
    "location_to_dict",
    "normalize_tags",
    "parse_tags",
    "validate_location",
]
