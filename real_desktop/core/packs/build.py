"""Building a `.realpack`: from files and folders (through the importer's own scan and
extraction), from library items, or from a catalog (the starter library).

Output is deterministic: items and members in a fixed order, fixed timestamps, canonical
JSON, and ids derived from relative paths, so the same input gives the same bytes.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from real_desktop.core.i18n import later, message_of
from real_desktop.core.packs.archive import PackProgress, ProgressFn, write_pack
from real_desktop.core.packs.manifest import (
    AGENDA_SUFFIX,
    AGENDAS_DIR,
    FILES_DIR,
    INDEX_NAME,
    CaptionRef,
    Chapter,
    Manifest,
    MemberRef,
    PackCancelled,
    PackError,
    PackItem,
    check_name,
    manifest_bytes,
)
from real_desktop.core.packs.prebuilt import IndexEntry, encode_index
from real_desktop.core.packs.store import chapters_of
from real_desktop.core.textutil import slugify

if TYPE_CHECKING:
    from real_desktop.core.agendas.model import Agenda
    from real_desktop.core.library import Library


@dataclass
class PackSpec:
    """What the pack says about itself (the CLI's --id, --title, …)."""

    id: str
    title: str
    version: str = "1"
    publisher: str = ""
    language: str | None = None
    licence: str = ""
    created: str = ""


@dataclass
class _Draft:
    items: list[PackItem] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)  # member name -> source file
    index: dict[str, IndexEntry] = field(default_factory=dict)
    agendas: dict[str, bytes] = field(default_factory=dict)  # member name -> agenda file


def _sha(path: Path) -> tuple[int, str]:
    h = hashlib.sha256()
    n = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
            n += len(chunk)
    return n, h.hexdigest()


def item_id(pack_id: str, rel: str) -> str:
    """Stable across versions: the same relative path always gets the same id."""
    stem = rel.rsplit(".", 1)[0]
    digest = hashlib.sha256(rel.encode()).hexdigest()[:6]
    return f"{pack_id[:40]}.{slugify(stem.replace('/', ' '))[:60].strip('-') or 'item'}-{digest}"


def _member(draft: _Draft, rel: str, src: Path) -> MemberRef:
    name = check_name(FILES_DIR + rel, f"file {src}")
    size, digest = _sha(src)
    draft.files[name] = src
    return MemberRef(name, size, digest)


def _rel_paths(sources: list[Path]) -> dict[str, str]:
    """Absolute path -> path inside the pack: a folder keeps its own name as the top."""
    out: dict[str, str] = {}
    for src in sources:
        src = src.resolve()
        if src.is_dir():
            for p in sorted(src.rglob("*")):
                if p.is_file():
                    out[str(p)] = f"{src.name}/{p.relative_to(src).as_posix()}"
        else:
            out[str(src)] = src.name
    return out


def _finish(
    out: Path,
    spec: PackSpec,
    draft: _Draft,
    keyfile: Path | None,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    index = encode_index(draft.index)
    index_ref = MemberRef(INDEX_NAME, len(index), hashlib.sha256(index).hexdigest())
    manifest = Manifest(
        id=spec.id,
        version=spec.version,
        title=spec.title,
        publisher=spec.publisher,
        language=spec.language,
        licence=spec.licence,
        created=spec.created,
        items=tuple(sorted(draft.items, key=lambda it: (it.path or "", it.id))),
        index=index_ref,
        agendas=tuple(MemberRef(n, len(b), hashlib.sha256(b).hexdigest()) for n, b in sorted(draft.agendas.items())),
    )
    # Round-trip through the strict reader: never write a pack this program would refuse.
    from real_desktop.core.packs.manifest import parse_manifest

    mbytes = manifest_bytes(manifest)
    parse_manifest(mbytes)
    signature = None
    if keyfile is not None:
        from real_desktop.core.packs.signing import sign

        signature = sign(mbytes, keyfile)
    return write_pack(out, manifest, draft.files, index, signature, progress=progress, cancel=cancel,
                      small=draft.agendas)  # fmt: skip


def catalog_chapters(v: Any) -> tuple[Chapter, ...]:
    """A catalog entry's `chapters` ([{start, title}] or [[start, title]]), sorted; entries
    that are not a time and a title are skipped (the strict manifest reader checks the
    rest when the pack is written)."""
    out = []
    for c in v or []:
        start, title = (c.get("start"), c.get("title")) if isinstance(c, dict) else (c if isinstance(c, list) and len(c) == 2 else (None, None))
        if isinstance(start, int | float) and not isinstance(start, bool) and isinstance(title, str) and title.strip():
            out.append(Chapter(float(start), title.strip()))
    return tuple(sorted(out, key=lambda c: c.start))


def build_from_paths(
    sources: Iterable[Path],
    out: Path,
    spec: PackSpec,
    *,
    keyfile: Path | None = None,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Files and folders (recursively; media with their sidecar captions) into a pack.
    A file the importer could not read fails the build, naming the file."""
    from real_desktop.core.importing.extract import ExtractError, extract_job
    from real_desktop.core.importing.scan import Scan

    srcs = [Path(s) for s in sources]
    for s in srcs:
        if not s.exists():
            raise PackError(later.tr("{path}: no such file or folder").format(path=s))
    scan = Scan()
    for s in srcs:
        scan.add(s.resolve())
    rels = _rel_paths(srcs)
    draft = _Draft()
    jobs = sorted(scan.jobs.values(), key=lambda j: rels.get(j.path, j.path))
    for n, job in enumerate(jobs):
        if cancel is not None and cancel.is_set():
            raise PackCancelled(later.tr("cancelled; no pack was written"))
        if progress is not None:
            progress(PackProgress("index", 0, 0, n, len(jobs), job.path))
        try:
            ex = extract_job(job)
        except ExtractError as exc:
            raise PackError(f"{job.path}: {exc}") from None
        rel = rels[job.path]
        rid = item_id(spec.id, rel)
        caps = tuple(
            CaptionRef(_member(draft, rels[c], Path(c)), lang, label)
            for (c, lang, label) in ex.captions
        )
        draft.items.append(
            PackItem(
                id=rid, kind=job.kind, title=ex.title, path=rel,
                file=_member(draft, rel, Path(job.path)), format=job.format,
                description=ex.description, people=tuple(ex.people), language=ex.language,
                captions=caps,
            )  # fmt: skip
        )
        draft.index[rid] = IndexEntry(ex.page_count, ex.duration, ex.note, list(ex.segments))
    if not draft.items:
        raise PackError(later.tr("nothing to pack: no supported files in {paths}").format(paths=", ".join(map(str, srcs))))
    return _finish(out, spec, draft, keyfile, progress, cancel)


def build_from_library(
    library: Library,
    ids: Iterable[str],
    out: Path,
    spec: PackSpec,
    *,
    keyfile: Path | None = None,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    agendas: Iterable[str] | None = None,
) -> Path:
    """Library items into a pack, with their metadata and already-extracted text (nothing
    is extracted again). An item whose file is not on this computer travels as a catalog
    entry ("Not on this computer"), searchable by its metadata. `progress`: stage "index"
    per item (hashing its files), then "write" in bytes; `cancel` leaves no file.
    `agendas`: names or ids of agendas to carry (each must name only the pack's items);
    None: every agenda whose items are all in the pack (`agendas_for`)."""
    draft = _Draft()
    ids = list(ids)
    draft.agendas = agenda_members(library, ids, agendas)
    for n, rid in enumerate(ids):
        if cancel is not None and cancel.is_set():
            raise PackCancelled(later.tr("cancelled; no pack was written"))
        if progress is not None:
            progress(PackProgress("index", 0, 0, n, len(ids), rid))
        res = library.get(rid)
        if res is None:
            raise PackError(later.tr("{id}: no such item in the library").format(id=rid))
        file = Path(res.path) if res.path and Path(res.path).is_file() else None
        rel = f"{res.id}/{file.name}" if file else None
        caps = tuple(
            CaptionRef(_member(draft, f"{res.id}/{Path(c.path).name}", Path(c.path)), c.language, c.label)
            for c in res.captions
            if file is not None and Path(c.path).is_file()
        )
        draft.items.append(
            PackItem(
                id=res.id, kind=str(res.kind), title=res.title, path=rel,
                file=_member(draft, rel, file) if file and rel else None, format=res.format,
                description=res.description, collection=res.collection, tags=res.tags,
                people=res.people, language=res.language, date=res.date,
                sha256=None if file else res.sha256, captions=caps,
                chapters=tuple(Chapter(t, title) for t, title in chapters_of(library, res.id)),
            )  # fmt: skip
        )
        if file is not None:
            rows = library.catalog.segment_rows(res.id)
            draft.index[res.id] = IndexEntry(res.page_count, res.duration, "", rows)
    if not draft.items:
        raise PackError(later.tr("nothing to pack: no items chosen"))
    return _finish(out, spec, draft, keyfile, progress, cancel)


def agendas_for(library: Library, ids: Iterable[str]) -> list[Agenda]:
    """The agendas a pack of these items carries by default: every non-empty agenda whose
    items all name one of them (an agenda pointing outside the pack would arrive broken)."""
    from real_desktop.core.agendas.store import AgendaStore

    chosen = set(ids)
    return [a for a in AgendaStore(library.db, library.catalog).list()
            if a.items and all(i.resource_id in chosen for i in a.items)]  # fmt: skip


def agenda_members(library: Library, ids: list[str], names: Iterable[str] | None) -> dict[str, bytes]:
    """{agendas/<slug>.agenda.json: share.dumps bytes}, each validated with
    `share.from_data` and checked against the pack's items (PackError naming the agenda)."""
    import json

    from real_desktop.core.agendas import share
    from real_desktop.core.agendas.model import AgendaError
    from real_desktop.core.agendas.store import AgendaStore

    if names is None:
        chosen = agendas_for(library, ids)
    else:
        store = AgendaStore(library.db, library.catalog)
        try:
            chosen = [store.find(n) for n in names]
        except AgendaError as exc:
            raise PackError(message_of(exc)) from None  # its Message kept
    in_pack = set(ids)
    out: dict[str, bytes] = {}
    for agenda in chosen:
        text = share.dumps(agenda)
        try:
            share.from_data(json.loads(text))
        except AgendaError as exc:
            raise PackError(later.tr("agenda {name!r}: {why}").format(name=agenda.name, why=exc)) from None
        outside = sorted({i.resource_id for i in agenda.items} - in_pack)
        if outside:
            raise PackError(later.tr("agenda {name!r}: names items not in the pack: {ids}").format(
                name=agenda.name, ids=", ".join(outside)))  # fmt: skip
        slug = slugify(agenda.name)[:60].strip("-") or "agenda"
        name, n = f"{AGENDAS_DIR}{slug}{AGENDA_SUFFIX}", 2
        while name in out:
            name, n = f"{AGENDAS_DIR}{slug}-{n}{AGENDA_SUFFIX}", n + 1
        out[check_name(name, f"agenda {agenda.name!r}")] = text.encode("utf-8")
    return out


def build_from_catalog(
    entries: list[dict[str, Any]], root: Path, out: Path, spec: PackSpec, *, keyfile: Path | None = None
) -> Path:
    """A starter-style catalog (fixed ids, metadata, `file`/`captions` relative to `root`,
    `file: null` for media not shipped) into a pack. Member paths are the catalog's own
    relative paths, so the files beside the catalog are the pack's files unpacked."""
    from real_desktop.core.importing.extract import (
        ExtractError,
        Job,
        caption_language,
        classify,
        extract_job,
    )

    draft = _Draft()
    for e in entries:
        meta = {k: e.get(k) for k in ("description", "collection", "language", "date")}
        base = PackItem(
            id=e["id"], kind=e["kind"], title=e["title"].strip(), path=None, file=None,
            description=meta["description"] or "", collection=meta["collection"],
            tags=tuple(str(t) for t in e.get("tags") or []),
            people=tuple(str(p) for p in e.get("people") or []),
            language=meta["language"], date=meta["date"], sha256=e.get("sha256"),
            match_names=tuple(n for n in e.get("match_names") or [] if isinstance(n, str) and n.strip()),
            chapters=catalog_chapters(e.get("chapters")),
        )  # fmt: skip
        src = root / e["file"] if e.get("file") else None
        cls = classify(src) if src is not None else None
        if src is None or cls is None or not src.is_file():
            draft.items.append(base)
            continue
        caps_in = []
        for c in e.get("captions") or []:
            if (root / c).is_file():
                caps_in.append((str(root / c), caption_language(src, root / c)[1]))
        try:
            ex = extract_job(Job(str(src), cls[0], cls[1], caps_in))
        except ExtractError as exc:
            raise PackError(f"{src}: {exc}") from None
        rel_of = {str(root / c): c for c in e.get("captions") or []}
        caps = tuple(
            CaptionRef(_member(draft, rel_of[p], Path(p)), lang, label) for p, lang, label in ex.captions
        )
        draft.items.append(
            replace(base, path=e["file"], file=_member(draft, e["file"], src), format=cls[1],
                    captions=caps)  # fmt: skip
        )
        draft.index[e["id"]] = IndexEntry(ex.page_count, ex.duration, ex.note, list(ex.segments))
    return _finish(out, spec, draft, keyfile)
