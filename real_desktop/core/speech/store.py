"""A transcript in the library: a machine-made caption track ("Automatic (English)").

Stored like any caption track: one `segments` row per cue (`loc_kind='time'`, track = the
language) with `machine = 1`, the track listed in `resources.captions` pointing at a WebVTT
copy in `<home>/transcripts/` (so the player shows it like a caption file). A human caption
file for the same video, imported later, replaces the whole caption list and its rows (the
importer rewrites a resource whose caption files changed), so the automatic track goes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from real_desktop.core.db import Database
from real_desktop.core.i18n import later
from real_desktop.core.index import Index
from real_desktop.core.speech.cues import Cue, write_vtt
from real_desktop.core.speech.engines import SpeechError, base_language
from real_desktop.core.textutil import text_digest
from real_desktop.core.timefmt import now_iso

LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "pt": "Portuguese"}
AUTO_PREFIX = "Automatic"


def automatic_label(language: str) -> str:
    """"Automatic (English)": what the player and the transcript call the track."""
    lang = base_language(language)
    return f"{AUTO_PREFIX} ({LANGUAGE_NAMES.get(lang, lang)})"


def is_automatic(track: Sequence[object]) -> bool:
    """A `resources.captions` entry ([path, language, label]) that we made."""
    return len(track) > 2 and str(track[2]).startswith(f"{AUTO_PREFIX} (")


def human_tracks(captions_json: str, language: str | None = None) -> list[list[object]]:
    tracks = json.loads(captions_json or "[]")
    return [
        t
        for t in tracks
        if not is_automatic(t)
        and (language is None or base_language(str(t[1] or "")) == base_language(language))
    ]


def transcript_path(home: Path, resource_id: str, language: str) -> Path:
    return home / "transcripts" / f"{resource_id}.{base_language(language)}.vtt"


def machine_tracks(conn: sqlite3.Connection, resource_id: str) -> set[str]:
    return {
        t
        for (t,) in conn.execute(
            "SELECT DISTINCT track FROM segments WHERE resource_id = ? AND machine = 1 "
            "AND track IS NOT NULL",
            (resource_id,),
        )
    }


def store_transcript(
    db: Database,
    index: Index,
    home: Path,
    resource_id: str,
    language: str,
    cues: Sequence[Cue],
    engine: str,
) -> Path:
    """Replace the resource's automatic track in `language` with these cues (one
    transaction). Refuses when a human caption file covers that language. Returns the
    WebVTT file written."""
    lang = base_language(language)
    vtt = transcript_path(home, resource_id, lang)
    write_vtt(vtt, cues, f"Made by speech recognition ({engine}) on {now_iso()[:10]}; "
              "it may contain mistakes.")  # fmt: skip
    with db.write() as conn:
        row = conn.execute(
            "SELECT kind, captions FROM resources WHERE id = ?", (resource_id,)
        ).fetchone()
        if row is None:
            raise SpeechError(later.tr("the item is no longer in the library"))
        if human_tracks(row["captions"], lang):
            raise SpeechError(
                later.tr("it already has {language} captions from a caption file").format(
                    language=LANGUAGE_NAMES.get(lang, lang)
                )
            )
        machine = machine_tracks(conn, resource_id) - {lang}
        kept = [
            tuple(r)
            for r in conn.execute(
                "SELECT seq, loc_kind, page, anchor, section, start_s, end_s, track, text "
                "FROM segments WHERE resource_id = ? AND loc_kind != 'resource' "
                "AND track IS NOT ? ORDER BY seq",
                (resource_id, lang),
            )
        ]
        first = max((int(r[0]) for r in kept), default=-1) + 1
        rows = kept + [
            (first + i, "time", None, None, None, c.start, c.end, lang, c.text)
            for i, c in enumerate(cues)
        ]
        index.write_content(conn, resource_id, rows)
        conn.execute(
            "UPDATE segments SET machine = 1 WHERE resource_id = ? AND track IN "
            "(SELECT value FROM json_each(?))",
            (resource_id, json.dumps(sorted(machine | {lang}))),
        )
        tracks = [t for t in json.loads(row["captions"] or "[]") if base_language(str(t[1] or "")) != lang
                  or not is_automatic(t)]  # fmt: skip
        tracks.append([str(vtt), lang, automatic_label(lang)])
        conn.execute(
            "UPDATE resources SET captions = ?, text_sha256 = ?, updated_at = ? WHERE id = ?",
            (json.dumps(tracks), text_digest(r[-1] for r in rows), now_iso(), resource_id),
        )
    return vtt


def carry_automatic(
    conn: sqlite3.Connection,
    resource_id: str,
    captions: list[list[object]],
    segments: Sequence[Sequence[object]],
) -> tuple[list[list[object]], list[tuple[object, ...]], set[str]]:
    """A media file imported again with the same bytes (e.g. a caption file in another
    language appeared beside it): keep our automatic tracks for the languages no caption
    file covers now. Returns the captions, segments and machine-made languages to write."""
    row = conn.execute("SELECT captions FROM resources WHERE id = ?", (resource_id,)).fetchone()
    if row is None:
        return captions, list(map(tuple, segments)), set()
    covered = {base_language(str(c[1] or "")) for c in captions}
    ours = [t for t in json.loads(row["captions"] or "[]") if is_automatic(t) and base_language(str(t[1])) not in covered]
    langs = {base_language(str(t[1])) for t in ours} & machine_tracks(conn, resource_id)
    rows = [tuple(s) for s in segments]
    if not langs:
        return captions, rows, set()
    first = max((int(str(r[0])) for r in rows), default=-1) + 1
    kept = conn.execute(
        "SELECT loc_kind, page, anchor, section, start_s, end_s, track, text FROM segments "
        "WHERE resource_id = ? AND machine = 1 AND track IN (SELECT value FROM json_each(?)) "
        "ORDER BY seq",
        (resource_id, json.dumps(sorted(langs))),
    ).fetchall()
    rows += [(first + i, *tuple(r)) for i, r in enumerate(kept)]
    return captions + [t for t in ours if base_language(str(t[1])) in langs], rows, langs


def mark_machine(conn: sqlite3.Connection, resource_id: str, languages: set[str]) -> None:
    if languages:
        conn.execute(
            "UPDATE segments SET machine = 1 WHERE resource_id = ? AND track IN "
            "(SELECT value FROM json_each(?))",
            (resource_id, json.dumps(sorted(languages))),
        )


def track_cues(db: Database, resource_id: str, language: str) -> list[Cue]:
    """The cues of one caption track, in order (for `--vtt` export)."""
    return [
        Cue(float(s or 0), float(e or s or 0), t)
        for s, e, t in db.connection().execute(
            "SELECT start_s, end_s, text FROM segments WHERE resource_id = ? AND track = ? "
            "AND loc_kind = 'time' ORDER BY seq",
            (resource_id, base_language(language)),
        )
    ]
