"""Seed the library with the bundled starter library (assets/starter/catalog.json).

The starter library is a content pack: the catalog and the files beside it are built into
a `.realpack` and installed through `packs` (verify, one transaction, the pack record
`real-starter`), with the files left where the installation keeps them.

Catalog entries carry fixed ids, so seeding is idempotent: running it again updates the
entries in place. `file` and `captions` are relative to paths.project_root(); an entry
with `file: null` (media not shipped) becomes a MISSING resource whose metadata is still
searchable, and keeps its id when the user later imports the real file (matched by the
catalog's sha256, by its title or one of its optional `match_names` against the file name,
or via Library.relink). Re-seeding never unlinks a file the user linked.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from real_desktop.core.i18n import later
from real_desktop.core.models import ImportSummary, Kind

if TYPE_CHECKING:
    from real_desktop.core.library import Library
    from real_desktop.core.packs.build import PackSpec

NOT_HERE = later.tr("Not on this computer")
STARTER_PACK_ID = "real-starter"
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
        raise CatalogError(
            later.tr("{path}: cannot read the catalog: {error}").format(path=path, error=exc)
        ) from exc
    if not isinstance(data, dict) or data.get("version") != 1:
        # The JSON's braces are a field: a stored English text is read back by its fields.
        shape = '{"version": 1, "resources": [...]}'
        raise CatalogError(later.tr("{path}: expected {shape}").format(path=path, shape=shape))
    entries = data.get("resources")
    if not isinstance(entries, list):
        raise CatalogError(later.tr('{path}: "resources" must be a list').format(path=path))
    seen: set[str] = set()
    for i, e in enumerate(entries):
        where = f"{path}: resources[{i}]"
        if not isinstance(e, dict) or not isinstance(e.get("id"), str) or not e["id"]:
            raise CatalogError(
                later.tr('{where}: every entry needs a string "id"').format(where=where)
            )
        if e["id"] in seen:
            raise CatalogError(
                later.tr("{where}: duplicate id {id!r}").format(where=where, id=e["id"])
            )
        seen.add(e["id"])
        if e.get("kind") not in {k.value for k in Kind}:
            raise CatalogError(
                later.tr('{where}: "kind" must be document, video or audio').format(where=where)
            )
        if not isinstance(e.get("title"), str) or not e["title"].strip():
            raise CatalogError(later.tr('{where}: "title" is required').format(where=where))
    return entries


def match_names(e: dict[str, Any]) -> list[str]:
    """An entry's optional `match_names` (other file names its media may have). Anything
    that is not a list of strings is ignored rather than failing the whole catalog."""
    names = e.get("match_names")
    if not isinstance(names, list):
        return []
    return [n for n in names if isinstance(n, str) and n.strip()]


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
    from real_desktop.core.packs.manifest import PackError  # only when seeding: not on `search`

    dismissed = set(library.meta.get_json("dismissed_catalog_ids", []))
    try:
        summary = seed_starter(library, path, skip_ids=dismissed)
    except (CatalogError, PackError, OSError, sqlite3.Error) as exc:
        import logging

        logging.getLogger(__name__).warning("starter library not loaded: %s", exc)
        return None
    library.meta.set("starter_catalog_stamp", stamp)
    return summary


def starter_spec() -> PackSpec:
    from real_desktop.core.packs.build import PackSpec

    return PackSpec(STARTER_PACK_ID, "REAL starter library", publisher="REAL Desktop", language="en")


def seed_starter(
    library: Library,
    catalog_path: Path | None = None,
    *,
    root: Path | None = None,
    skip_ids: set[str] | frozenset[str] = frozenset(),
) -> ImportSummary:
    """Create or update the catalog's resources, through the content-pack code path: the
    catalog and its files are built into a pack (in a temporary folder; extraction is the
    importer's), which is then verified and installed with its files left where they are
    (`media_root` = the installation). A missing catalog seeds nothing."""
    import tempfile

    from real_desktop.core import paths
    from real_desktop.core.packs.build import build_from_catalog
    from real_desktop.core.packs.install import PackManager

    catalog_path = catalog_path or default_catalog()
    root = (root or paths.project_root()).resolve()
    summary = ImportSummary()
    if not catalog_path.is_file():
        return summary
    entries = load_catalog(catalog_path)
    spec = starter_spec()
    with tempfile.TemporaryDirectory(prefix="real-starter-") as tmp:
        pack = build_from_catalog(entries, root, Path(tmp) / "starter.realpack", spec)
        result = PackManager(library).install(pack, media_root=root, force=True, skip_ids=set(skip_ids))
    summary.results.extend(result.results)
    return summary
