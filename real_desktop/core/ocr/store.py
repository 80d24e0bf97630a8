"""OCR text in the library: each recognised page becomes that page's text (so a hit
opens the PDF at the right page), `segments.machine = 1` marks it machine-made."""

from __future__ import annotations

import json
import sqlite3

from real_desktop.core.db import Database
from real_desktop.core.i18n import later
from real_desktop.core.index import Index
from real_desktop.core.ocr.engine import OcrError
from real_desktop.core.textutil import text_digest
from real_desktop.core.timefmt import now_iso

SCAN_NOTE = "no text found (scanned pages?)"


def pages_without_text(conn: sqlite3.Connection, resource_id: str) -> list[int]:
    """1-based pages with no text of their own (machine text does not count: OCR again
    replaces it)."""
    return [
        int(p)
        for (p,) in conn.execute(
            "SELECT page FROM segments WHERE resource_id = ? AND loc_kind = 'page' "
            "AND (machine = 1 OR trim(COALESCE(text, '')) = '') ORDER BY page",
            (resource_id,),
        )
    ]


def store_pages(db: Database, index: Index, resource_id: str, texts: dict[int, str]) -> int:
    """Write the recognised text of these pages (one transaction); pages with text of
    their own are never touched. Returns how many pages got text."""
    with db.write() as conn:
        row = conn.execute(
            "SELECT status_reason FROM resources WHERE id = ?", (resource_id,)
        ).fetchone()
        if row is None:
            raise OcrError(later.tr("the item is no longer in the library"))
        open_pages = set(pages_without_text(conn, resource_id))
        machine_before = {
            int(p)
            for (p,) in conn.execute(
                "SELECT page FROM segments WHERE resource_id = ? AND machine = 1", (resource_id,)
            )
        }
        rows = []
        machine: set[int] = set(machine_before)
        for r in conn.execute(
            "SELECT seq, loc_kind, page, anchor, section, start_s, end_s, track, text "
            "FROM segments WHERE resource_id = ? AND loc_kind != 'resource' ORDER BY seq",
            (resource_id,),
        ):
            r = list(r)
            if r[1] == "page" and r[2] in open_pages and r[2] in texts:
                r[8] = texts[r[2]]
                machine.add(int(r[2]))
            rows.append(tuple(r))
        index.write_content(conn, resource_id, rows)
        conn.execute(
            "UPDATE segments SET machine = 1 WHERE resource_id = ? AND loc_kind = 'page' "
            "AND page IN (SELECT value FROM json_each(?))",
            (resource_id, json.dumps(sorted(machine))),
        )
        got = sum(1 for p, t in texts.items() if p in open_pages and t.strip())
        reason = row["status_reason"] or ""
        if reason.startswith(SCAN_NOTE) and got:
            # Not a %n plural: the reason is stored in English and read back (i18n.from_english).
            if got == 1:
                reason = later.tr("text recognised by OCR on {count} page").format(count=got)
            else:
                reason = later.tr("text recognised by OCR on {count} pages").format(count=got)
        conn.execute(
            "UPDATE resources SET text_sha256 = ?, status_reason = ?, updated_at = ? WHERE id = ?",
            (text_digest(r[8] for r in rows), reason, now_iso(), resource_id),
        )
    return got
