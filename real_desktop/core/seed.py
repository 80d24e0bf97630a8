"""Seed the library with the bundled starter library (assets/starter/catalog.json).

A thin client of the public import and catalog API (`Library.importer()`,
`Library.catalog`, `Library.meta`): the first content pack.

Catalog entries carry fixed ids, so seeding is idempotent: running it again updates the
entries in place. `file` and `captions` are relative to paths.project_root(); an entry
with `file: null` (media not shipped) becomes a MISSING resource whose metadata is still
searchable, and keeps its id when the user later imports the real file (matched by the
catalog's sha256, by its title or one of its optional `match_names` against the file name,
or via Library.relink). Re-seeding never unlinks a file the user linked.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from real_desktop.core.models import FileResult, ImportSummary, Kind, Outcome
from real_desktop.core.timefmt import now_iso

if TYPE_CHECKING:
    from real_desktop.core.library import Library

NOT_HERE = "Not on this computer"
# logging is imported where an error is reported: `real-desktop search` loads this module
# and `import logging` costs ~3 ms of its start (docs/PERFORMANCE.md, "Command line").


class CatalogError(ValueError):
    """The catalog file is unusable; the message says where."""


def default_catalog() -> Path:
    from real_desktop.core import paths

    return paths.assets_dir() / "starter" / "catalog.json"


def load_catalog(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogError(f"{path}: cannot read the catalog: {exc}") from exc
    if not isinstance(data, dict) or data.get("version") != 1:
        raise CatalogError(f'{path}: expected {{"version": 1, "resources": [...]}}')
    entries = data.get("resources")
    if not isinstance(entries, list):
        raise CatalogError(f'{path}: "resources" must be a list')
    seen: set[str] = set()
    for i, e in enumerate(entries):
        where = f"{path}: resources[{i}]"
        if not isinstance(e, dict) or not isinstance(e.get("id"), str) or not e["id"]:
            raise CatalogError(f'{where}: every entry needs a string "id"')
        if e["id"] in seen:
            raise CatalogError(f"{where}: duplicate id {e['id']!r}")
        seen.add(e["id"])
        if e.get("kind") not in {k.value for k in Kind}:
            raise CatalogError(f'{where}: "kind" must be document, video or audio')
        if not isinstance(e.get("title"), str) or not e["title"].strip():
            raise CatalogError(f'{where}: "title" is required')
    return entries


def match_names(e: dict[str, Any]) -> list[str]:
    """An entry's optional `match_names` (other file names its media may have). Anything
    that is not a list of strings is ignored rather than failing the whole catalog."""
    names = e.get("match_names")
    if not isinstance(names, list):
        return []
    return [n for n in names if isinstance(n, str) and n.strip()]


def _save_match_names(library: Library, entries: list[dict[str, Any]]) -> None:
    """Keep the names where the importer can see them (resources have no column for them)."""
    known = library.meta.get_json("catalog_match_names", {})
    for e in entries:
        names = match_names(e)
        if names:
            known[e["id"]] = names
        else:
            known.pop(e["id"], None)
    library.meta.set_json("catalog_match_names", known)


def _meta(e: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": e["title"].strip(),
        "description": e.get("description") or "",
        "collection": e.get("collection"),
        "tags": [str(t) for t in e.get("tags") or []],
        "people": [str(p) for p in e.get("people") or []],
        "language": e.get("language"),
        "date": e.get("date"),
    }


def maybe_seed(library: Library, *, first_run: bool) -> ImportSummary | None:
    """Seed on first run, and again whenever the bundled catalog changes (an app update),
    without bringing back starter entries the user removed. Never fails the caller."""
    from real_desktop.core import paths

    path = default_catalog()
    try:
        st = path.stat()
    except OSError:
        return None  # no starter library in this installation
    # Every start (and every CLI command) asks, so the key is the file's size and mtime,
    # never its bytes: reading and hashing it cost a measurable share of `search`. An app
    # update rewrites the file (new mtime). The install location is part of the key: a
    # moved installation re-links its files.
    stamp = f"{st.st_size}:{st.st_mtime_ns}:{paths.project_root()}"
    if not first_run and library.meta.get("starter_catalog_stamp") == stamp:
        return None
    dismissed = set(library.meta.get_json("dismissed_catalog_ids", []))
    try:
        summary = seed_starter(library, path, skip_ids=dismissed)
    except (CatalogError, OSError, sqlite3.Error) as exc:
        import logging

        logging.getLogger(__name__).warning("starter library not loaded: %s", exc)
        return None
    library.meta.set("starter_catalog_stamp", stamp)
    return summary


def seed_starter(
    library: Library,
    catalog_path: Path | None = None,
    *,
    root: Path | None = None,
    skip_ids: set[str] | frozenset[str] = frozenset(),
) -> ImportSummary:
    """Create or update the catalog's resources. A missing catalog seeds nothing."""
    from real_desktop.core import paths
    from real_desktop.core.importing.extract import (
        ExtractError,
        Job,
        caption_language,
        classify,
        extract_job,
    )

    importer = library.importer()

    catalog_path = catalog_path or default_catalog()
    root = root or paths.project_root()
    summary = ImportSummary()
    if not catalog_path.is_file():
        return summary
    entries = load_catalog(catalog_path)
    _save_match_names(library, entries)
    for e in entries:
        rid, meta = e["id"], _meta(e)
        if rid in skip_ids:
            continue
        file = (root / e["file"]).resolve() if e.get("file") else None
        existing = library.get(rid)
        if file is None or not file.is_file():
            # Not shipped (or not installed): searchable metadata, status MISSING. A file
            # the user already linked to this entry is kept.
            linked = existing is not None and existing.path and os.path.exists(existing.path)
            values: dict[str, Any] = {
                "id": rid,
                **meta,
                "tags": json.dumps(meta["tags"]),
                "people": json.dumps(meta["people"]),
                "meta_source": "catalog",
                "updated_at": now_iso(),
            }
            if not linked:
                values.update(status="missing", status_reason=NOT_HERE)
            if existing is None:
                values.update(kind=e["kind"], added_at=now_iso(), sha256=e.get("sha256"))
            elif e.get("sha256") and not linked:
                values["sha256"] = e["sha256"]
            library.catalog.put_metadata(values)
            outcome = Outcome.ADDED if existing is None else Outcome.UPDATED
            summary.results.append(FileResult(str(file or rid), outcome, NOT_HERE, rid))
            continue
        cls = classify(file)
        if cls is None:
            summary.results.append(
                FileResult(str(file), Outcome.FAILED, "unsupported file type", rid)
            )
            continue
        caps = []
        for c in e.get("captions") or []:
            cpath = (root / c).resolve()
            _, lang = caption_language(file, cpath)
            if cpath.is_file():
                caps.append((str(cpath), lang))
        job = Job(str(file), cls[0], cls[1], caps)
        if existing is not None and existing.path == str(file) and importer.quick(job) is not None:
            # Unchanged file: refresh the catalog metadata only.
            library.catalog.put_metadata(
                {
                    "id": rid,
                    "kind": e["kind"],
                    **meta,
                    "tags": json.dumps(meta["tags"]),
                    "people": json.dumps(meta["people"]),
                    "meta_source": "catalog",
                }
            )
            summary.results.append(FileResult(str(file), Outcome.SKIPPED, "unchanged", rid))
            continue
        # Bundled files are trusted and small: extract inline (no worker start-up cost).
        try:
            ex = extract_job(job)
        except ExtractError as exc:
            summary.results.extend(importer.store(job, None, str(exc), force_id=rid))
            continue
        other = library.by_path(file)
        if other is not None and other.id != rid:
            # Imported by hand before the catalog knew it: the user's entry (and any notes
            # and history on it) wins; never delete user data to make room.
            summary.results.append(
                FileResult(str(file), Outcome.SKIPPED, f"already in the library as {other.id}", rid)
            )
            continue
        summary.results.extend(importer.store(job, ex, force_id=rid, meta=meta))
    return summary
