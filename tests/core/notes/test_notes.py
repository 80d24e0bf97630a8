"""NoteStore: anchors, ordering, trash, filters, JSON merge, exports, durability settings.

Every store sits on a real Library (tests/core/notes_fixtures.py): resources "vid"
(a catalog video not on this computer), "pdf" (a real PDF) and "guide" (a real Markdown
guide), and the search index is checked through Library.search.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from notes_fixtures import COLLECTION_LRE, note_hits, open_notes_library

from real_desktop.core.library import Library
from real_desktop.core.models import MARK_END, MARK_START, Location, LocationKind
from real_desktop.core.notes import Note, NoteStore, parse_tags
from real_desktop.core.notes_export import nest_body, render_markdown, write_markdown_files

GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "notes"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = open_notes_library(tmp_path / "home")
    yield library
    library.close()


@pytest.fixture
def empty_lib(tmp_path: Path) -> Iterator[Library]:
    """A second library, on "another computer", that holds none of the resources."""
    library = Library.open(tmp_path / "other", seed=False)
    yield library
    library.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(lib: Library, clock: Clock) -> Iterator[NoteStore]:
    s = NoteStore(lib, clock=clock)
    yield s
    s.close()


ANCHORS = [
    Location(LocationKind.TIME, start=754.25),
    Location(LocationKind.TIME, start=3723.0, end=3730.5),
    Location(LocationKind.PAGE, page=7),
    Location(LocationKind.SECTION, anchor="preparing-the-room", section="Preparing the room"),
    Location(LocationKind.RESOURCE),
]


@pytest.mark.parametrize("loc", ANCHORS, ids=lambda loc: loc.kind)
def test_anchor_round_trips_through_db_and_json(
    store: NoteStore, empty_lib: Library, loc: Location
) -> None:
    note = store.create(
        "pdf", loc, body="body", quote="  quoted words ", tags=["#equity", "Budget", "equity"]
    )
    got = store.get(note.id)
    assert got == note
    assert got.location == loc
    assert got.quote == "quoted words"
    assert got.tags == ("equity", "Budget")
    # …and through JSON into another library
    s2 = NoteStore(empty_lib)
    assert tuple(s2.import_json(json.dumps(store.export_json()))) == (1, 0, 0)
    assert s2.get(note.id).location == loc
    assert s2.get(note.id).body == "body"
    s2.close()


def test_anchor_labels(store: NoteStore) -> None:
    labels = [store.create("vid", loc).anchor_label for loc in ANCHORS]
    assert labels == ["12:34", "1:02:03", "p. 7", "§ Preparing the room", ""]


@pytest.mark.parametrize(
    "loc",
    [
        Location(LocationKind.PAGE, page=0),
        Location(LocationKind.PAGE),
        Location(LocationKind.TIME, start=-1),
        Location(LocationKind.SECTION),
        Location(LocationKind.NOTE, note_id="x"),
    ],
)
def test_bad_anchor_is_refused_and_nothing_written(store: NoteStore, loc: Location) -> None:
    with pytest.raises(ValueError):
        store.create("vid", loc)
    assert store.count() == 0


def test_search_hit_note_id_is_not_part_of_anchor(store: NoteStore) -> None:
    note = store.create("pdf", Location(LocationKind.PAGE, page=3, note_id="stale"))
    assert note.location.note_id is None


def test_for_resource_orders_by_anchor(store: NoteStore, lib: Library, clock: Clock) -> None:
    times = [300.0, 12.0, 3600.0, 45.5]
    for t in times:
        store.create("vid", Location(LocationKind.TIME, start=t), body=f"at {t}")
        clock.advance(seconds=1)
    store.create("vid", None, body="about the whole talk")
    store.create("pdf", Location(LocationKind.PAGE, page=1), body="other resource")
    got = [n.body for n in store.for_resource("vid")]
    assert got == ["about the whole talk", "at 12.0", "at 45.5", "at 300.0", "at 3600.0"]

    # sections follow the real guide's headings, not the alphabet or the order of writing
    sections = {s.location.anchor: s.location for s in lib.segments("guide")}
    for a in ["closing", "welcome", "ground-rules"]:
        store.create("guide", sections[a], body=a)
    assert [n.body for n in store.for_resource("guide")] == ["welcome", "ground-rules", "closing"]
    assert store.for_resource("guide")[1].anchor_label == "§ Ground rules"

    for p in [9, 2, 5]:
        store.create("pdf", Location(LocationKind.PAGE, page=p), body=f"p{p}")
    assert [n.location.page for n in store.for_resource("pdf")] == [1, 2, 5, 9]


def test_update_changes_only_what_is_given_and_stamps_are_strictly_increasing(
    store: NoteStore,
) -> None:
    note = store.create("vid", Location(LocationKind.TIME, start=10), body="first", tags=["a"])
    # the clock is frozen: stamps must still increase so "newest wins" sees every edit
    n2 = store.update(note.id, body="second")
    assert n2.body == "second" and n2.tags == ("a",)
    assert n2.updated_at > note.updated_at
    n3 = store.update(note.id, tags=parse_tags("b, #c, , B"))
    assert n3.tags == ("b", "c") and n3.body == "second"
    assert n3.updated_at > n2.updated_at
    same = store.update(note.id, body="second")
    assert same.updated_at == n3.updated_at  # no change, no write
    moved = store.update(note.id, location=Location(LocationKind.TIME, start=99))
    assert store.get(note.id).location.start == 99 and moved.created_at == note.created_at
    with pytest.raises(KeyError):
        store.update("nope", body="x")
    with pytest.raises(ValueError):
        store.update(note.id, location=Location(LocationKind.PAGE, page=-2))
    assert store.get(note.id).location.start == 99


def test_delete_restore_trash_and_purge(store: NoteStore, lib: Library, clock: Clock) -> None:
    a = store.create("vid", None, body="keep me")
    b = store.create("vid", None, body="old trash")
    c = store.create("pdf", Location(LocationKind.PAGE, page=2), body="new trash")
    indexed = lambda: set(note_hits(lib, "keep OR trash"))  # noqa: E731
    assert indexed() == {a.id, b.id, c.id}
    store.delete(b.id)
    clock.advance(days=40)
    store.delete(c.id)
    assert [n.id for n in store.for_resource("vid")] == [a.id]
    assert [n.id for n in store.trash()] == [c.id, b.id]  # newest deletion first
    assert indexed() == {a.id}  # trashed notes leave the search index

    with pytest.raises(ValueError):
        store.purge()
    assert store.purge(older_than_days=30) == 1  # only b is that old
    assert store.get(b.id) is None and store.get(c.id).deleted

    restored = store.restore(c.id)
    assert not restored.deleted and indexed() == {a.id, c.id}
    assert {n.id for n in store.list()} == {a.id, c.id}
    assert store.purge(ids=[a.id]) == 0  # live notes are never purged
    store.delete(a.id)
    store.delete(c.id)
    assert store.purge(everything=True) == 2
    assert store.count() == 0 and store.count(deleted=True) == 0
    assert indexed() == set()


def test_opening_the_store_empties_old_trash(store: NoteStore, lib: Library, clock: Clock) -> None:
    old = store.create("vid", None, body="old")
    recent = store.create("vid", None, body="recent")
    store.delete(old.id)
    clock.advance(days=25)
    store.delete(recent.id)
    clock.advance(days=10)
    NoteStore(lib, clock=clock).close()  # the app starting up 35 days after the first delete
    assert store.get(old.id) is None and store.get(recent.id).deleted
    NoteStore(lib, clock=clock, trash_days=None).close()
    clock.advance(days=100)
    NoteStore(lib, clock=clock, trash_days=None).close()
    assert store.get(recent.id) is not None


def test_list_filters(store: NoteStore, clock: Clock) -> None:
    v = store.create(
        "vid", Location(LocationKind.TIME, start=5), tags=["Budget"], body="video note"
    )
    clock.advance(days=2)
    p = store.create("pdf", Location(LocationKind.PAGE, page=1), tags=["lens"], body="pdf note")
    clock.advance(days=2)
    g = store.create("guide", None, tags=["budget", "facilitation"], body="guide note")
    ids = lambda notes: {n.id for n in notes}  # noqa: E731
    assert ids(store.list(collection=COLLECTION_LRE)) == {v.id, p.id}
    assert ids(store.list(collection="No such collection")) == set()
    assert ids(store.list(tag="budget")) == {v.id, g.id}
    assert ids(store.list(resource_id="pdf")) == {p.id}
    assert ids(store.list(since="2026-03-16")) == {p.id, g.id}
    assert ids(store.list(until="2026-03-16")) == {v.id, p.id}
    assert ids(store.list(since="2026-03-15", until="2026-03-17")) == {p.id}
    assert ids(store.list(text="GUIDE")) == {g.id}
    assert [n.id for n in store.list()] == [g.id, p.id, v.id]  # newest first
    assert store.tags() == [("Budget", 2), ("facilitation", 1), ("lens", 1)]
    assert [(r, c) for r, _, c in store.resource_ids()] and len(store.resource_ids()) == 3


def test_json_import_twice_creates_no_duplicates_and_newest_wins(
    store: NoteStore, tmp_path: Path, clock: Clock
) -> None:
    # the laptop's library holds only the video: the PDF note travels all the same
    a = store.create("vid", Location(LocationKind.TIME, start=75), body="original")
    b = store.create("pdf", Location(LocationKind.PAGE, page=4), body="second", quote="a quote")
    exported = tmp_path / "notes.json"
    exported.write_text(json.dumps(store.export_json()), encoding="utf-8")

    other_lib = open_notes_library(tmp_path / "laptop", ids=["vid"])
    other = NoteStore(other_lib, clock=clock)
    assert tuple(other.import_json(exported)) == (2, 0, 0)
    assert tuple(other.import_json(exported)) == (0, 0, 2)
    assert other.count() == 2
    assert note_hits(other_lib, "original") == {a.id: "vid"}  # imported notes are searchable

    # edited on the laptop later: the laptop's version is newer, importing the old file keeps it
    clock.advance(minutes=5)
    other.update(a.id, body="edited on the laptop")
    assert tuple(other.import_json(exported)) == (0, 0, 2)
    assert other.get(a.id).body == "edited on the laptop"
    assert note_hits(other_lib, "laptop") == {a.id: "vid"} and not note_hits(other_lib, "original")

    # …and going back, the desktop takes the laptop's edit; a deletion travels as well
    other.delete(b.id)
    result = store.import_json(other.export_json())
    assert tuple(result) == (0, 2, 0) and set(result.ids) == {a.id, b.id}
    assert store.get(a.id).body == "edited on the laptop"
    assert store.get(b.id).deleted
    assert store.count() == 1 and store.count(deleted=True) == 1
    other.close()
    other_lib.close()


@pytest.mark.parametrize(
    "payload, message",
    [
        ("{not json", "not valid JSON"),
        ('{"notes": []}', "not a REAL Desktop notes file"),
        ('{"format": "real-desktop-notes", "version": 99, "notes": []}', "unsupported"),
        ('{"format": "real-desktop-notes", "version": 1, "notes": {}}', "must be a list"),
    ],
)
def test_bad_json_is_refused_with_a_clear_message(
    store: NoteStore, payload: str, message: str
) -> None:
    store.create("vid", None, body="precious")
    with pytest.raises(ValueError, match=message):
        store.import_json(payload)
    assert [n.body for n in store.list()] == ["precious"]


def test_one_bad_note_aborts_the_whole_import(store: NoteStore) -> None:
    good = store.create("vid", None, body="good")
    data = store.export_json()
    store.purge  # noqa: B018 - just to show nothing else happens
    data["notes"][0] = dict(
        data["notes"][0], body="changed", updated_at="2099-01-01T00:00:00.000000Z"
    )
    bad = dict(
        data["notes"][0],
        id="5b7e9a2e-0c3f-4f0e-9d1c-0d8c2d1c1a11",
        location={"kind": "page", "page": 0},
    )
    data["notes"].append(bad)
    with pytest.raises(ValueError, match=r"note 2: .*page"):
        store.import_json(data)
    assert store.get(good.id).body == "good"
    assert store.count() == 1
    with pytest.raises(ValueError, match="cannot read"):
        store.import_json(Path("/nonexistent/notes.json"))


def test_note_whose_resource_is_not_in_the_library_is_kept(
    store: NoteStore, lib: Library, empty_lib: Library
) -> None:
    note = store.create("guide", None, body="from the guide")
    exported = store.export_json()
    s2 = NoteStore(empty_lib)
    s2.import_json(exported)
    kept = s2.get(note.id)
    assert kept is not None and not kept.deleted
    assert s2.resource_title(kept) == ("Community Conversations Guide", False)
    md = s2.to_markdown(s2.select())
    assert "## Community Conversations Guide" in md and "resource not in this library" in md
    # the resource leaving this library does not take the note with it
    assert lib.remove("guide")
    assert store.for_resource("guide")[0].id == note.id
    assert store.resource_title(note) == ("Community Conversations Guide", False)
    s2.close()


def test_notes_are_indexed_for_search_and_resolve_to_their_anchor(
    store: NoteStore, lib: Library
) -> None:
    note = store.create(
        "pdf",
        Location(LocationKind.PAGE, page=12),
        body="talk to the budget office",
        quote="equity lens",
        tags=["budget", "treasurer"],
    )
    # body, quote and tags are all searchable; the hit is the note, on its resource
    assert note_hits(lib, '"budget office"') == {note.id: "pdf"}
    assert note_hits(lib, '"equity lens"') == {note.id: "pdf"}  # the PDF's own text aside
    assert note_hits(lib, "treasurer") == {note.id: "pdf"}  # a word only in a tag
    (hit,) = [h for h in lib.search("office").hits if h.location.kind is LocationKind.NOTE]
    assert hit.location == Location(LocationKind.NOTE, note_id=note.id)
    assert f"{MARK_START}office{MARK_END}" in hit.snippet

    store.update(note.id, body="revised wording")
    assert note_hits(lib, "revised") == {note.id: "pdf"} and not note_hits(lib, "office")
    assert store.resolve(hit.location) == (
        "pdf",
        Location(LocationKind.PAGE, page=12, note_id=note.id),
    )
    store.delete(note.id)
    assert store.resolve(hit.location) is None and not note_hits(lib, "revised")
    store.restore(note.id)
    assert note_hits(lib, "revised") == {note.id: "pdf"}
    # a crash between the note's commit and its index write leaves the index stale
    lib.unindex_note(note.id)
    assert not note_hits(lib, "revised")
    assert store.reindex_search() == 1 and note_hits(lib, "revised") == {note.id: "pdf"}


def _golden_store(lib: Library, clock: Clock) -> tuple[NoteStore, list[Note]]:
    store = NoteStore(lib, clock=clock)
    store.create(
        "vid",
        Location(LocationKind.TIME, start=754),
        body="Panel on **racial healing**.\n\n- listen first\n- follow up",
        tags=["healing"],
    )
    clock.advance(hours=1)
    store.create("vid", None, body="Share with the council <b>before</b> March.")
    store.create(
        "pdf",
        Location(LocationKind.PAGE, page=7),
        body="Apply this to the parks budget.",
        quote="apply a racial equity lens to\nbudget decisions",
        tags=["budget", "lens"],
    )
    store.create(
        "guide",
        Location(LocationKind.SECTION, anchor="ground-rules", section="Ground rules"),
        body="Print these for the room.",
    )
    store.create(
        "guide", Location(LocationKind.SECTION, anchor="closing", section="Closing"), body=AGENDA
    )
    store.create("gone", Location(LocationKind.PAGE, page=2), body="Orphan note.")
    return store, store.select()


# A note with headings of its own (ATX, setext, in a quote) and "#" lines that are code.
AGENDA = """# Agenda

Thank everyone, then **next steps**.

Follow-up
---------

> ## Quoted heading

```markdown
# Not a heading: fenced code
```

    ## nor this: indented code

#### Owners"""


def _outline(markdown: str) -> list[tuple[int, str]]:
    """(level, text) of every heading, as a Markdown reader (and the HTML export) sees them."""
    tokens = MarkdownIt("commonmark", {"html": False}).parse(markdown)
    return [
        (int(t.tag[1]), tokens[i + 1].content)
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_export_matches_golden_file(lib: Library, clock: Clock, fmt: str) -> None:
    store, notes = _golden_store(lib, clock)
    text = store.to_markdown(notes) if fmt == "md" else store.to_html(notes)
    golden = GOLDEN / f"all.{fmt}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
    # raw HTML in a body is shown, never interpreted
    if fmt == "html":
        assert "&lt;b&gt;before&lt;/b&gt;" in text and "<b>before</b>" not in text
    store.close()


def test_select_scopes_and_markdown_files(lib: Library, clock: Clock, tmp_path: Path) -> None:
    store, _ = _golden_store(lib, clock)
    assert {n.resource_id for n in store.select(resource_id="vid")} == {"vid"}
    assert {n.resource_id for n in store.select(collection=COLLECTION_LRE)} == {
        "vid",
        "pdf",
    }
    files = write_markdown_files(store, store.select(), tmp_path / "out")
    assert sorted(p.name for p in files) == [
        "Budgeting with an Equity Lens.md",
        "Community Conversations Guide.md",
        "Undoing Racism in Americas Cities.md",
        "gone.md",
    ]
    text = (tmp_path / "out" / "Undoing Racism in Americas Cities.md").read_text(encoding="utf-8")
    assert text.startswith("# Notes: Undoing Racism in America's Cities")
    assert "### 12:34" in text and "### Whole resource" in text and "p. 7" not in text
    store.close()


def test_note_headings_nest_below_the_anchor_and_code_is_untouched(
    lib: Library, clock: Clock, tmp_path: Path
) -> None:
    store, notes = _golden_store(lib, clock)
    everything = store.to_markdown(notes)
    guide_part = [
        (3, "§ Ground rules"),
        (3, "§ Closing"),
        (4, "Agenda"),  # the note's h1, h2, h4 under the h3 anchor
        (5, "Follow-up"),
        (5, "Quoted heading"),
        (6, "Owners"),  # Markdown stops at h6
    ]
    assert _outline(everything) == [
        (1, "REAL Desktop notes"),
        (2, "Budgeting with an Equity Lens"),
        (3, "p. 7"),
        (2, "Community Conversations Guide"),
        *guide_part,
        (2, "gone"),
        (3, "p. 2"),
        (2, "Undoing Racism in America's Cities"),
        (3, "Whole resource"),
        (3, "12:34"),
    ]
    for code in ("# Not a heading: fenced code\n```", "    ## nor this: indented code"):
        assert code in everything
    html = store.to_html(notes)
    assert "<h4>Agenda</h4>" in html and "<h6>Owners</h6>" in html
    assert "# Not a heading: fenced code" in html and "<h1>Agenda" not in html

    # a file per resource: the same levels under its own "# Notes: <title>"
    write_markdown_files(store, notes, tmp_path / "out")
    text = (tmp_path / "out" / "Community Conversations Guide.md").read_text(encoding="utf-8")
    golden = GOLDEN / "guide.md"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
    assert _outline(text) == [
        (1, "Notes: Community Conversations Guide"),
        (2, "Community Conversations Guide"),
        *guide_part,
    ]
    store.close()


def test_an_open_fence_or_a_heading_like_quote_cannot_break_the_outline(
    store: NoteStore, clock: Clock
) -> None:
    store.create("pdf", Location(LocationKind.PAGE, page=1), body="Code:\n\n```\n# inside")
    clock.advance(seconds=1)
    store.create(
        "pdf", Location(LocationKind.PAGE, page=2), quote="# 1 priority\nParks\n===\n  - - -"
    )
    clock.advance(seconds=1)
    store.create("vid", None, body="## After")
    md = store.to_markdown(store.select())
    assert _outline(md) == [
        (1, "REAL Desktop notes"),
        (2, "Budgeting with an Equity Lens"),
        (3, "p. 1"),
        (3, "p. 2"),
        (2, "Undoing Racism in America's Cities"),
        (3, "Whole resource"),
        (5, "After"),
    ]
    assert "```\n# inside\n```" in md
    # the quote still reads as the document's words
    quote = MarkdownIt("commonmark", {"html": False}).render(md.split("### p. 2")[1])
    assert "# 1 priority\nParks\n===" in quote


def test_any_note_body_stays_inside_its_anchor_property() -> None:
    """Whatever Markdown a note holds, once exported its headings sit below the anchor, in
    the note's own order and relative levels, and the next resource's heading survives."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    md = MarkdownIt("commonmark", {"html": False})

    def words(text: str) -> str:
        return " ".join(md.renderInline(text).replace("<br />", " ").split())

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="##==--``~~>  \n\n*+1.)a\t\\[]!_", max_size=120))
    def check(body: str) -> None:
        body = body.strip()
        doc = f"### anchor\n\n{nest_body(body)}\n\n*meta*\n\n## next\n"
        got, own = _outline(doc), _outline(body)
        assert got[0] == (3, "anchor") and got[-1] == (2, "next")
        assert [level for level, _ in got[1:-1]] == [min(level + 3, 6) for level, _ in own]
        assert [words(t) for _, t in got[1:-1]] == [words(t) for _, t in own]

    check()


def test_render_markdown_is_safe() -> None:
    out = render_markdown("[x](javascript:alert(1)) <script>bad()</script> *ok*")
    assert "<script>" not in out and 'href="javascript' not in out and "<em>ok</em>" in out


def test_note_writes_commit_with_full_sync_on_a_wal_connection(store: NoteStore) -> None:
    # Notes share the library's connections (synchronous=NORMAL); each note transaction
    # switches to FULL until it has committed, so a write that returned survives power loss.
    conn = store.library.db.connection()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    pragmas: list[str] = []
    conn.set_trace_callback(pragmas.append)
    try:
        store.create("vid", Location(LocationKind.TIME, start=1.0), body="durable")
    finally:
        conn.set_trace_callback(None)
    statements = [p.strip().upper().replace(" ", "") for p in pragmas]
    begin = statements.index("BEGINIMMEDIATE")
    commit = statements.index("COMMIT")
    assert "PRAGMASYNCHRONOUS=FULL" in statements[:begin]
    assert "PRAGMASYNCHRONOUS=NORMAL" in statements[commit:]
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL again after


def test_concurrent_writers_lose_nothing(store: NoteStore) -> None:
    notes = [store.create("vid", Location(LocationKind.TIME, start=i)) for i in range(4)]
    errors: list[BaseException] = []

    def edit(note: Note) -> None:
        try:
            for i in range(25):
                store.update(note.id, body=f"{note.id} v{i}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=edit, args=(n,)) for n in notes]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(store.get(n.id).body == f"{n.id} v24" for n in notes)
    db = sqlite3.connect(store.db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_note_dict_round_trip_and_strict_parsing() -> None:
    note = Note(
        id="5b7e9a2e-0c3f-4f0e-9d1c-0d8c2d1c1a11",
        resource_id="r",
        location=Location(LocationKind.TIME, start=1.5),
        body="b",
        quote="q",
        tags=("t",),
        created_at="2026-01-01T00:00:00.000000Z",
        updated_at="2026-01-02T00:00:00.000000Z",
    )
    assert Note.from_dict(note.to_dict()) == note
    for broken in [
        {"id": "not-a-uuid"},
        {"tags": "x"},
        {"updated_at": "yesterday"},
        {"location": {"kind": "planet"}},
    ]:
        with pytest.raises(ValueError):
            Note.from_dict(dict(note.to_dict(), **broken))
    assert replace(note, deleted_at="x").deleted


def _locations() -> Any:
    from hypothesis import strategies as st

    text = st.text(min_size=1, max_size=30)
    def at(kind: LocationKind):  # noqa: ANN202
        # Only the fields given vary (builds() would also fill a NamedTuple's defaults).
        return lambda **fields: Location(kind, **fields)

    return st.one_of(
        st.builds(at(LocationKind.PAGE), page=st.integers(1, 10_000)),
        st.builds(
            at(LocationKind.TIME),
            start=st.floats(0, 100_000, allow_nan=False),
            end=st.none() | st.floats(0, 100_000, allow_nan=False),
        ),
        st.builds(at(LocationKind.SECTION), anchor=text, section=st.none() | text),
        st.just(Location(LocationKind.RESOURCE)),
    )


def test_any_note_round_trips_through_json_property(tmp_path: Path) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    # two real libraries without resources: "r" is not in either
    src_lib = Library.open(tmp_path / "src", seed=False)
    dst_lib = Library.open(tmp_path / "dst", seed=False)
    src, dst = NoteStore(src_lib), NoteStore(dst_lib)

    @settings(
        max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(
        loc=_locations(),
        body=st.text(max_size=200),
        quote=st.none() | st.text(max_size=50),
        tags=st.lists(st.text(max_size=12), max_size=4),
    )
    def check(loc: Location, body: str, quote: str | None, tags: list[str]) -> None:
        note = src.create("r", loc, body=body, quote=quote, tags=tags)
        data = json.loads(json.dumps(src.export_json([note])))
        assert tuple(dst.import_json(data)) == (1, 0, 0)
        # the other library does not know resource "r": its id stands in as the title
        assert dst.get(note.id) == replace(note, resource_title="r")

    check()
    src.close()
    dst.close()
    src_lib.close()
    dst_lib.close()
