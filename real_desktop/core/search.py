"""Search: the query parser's FTS5 expression run in two tiers (rows that hold every
term, then resources that hold every term only across rows), filters, highlighted
snippets and "did you mean" suggestions (docs/ARCHITECTURE.md, Search)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from real_desktop.core.catalog import resource_filters
from real_desktop.core.db import Database
from real_desktop.core.models import (
    MARK_END,
    MARK_START,
    Kind,
    Location,
    LocationKind,
    SearchHit,
    SearchResults,
    Status,
)
from real_desktop.core.query import ParsedQuery, parse
from real_desktop.core.suggest import suggest
from real_desktop.core.textutil import bindable

# logging is imported where an error is reported: `real-desktop search` loads this module
# and `import logging` costs ~3 ms of its start (docs/PERFORMANCE.md, "Command line").

# bm25 column weights: title, tags, people, description, body. A title hit must beat a
# body-only hit even against a long page that repeats the word.
BM25_WEIGHTS = (10.0, 5.0, 3.0, 2.0, 1.0)
SNIPPET_TOKENS = 16
# A resource that matches a multi-word query only across rows shows this many of its rows.
ACROSS_ROWS = 3


class SearchEngine:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(
        self,
        query: str,
        *,
        kind: Kind | None = None,
        collection: str | None = None,
        tag: str | None = None,
        language: str | None = None,
        resource_id: str | None = None,
        limit: int = 50,
    ) -> SearchResults:
        """Any string is a valid query (never raises on user input). Hits are ranked best
        first; each carries a snippet with MARK_START/MARK_END and its Location. Rows that
        hold every term come first; then (multi-term queries, room permitting) rows of
        resources that hold every term only across rows (docs/ARCHITECTURE.md, Search)."""
        parsed = parse(query if isinstance(query, str) else str(query))
        expr = parsed.fts()
        terms = parsed.terms()
        if not expr:
            return SearchResults(query=query, hits=[], terms=[])
        where, params = resource_filters(kind, collection, tag, None)
        if language is not None:
            language = bindable(language)
            where.append("COALESCE(s.track, r.language) = ? COLLATE NOCASE")
            params.append(language)
        if resource_id is not None:
            resource_id = bindable(resource_id)
            where.append("f.resource_id = ?")
            params.append(resource_id)
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        sql = (
            "SELECT f.resource_id, f.note_id, "
            f"snippet(search_index, -1, ?, ?, '…', {SNIPPET_TOKENS}) AS snip, "
            f"bm25(search_index, {weights}) AS score, "
            "r.title, r.kind, r.collection, r.status, "
            "s.loc_kind, s.page, s.anchor, s.section, s.start_s, s.end_s, s.track, s.machine "
            "FROM search_index f JOIN resources r ON r.id = f.resource_id "
            "LEFT JOIN segments s ON s.id = f.rowid "
            "WHERE search_index MATCH ?"
            + "".join(f" AND {w}" for w in where)
            + " ORDER BY score LIMIT ?"
        )
        lim = max(1, min(int(limit), 1000))
        try:
            if where:
                rows = (
                    self.db.connection().execute(sql, [MARK_START, MARK_END, expr, *params, lim]).fetchall()
                )
            else:
                rows = self._search_unfiltered(expr, lim)
            if len(parsed.groups) >= 2 and len(rows) < lim:
                rows += self._search_across(
                    parsed,
                    where,
                    params,
                    language=language,
                    resource_id=resource_id,
                    limit=lim - len(rows),
                    found={r["resource_id"] for r in rows},
                )
        except sqlite3.OperationalError as exc:  # the parser should make this impossible
            import logging

            logging.getLogger(__name__).error("search failed for %r (%s): %s", query, expr, exc)
            return SearchResults(query=query, hits=[], terms=terms)
        anchors = self._note_anchors(rows)
        hits = [self._hit(r, anchors.get(r["note_id"])) for r in rows]
        suggestion = None if hits else suggest(self.db.connection(), terms)
        return SearchResults(
            query=query, hits=hits, terms=_with_matched_forms(terms, hits), suggestion=suggestion
        )

    def _search_across(
        self,
        parsed: ParsedQuery,
        where: list[str],
        params: list[Any],
        *,
        language: str | None,
        resource_id: str | None,
        limit: int,
        found: set[str],
    ) -> list[Any]:
        """Resources whose rows match every term only together (title "tour", a cue
        "welcome"): the resource ids matching each term are intersected in SQL (one FTS5
        lookup per term), and each such resource contributes its best rows matching any
        term (at most ACROSS_ROWS),
        so every hit still has a real location and snippet. Runs only when the row-level
        hits leave room under the limit: these rank after them. An excluded term drops the
        whole resource if it occurs anywhere in it (the resource is the unit here)."""
        # Resource ids come from `segments` (its record holds resource_id before the text)
        # rather than from the index's own resource_id column, which sits after the body in
        # the FTS5 content record: reading it for every row of a common word costs several
        # times more. Notes (negative rowids) have no segment and are few: read directly.
        seg_part = (
            "SELECT s.resource_id AS rid FROM search_index f CROSS JOIN segments s "
            "ON s.id = f.rowid"
        )
        note_part = "SELECT f.resource_id AS rid FROM search_index f"
        seg_cond = " WHERE search_index MATCH ?"
        note_cond = " WHERE search_index MATCH ? AND f.rowid < 0"
        anywhere = f"SELECT rid FROM ({seg_part}{seg_cond} UNION ALL {note_part}{note_cond})"
        term_params: list[Any] = []
        if language is not None:  # the term must occur in text of that language
            seg_part += " JOIN resources r ON r.id = s.resource_id"
            note_part += " JOIN resources r ON r.id = f.resource_id"
            seg_cond += " AND COALESCE(s.track, r.language) = ? COLLATE NOCASE"
            note_cond += " AND r.language = ? COLLATE NOCASE"
            term_params.append(language)
        if resource_id is not None:
            seg_cond += " AND s.resource_id = ?"
            note_cond += " AND f.resource_id = ?"
            term_params.append(resource_id)
        per_term = f"SELECT rid FROM ({seg_part}{seg_cond} UNION ALL {note_part}{note_cond})"
        groups = [ParsedQuery(groups=[g], excluded=[]).fts() for g in parsed.groups]
        # Resources of the first term, minus those tier 1 already showed, that also have
        # every other term (IN subqueries run only when reached: for rare words whose
        # resource is already a tier-1 hit, only the first term's lookup runs).
        cand = (
            f"SELECT DISTINCT rid FROM ({per_term}) "
            "WHERE rid NOT IN (SELECT value FROM json_each(?))"
            + f" AND rid IN ({per_term})"
            * (len(groups) - 1)
        )
        cand_params: list[Any] = []
        for i, g in enumerate(groups):
            cand_params += [g, *term_params, g, *term_params]
            if i == 0:
                cand_params.append(json.dumps(sorted(found)))
        if parsed.excluded:  # anywhere in the resource, whatever the language filter
            cand += f" AND rid NOT IN ({anywhere})"
            excluded = " OR ".join(t.fts() for t in parsed.excluded)
            cand_params += [excluded, excluded]
        conn = self.db.connection()
        rids = [r[0] for r in conn.execute(cand, cand_params)]
        if not rids:
            return []
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        bm25 = f"bm25(search_index, {weights})"
        # The caller's filters name the index row's resource as f.resource_id; in the
        # segment half it is s.resource_id (see above).
        seg_where = "".join(f" AND {w}".replace("f.resource_id", "s.resource_id") for w in where)
        note_where = "".join(f" AND {w}" for w in where)
        # snippet() cannot run under a window function: rank and cap rows first (bm25 in a
        # materialized CTE, computed only for rows of candidate resources), then fetch
        # snippets for just the chosen rows.
        sql = (
            "WITH cand(rid) AS (SELECT value FROM json_each(?)), m AS MATERIALIZED ("
            f"SELECT f.rowid AS id, s.resource_id AS rid, {bm25} AS score "
            "FROM search_index f CROSS JOIN segments s ON s.id = f.rowid "
            "JOIN resources r ON r.id = s.resource_id "
            "WHERE search_index MATCH ? AND s.resource_id IN (SELECT rid FROM cand)"
            + seg_where
            + " UNION ALL "
            f"SELECT f.rowid, f.resource_id, {bm25} FROM search_index f "
            "JOIN resources r ON r.id = f.resource_id LEFT JOIN segments s ON s.id = f.rowid "
            "WHERE search_index MATCH ? AND f.rowid < 0 AND f.resource_id IN (SELECT rid FROM cand)"
            + note_where
            + ") SELECT id, score FROM (SELECT id, score, "
            "row_number() OVER (PARTITION BY rid ORDER BY score) AS nth FROM m) "
            "WHERE nth <= ? ORDER BY score LIMIT ?"
        )
        any_term = " OR ".join(f"({g})" for g in groups)
        ranked = conn.execute(
            sql, [json.dumps(rids), any_term, *params, any_term, *params, ACROSS_ROWS, limit]
        ).fetchall()
        if not ranked:
            return []
        snips = conn.execute(
            "SELECT rowid, resource_id, note_id, "
            f"snippet(search_index, -1, ?, ?, '…', {SNIPPET_TOKENS}) AS snip "
            "FROM search_index WHERE search_index MATCH ? "
            "AND rowid IN (SELECT value FROM json_each(?))",
            (MARK_START, MARK_END, any_term, json.dumps([r["id"] for r in ranked])),
        )
        by_id = {t["rowid"]: t for t in snips}
        top = [{**dict(by_id[r["id"]]), "score": r["score"]} for r in ranked if r["id"] in by_id]
        return self._with_metadata(top)

    def _search_unfiltered(self, expr: str, limit: int) -> list[dict[str, Any]]:
        """Top hits straight from FTS5, then metadata for just those rows: joining every
        matching row before the LIMIT costs more than the FTS query itself."""
        conn = self.db.connection()
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        top = conn.execute(
            "SELECT rowid, resource_id, note_id, "
            f"snippet(search_index, -1, ?, ?, '…', {SNIPPET_TOKENS}) AS snip, "
            f"bm25(search_index, {weights}) AS score "
            "FROM search_index WHERE search_index MATCH ? ORDER BY score LIMIT ?",
            (MARK_START, MARK_END, expr, limit),
        ).fetchall()
        return self._with_metadata(top)

    def _with_metadata(self, top: Sequence[Any]) -> list[dict[str, Any]]:
        """Index rows (rowid, resource_id, note_id, snip, score) joined, in order, with
        their resource and segment."""
        if not top:
            return []
        conn = self.db.connection()
        rids = json.dumps(sorted({t["resource_id"] for t in top}))
        res = {
            r["id"]: r
            for r in conn.execute(
                "SELECT id, title, kind, collection, status FROM resources "
                "WHERE id IN (SELECT value FROM json_each(?))",
                (rids,),
            )
        }
        seg_ids = json.dumps([t["rowid"] for t in top if t["rowid"] > 0])
        segs = {
            s["id"]: s
            for s in conn.execute(
                "SELECT id, loc_kind, page, anchor, section, start_s, end_s, track, machine FROM segments "
                "WHERE id IN (SELECT value FROM json_each(?))",
                (seg_ids,),
            )
        }
        rows: list[dict[str, Any]] = []
        empty = dict.fromkeys(
            ("loc_kind", "page", "anchor", "section", "start_s", "end_s", "track", "machine")
        )
        for t in top:
            r = res.get(t["resource_id"])
            if r is None:
                continue  # a stray row (e.g. a note on a removed resource)
            s = segs.get(t["rowid"])
            rows.append(
                {
                    "resource_id": t["resource_id"],
                    "note_id": t["note_id"],
                    "snip": t["snip"],
                    "score": t["score"],
                    "title": r["title"],
                    "kind": r["kind"],
                    "collection": r["collection"],
                    "status": r["status"],
                    **({k: s[k] for k in empty} if s is not None else empty),
                }
            )
        return rows

    def _note_anchors(self, rows: Sequence[Any]) -> dict[str, Location]:
        """The anchors of the notes among these hits (one query, only when there are)."""
        ids = [r["note_id"] for r in rows if r["note_id"] is not None]
        if not ids:
            return {}
        found = self.db.connection().execute(
            'SELECT id, anchor_kind, page, anchor, section, start, "end" FROM notes '
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        )
        return {
            n["id"]: Location(
                LocationKind(n["anchor_kind"]), page=n["page"], anchor=n["anchor"],
                section=n["section"], start=n["start"], end=n["end"],
            )  # fmt: skip
            for n in found
        }

    @staticmethod
    def _hit(r: Any, note_anchor: Location | None = None) -> SearchHit:
        if r["note_id"] is not None:
            loc = Location(LocationKind.NOTE, note_id=r["note_id"])
        elif r["loc_kind"] in (None, "resource"):
            loc = Location(LocationKind.RESOURCE)
        else:
            loc = Location(
                LocationKind(r["loc_kind"]),
                page=r["page"],
                anchor=r["anchor"],
                section=r["section"],
                start=r["start_s"],
                end=r["end_s"],
            )
        return SearchHit(
            resource_id=r["resource_id"],
            title=r["title"],
            kind=Kind(r["kind"]),
            collection=r["collection"],
            location=loc,
            snippet=" ".join((r["snip"] or "").split()),
            score=float(r["score"]),
            status=Status(r["status"]),
            track=r["track"],
            note_anchor=note_anchor,
            machine=bool(r["machine"]),
        )


def _with_matched_forms(terms: list[str], hits: list[SearchHit]) -> list[str]:
    """Typed words plus the forms that matched in the snippets ("budgets" typed, "budget"
    and "budgeting" found; "lead*" -> "leaders"), so viewers highlight what was found."""
    seen = dict.fromkeys(terms)
    for hit in hits:
        for part in hit.snippet.split(MARK_START)[1:]:
            for word in part.split(MARK_END, 1)[0].lower().split():
                if len(seen) >= 64:
                    return list(seen)
                seen.setdefault(word.strip(".,;:!?\"'()[]"), None)
    return [t for t in seen if t]
