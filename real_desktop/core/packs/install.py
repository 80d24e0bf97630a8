"""Installing, upgrading and removing packs, atomically.

An install: verify the whole pack; write a journal; copy the files into a staging folder
inside the data home (hashing them again while copying: the drive may change after
verification); then ONE database transaction (resources, prebuilt segments and index
rows, the pack record carrying this install's token); then one rename of the staging
folder into place. A crash anywhere leaves either the old state or the new one: at the
next open `recover()` reads the journal and finishes the rename when the database has the
token (committed), else deletes the staging folder (never committed).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from real_desktop.core.i18n import later
from real_desktop.core.packs.agendas import drop_agendas, parse_agendas
from real_desktop.core.packs.archive import PackProgress, ProgressFn, verify
from real_desktop.core.packs.manifest import (
    Manifest,
    PackError,
    version_key,
)
from real_desktop.core.packs.prebuilt import decode_index
from real_desktop.core.packs.staging import Copier, plan_items, serialized
from real_desktop.core.packs.store import NOT_HERE, PackRecord, drop_chapters, write_items
from real_desktop.core.timefmt import now_iso

if TYPE_CHECKING:
    from real_desktop.core.library import Library
    from real_desktop.core.models import FileResult

PACKS_DIR = "packs"
JOURNAL = "journal.json"
RECORDS_KEY = "packs"
# Copies up to this size overlap the index writes (the transaction then waits for the
# copy before committing); bigger ones finish first, so other writers (a note being
# typed) never wait behind a long copy.
OVERLAP_BYTES = 64 << 20
# One install or removal at a time in this process (the inbox and a person may both ask):
# the journal describes one operation. Another process is not excluded.
_BUSY = threading.Lock()

__all__ = ["NOT_HERE", "InstallResult", "PackManager", "recover"]


@dataclass
class InstallResult:
    pack_id: str
    version: str
    previous: str | None  # the version that was installed before, if any
    outcome: str  # "installed", "upgraded", "reinstalled" or "unchanged"
    message: str
    results: list[FileResult] = field(default_factory=list)
    signer: str | None = None
    trusted: bool = False


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_journal(path: Path, doc: dict[str, Any]) -> None:
    """Written in place (no temporary name to leave behind): a torn journal can only be
    one written before anything was staged, and recovery then needs nothing from it."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)
        f.flush()
        os.fsync(f.fileno())
    _fsync_dir(path.parent)


class PackManager:
    """The packs of one library: `installed()`, `install()`, `remove()`, `status_of()`."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.dir = Path(library.home) / PACKS_DIR

    @property
    def require_signed(self) -> bool:
        """The library's setting (a kiosk policy turns it on): refuse unsigned packs and
        packs whose publisher is not trusted, whatever the caller asks."""
        return self.library.meta.get("packs_require_signed") == "1"

    @require_signed.setter
    def require_signed(self, value: bool) -> None:
        self.library.meta.set("packs_require_signed", "1" if value else "0")

    # -- records ---------------------------------------------------------------------------
    def installed(self) -> list[PackRecord]:
        recs = self.library.meta.get_json(RECORDS_KEY, {})
        return [PackRecord.from_json(v) for _, v in sorted(recs.items())]

    def get(self, pack_id: str) -> PackRecord | None:
        rec = self.library.meta.get_json(RECORDS_KEY, {}).get(pack_id)
        return PackRecord.from_json(rec) if rec else None

    def status_of(self, manifest: Manifest) -> tuple[str, PackRecord | None]:
        """"new", "update", "installed" (same version) or "older", and the record."""
        rec = self.get(manifest.id)
        if rec is None:
            return "new", None
        new, old = version_key(manifest.version), version_key(rec.version)
        return ("update" if new > old else "installed" if new == old else "older"), rec

    # -- install ---------------------------------------------------------------------------
    def install(
        self,
        path: Path,
        *,
        require_signed: bool = False,
        keep_media_on_drive: bool = False,
        media_root: Path | None = None,
        force: bool = False,
        skip_ids: set[str] | frozenset[str] | None = None,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> InstallResult:
        """Verify and install the pack at `path`. `keep_media_on_drive`: files found
        unpacked beside the pack (same relative path, size and SHA-256) are used where
        they are instead of copied (`media_root` names another such folder). A same or
        older version changes nothing unless `force`. `skip_ids`: items not to bring
        back (default on upgrade: the ones the user removed). Raises PackError
        (PackCancelled when `cancel` is set): then nothing was changed."""
        with _BUSY:
            return self._install(path, require_signed, keep_media_on_drive, media_root, force,
                                 skip_ids, progress, cancel)  # fmt: skip

    def _install(
        self,
        path: Path,
        require_signed: bool,
        keep_media_on_drive: bool,
        media_root: Path | None,
        force: bool,
        skip_ids: set[str] | frozenset[str] | None,
        progress: ProgressFn | None,
        cancel: threading.Event | None,
    ) -> InstallResult:
        from real_desktop.core.packs.signing import TrustStore

        path = Path(path)
        require_signed = require_signed or self.require_signed
        trusted = [p.fingerprint for p in TrustStore(self.library.home).publishers()]
        vp = verify(path, trusted=trusted, require_signed=require_signed, progress=progress, cancel=cancel,
                    hash_files=False)  # fmt: skip
        m = vp.manifest
        status, rec = self.status_of(m)
        if status in ("installed", "older") and not force:
            if status == "installed":
                said = later.tr("{title} {version} is already installed; nothing changed")
            else:
                said = later.tr("{title} {version} is older than the installed {installed}; nothing changed")
            said = said.format(title=m.title, version=m.version, installed=rec.version if rec else "")
            return InstallResult(m.id, m.version, rec.version if rec else None, "unchanged",
                                 said, [], vp.signer, vp.trusted)  # fmt: skip
        self._check_owners(m)
        index = decode_index(vp.index_bytes, m)  # before anything is written
        agendas = parse_agendas(m, vp.agenda_bytes)
        if media_root is None and keep_media_on_drive:
            media_root = path.parent
        if skip_ids is None:
            dismissed = set(self.library.meta.get_json("dismissed_catalog_ids", []))
            skip_ids = dismissed & set(rec.items) if rec else frozenset()
        self.dir.mkdir(parents=True, exist_ok=True)
        token = secrets.token_hex(8)
        staging = self.dir / f".staging-{token}"
        final = self.dir / f"{m.id}-{token}"
        _write_journal(self.dir / JOURNAL, {"token": token, "pack": m.id, "staging": staging.name, "final": final.name})
        stamp = time.time_ns()
        progress = serialized(progress)
        copier: Copier | None = None
        try:
            plans, jobs = plan_items(m, staging, final, media_root, stamp)
            copier = Copier(path, jobs, stamp, progress, cancel)
            copier.start()
            if copier.total > OVERLAP_BYTES:
                copier.finish()  # big media: never hold the write lock while copying it
            record = PackRecord(
                id=m.id, version=m.version, title=m.title, publisher=m.publisher,
                language=m.language, licence=m.licence, signer=vp.signer, trusted=vp.trusted,
                installed_at=now_iso(), items=tuple(it.id for it in m.items),
                folder=final.name if jobs else None, token=token, size=m.total_size(),
                source=str(path),
            )  # fmt: skip
            if progress is not None:
                progress(PackProgress("index", 0, 0, 0, len(plans), m.title))
            results, record = write_items(self.library, m, plans, record, rec, set(skip_ids), RECORDS_KEY,
                                          index, before_commit=copier.finish, agendas=agendas)  # fmt: skip
        except BaseException:
            if copier is not None:
                copier.abort.set()
                copier.join()
            shutil.rmtree(staging, ignore_errors=True)
            (self.dir / JOURNAL).unlink(missing_ok=True)
            raise
        copied = bool(jobs)
        self._finish(staging, final, rec, copied)
        if progress is not None:
            progress(PackProgress("done", m.total_size(), m.total_size(), len(plans), len(plans)))
        outcome = "installed" if rec is None else "upgraded" if status == "update" else "reinstalled"
        said = {"installed": later.tr("{title} {version} installed"),
                "upgraded": later.tr("{title} {version} upgraded"),
                "reinstalled": later.tr("{title} {version} reinstalled")}[outcome]  # fmt: skip
        return InstallResult(m.id, m.version, rec.version if rec else None, outcome,
                             said.format(title=m.title, version=m.version), results, vp.signer, vp.trusted)  # fmt: skip

    def _check_owners(self, m: Manifest) -> None:
        owners = {i: r.id for r in self.installed() if r.id != m.id for i in r.items}
        for it in m.items:
            if it.id in owners:
                raise PackError(later.tr("item {id!r}: already belongs to the installed pack {pack!r}").format(
                    id=it.id, pack=owners[it.id]))  # fmt: skip

    def _finish(self, staging: Path, final: Path, previous: PackRecord | None, copied: bool) -> None:
        """After the commit: the rename, then the old version's folder goes."""
        if copied:
            os.replace(staging, final)
            _fsync_dir(self.dir)
        else:
            shutil.rmtree(staging, ignore_errors=True)
        if previous is not None and previous.folder and previous.folder != final.name:
            shutil.rmtree(self.dir / previous.folder, ignore_errors=True)
        (self.dir / JOURNAL).unlink(missing_ok=True)

    # -- remove ----------------------------------------------------------------------------
    def remove(self, pack_id: str, *, export_notes: Path | None = None) -> PackRecord:
        """Remove a pack's items (their notes stay: a resource's notes are never deleted
        with it, and come back if the pack is installed again) and its files.
        `export_notes`: first write the notes on its items to this JSON file."""
        with _BUSY:
            return self._remove(pack_id, export_notes)

    def _remove(self, pack_id: str, export_notes: Path | None) -> PackRecord:
        rec = self.get(pack_id)
        if rec is None:
            raise PackError(later.tr("no installed pack has the id {id!r}").format(id=pack_id))
        if export_notes is not None:
            from real_desktop.core.notes import NoteStore

            store = NoteStore(self.library, trash_days=None)
            notes = [n for rid in rec.items for n in store.for_resource(rid)]
            doc = store.export_json(notes)
            try:
                Path(export_notes).write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            except OSError as exc:
                raise PackError(later.tr("{file}: cannot write the notes: {error}").format(file=export_notes, error=exc.strerror)) from None
        self.dir.mkdir(parents=True, exist_ok=True)
        _write_journal(self.dir / JOURNAL, {"op": "remove", "pack": pack_id})
        with self.library.db.write(durable=True) as conn:
            for rid in rec.items:
                self.library.catalog.remove_in(conn, rid, dismiss=False)
            drop_chapters(self.library, conn, rec.items)
            drop_agendas(conn, rec.agendas)  # the ones the user edited stay, as the user's
            recs = self.library.meta.get_json(RECORDS_KEY, {}, conn)
            recs.pop(pack_id, None)
            self.library.meta.set_json(RECORDS_KEY, recs, conn)
        if rec.folder:
            shutil.rmtree(self.dir / rec.folder, ignore_errors=True)
        (self.dir / JOURNAL).unlink(missing_ok=True)
        return rec


def needs_recovery(home: Path) -> bool:
    """Cheap (one stat): did an install or removal stop half-way?"""
    return (Path(home) / PACKS_DIR / JOURNAL).exists()


def recover(library: Library) -> None:
    """Finish or undo what a killed install/removal left (see the module docstring)."""
    folder = Path(library.home) / PACKS_DIR
    journal = folder / JOURNAL
    try:
        doc = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        doc = {}
    recs = library.meta.get_json(RECORDS_KEY, {})
    if not isinstance(recs, dict):
        recs = {}
    token = doc.get("token") if isinstance(doc, dict) else None
    committed = token is not None and any(isinstance(r, dict) and r.get("token") == token for r in recs.values())
    if committed:
        staging, final = folder / str(doc.get("staging")), folder / str(doc.get("final"))
        if staging.is_dir() and not final.exists():
            os.replace(staging, final)
    keep = {r.get("folder") for r in recs.values() if isinstance(r, dict)}
    for entry in folder.iterdir():
        if entry.name == JOURNAL or entry.name in keep:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
    _fsync_dir(folder)
    journal.unlink(missing_ok=True)
