"""The `.realpack` manifest: its schema, a strict reader and the canonical writer.

Standard library only. The reader takes untrusted bytes: every problem is a `PackError`
naming the field (never another exception), so a hostile pack is refused with a message
and nothing is installed. The writer is canonical (sorted keys, no whitespace), so the
same manifest always has the same bytes, which is what the signature covers.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from real_desktop.core.i18n import later

FORMAT = "realpack"
FORMAT_VERSION = 2  # 2 adds `agendas`; a pack without agendas is still written as 1
READ_VERSIONS = (1, 2)
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "signature.json"
INDEX_NAME = "index.json"
FILES_DIR = "files/"
AGENDAS_DIR = "agendas/"
AGENDA_SUFFIX = ".agenda.json"  # = core.agendas.share.SUFFIX (packs stay stdlib-only here)
MAX_AGENDA_BYTES = 4 << 20
MAX_AGENDAS = 1000
MAX_MANIFEST_BYTES = 16 << 20
MAX_ITEMS = 100_000
MAX_NAME_CHARS = 512
KINDS = ("document", "video", "audio")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,127}$")
VERSION_RE = re.compile(r"^\d{1,9}(\.\d{1,9}){0,3}$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
LANG_RE = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")
DRIVE_RE = re.compile(r"^[A-Za-z]:")


class PackError(ValueError):
    """A pack cannot be used. str(self) names the member or field at fault, for a person."""


class PackCancelled(PackError):
    """The caller set the cancel flag; nothing was changed."""


def check_name(name: Any, where: str) -> str:
    """A member or item path: relative, forward slashes, no '..', no drive letters or
    control characters. Returns it unchanged, or raises PackError naming `where`."""
    if not isinstance(name, str) or not name:
        raise PackError(later.tr("{where}: a path must be a non-empty string").format(where=where))
    shown = ascii(name)
    if len(name) > MAX_NAME_CHARS:
        raise PackError(later.tr("{where}: path {path}… is too long").format(where=where, path=shown[:80]))
    if "\\" in name:
        raise PackError(later.tr("{where}: path {path} contains a backslash").format(where=where, path=shown))
    if name.startswith("/"):
        raise PackError(later.tr("{where}: path {path} is absolute").format(where=where, path=shown))
    if DRIVE_RE.match(name):
        raise PackError(later.tr("{where}: path {path} starts with a drive letter").format(where=where, path=shown))
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in name):
        raise PackError(later.tr("{where}: path {path} contains control characters").format(where=where, path=shown))
    parts = name.split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise PackError(later.tr("{where}: path {path} escapes its folder or has empty parts").format(
            where=where, path=shown))
    if unicodedata.normalize("NFC", name) != name:
        raise PackError(later.tr("{where}: path {path} is not in Unicode NFC form").format(where=where, path=shown))
    return name


def fold(name: str) -> str:
    """What two names collide as on a case-insensitive file system (macOS, Windows)."""
    return unicodedata.normalize("NFC", name).casefold()


def version_key(version: str) -> tuple[int, ...]:
    """'1.10' > '1.9'; trailing zeros do not count ('1.0' == '1')."""
    parts = [int(p) for p in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


@dataclass(frozen=True)
class MemberRef:
    """A file inside the pack: where, how big, which bytes."""

    name: str
    size: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "sha256": self.sha256, "size": self.size}


@dataclass(frozen=True)
class CaptionRef:
    member: MemberRef
    language: str | None = None
    label: str = ""


@dataclass(frozen=True)
class Chapter:
    start: float
    title: str


@dataclass(frozen=True)
class PackItem:
    id: str  # the resource id in every library: stable across versions (notes follow it)
    kind: str
    title: str
    path: str | None  # relative path of its file; None: a catalog entry "not on this computer"
    file: MemberRef | None
    format: str | None = None
    description: str = ""
    collection: str | None = None
    tags: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    language: str | None = None
    date: str | None = None
    sha256: str | None = None  # of the media when it is not in the pack (links a later import)
    match_names: tuple[str, ...] = ()
    captions: tuple[CaptionRef, ...] = ()
    chapters: tuple[Chapter, ...] = ()

    def metadata(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "description": self.description,
            "collection": self.collection,
            "tags": list(self.tags),
            "people": list(self.people),
            "language": self.language,
            "date": self.date,
        }


@dataclass(frozen=True)
class Manifest:
    id: str
    version: str
    title: str
    publisher: str = ""
    language: str | None = None
    licence: str = ""
    created: str = ""  # fixed by the builder, never the build time (determinism)
    items: tuple[PackItem, ...] = ()
    index: MemberRef | None = None
    agendas: tuple[MemberRef, ...] = ()  # agendas/<slug>.agenda.json (share.dumps files)
    extra: dict[str, Any] = field(default_factory=dict)

    def members(self) -> list[MemberRef]:
        """Every member the manifest lists (files, captions, the index, the agendas)."""
        out = [self.index] if self.index else []
        out += list(self.agendas)
        for it in self.items:
            if it.file:
                out.append(it.file)
            out += [c.member for c in it.captions]
        return out

    def total_size(self) -> int:
        return sum(m.size for m in self.members())


# -- reading ------------------------------------------------------------------------------
def _obj(v: Any, where: str) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise PackError(later.tr("{where}: must be an object").format(where=where))
    return v


def _str(d: dict[str, Any], key: str, where: str, *, required: bool = False,
         limit: int = 10_000) -> str | None:  # fmt: skip
    v = d.get(key)
    if v is None:
        if required:
            raise PackError(later.tr("{where}.{key}: is required").format(where=where, key=key))
        return None
    if not isinstance(v, str):
        raise PackError(later.tr("{where}.{key}: must be a string").format(where=where, key=key))
    if required and not v.strip():
        raise PackError(later.tr("{where}.{key}: must not be empty").format(where=where, key=key))
    if len(v) > limit:
        raise PackError(later.tr("{where}.{key}: is longer than {limit} characters").format(
            where=where, key=key, limit=limit))
    return v


def _strs(d: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    v = d.get(key, [])
    if not isinstance(v, list) or not all(isinstance(x, str) and len(x) < 1000 for x in v):
        raise PackError(later.tr("{where}.{key}: must be a list of strings").format(where=where, key=key))
    if len(v) > 1000:
        raise PackError(later.tr("{where}.{key}: has too many entries").format(where=where, key=key))
    return tuple(v)


def _lang(d: dict[str, Any], key: str, where: str) -> str | None:
    v = _str(d, key, where, limit=40)
    if v is not None and not LANG_RE.match(v):
        raise PackError(later.tr("{where}.{key}: {value!r} is not a language tag like 'en' or 'es-MX'").format(
            where=where, key=key, value=v))
    return v


def _member(v: Any, where: str) -> MemberRef:
    d = _obj(v, where)
    name = check_name(d.get("name"), f"{where}.name")
    size = d.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise PackError(later.tr("{where}.size: must be a whole number of bytes").format(where=where))
    digest = d.get("sha256")
    if not isinstance(digest, str) or not SHA256_RE.match(digest):
        raise PackError(later.tr("{where}.sha256: must be 64 lowercase hex digits").format(where=where))
    return MemberRef(name, size, digest)


def _chapters(v: Any, where: str) -> tuple[Chapter, ...]:
    if not isinstance(v, list) or len(v) > 10_000:
        raise PackError(later.tr("{where}: must be a list").format(where=where))
    out = []
    for i, c in enumerate(v):
        d = _obj(c, f"{where}[{i}]")
        start = d.get("start")
        if not isinstance(start, int | float) or isinstance(start, bool) or not 0 <= start < 1e9:
            raise PackError(later.tr("{where}[{i}].start: must be seconds (a number ≥ 0)").format(where=where, i=i))
        out.append(Chapter(float(start), _str(d, "title", f"{where}[{i}]", required=True) or ""))
    return tuple(out)


def _item(v: Any, where: str) -> PackItem:
    d = _obj(v, where)
    rid = _str(d, "id", where, required=True) or ""
    if not ID_RE.match(rid):
        raise PackError(later.tr("{where}.id: {id!r} must be lowercase letters, digits, '.', '_' or '-'").format(
            where=where, id=rid))
    kind = _str(d, "kind", where, required=True)
    if kind not in KINDS:
        raise PackError(later.tr("{where}.kind: must be document, video or audio").format(where=where))
    path = d.get("path")
    if path is not None:
        check_name(path, f"{where}.path")
    file = _member(d["file"], f"{where}.file") if d.get("file") is not None else None
    if (path is None) != (file is None):
        raise PackError(later.tr("{where}: 'path' and 'file' go together (both or neither)").format(where=where))
    if file is not None and file.name != FILES_DIR + str(path):
        raise PackError(later.tr("{where}.file.name: must be {name} (the item's path)").format(
            where=where, name=FILES_DIR + str(path)))
    sha = _str(d, "sha256", where, limit=64)
    if sha is not None and not SHA256_RE.match(sha):
        raise PackError(later.tr("{where}.sha256: must be 64 lowercase hex digits").format(where=where))
    caps_raw = d.get("captions", [])
    if not isinstance(caps_raw, list) or len(caps_raw) > 100:
        raise PackError(later.tr("{where}.captions: must be a list").format(where=where))
    caps = []
    for i, c in enumerate(caps_raw):
        cd = _obj(c, f"{where}.captions[{i}]")
        caps.append(
            CaptionRef(
                _member(cd.get("file"), f"{where}.captions[{i}].file"),
                _lang(cd, "language", f"{where}.captions[{i}]"),
                _str(cd, "label", f"{where}.captions[{i}]", limit=200) or "",
            )
        )
    if caps and kind == "document":
        raise PackError(later.tr("{where}.captions: a document has no caption tracks").format(where=where))
    return PackItem(
        id=rid,
        kind=kind,
        title=(_str(d, "title", where, required=True) or "").strip(),
        path=path,
        file=file,
        format=_str(d, "format", where, limit=20),
        description=_str(d, "description", where, limit=100_000) or "",
        collection=_str(d, "collection", where, limit=500),
        tags=_strs(d, "tags", where),
        people=_strs(d, "people", where),
        language=_lang(d, "language", where),
        date=_str(d, "date", where, limit=40),
        sha256=sha,
        match_names=_strs(d, "match_names", where),
        captions=tuple(caps),
        chapters=_chapters(d.get("chapters", []), f"{where}.chapters"),
    )


def parse_manifest(data: bytes) -> Manifest:
    """Untrusted bytes -> a valid Manifest, or PackError naming the field."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise PackError(later.tr("{file}: larger than {mb} MB").format(file=MANIFEST_NAME, mb=MAX_MANIFEST_BYTES >> 20))
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackError(later.tr("{file}: not valid UTF-8 JSON ({error})").format(file=MANIFEST_NAME, error=exc)) from None
    d = _obj(raw, MANIFEST_NAME)
    if d.get("format") != FORMAT:
        raise PackError(later.tr("{file}.format: must be {format!r}").format(file=MANIFEST_NAME, format=FORMAT))
    fv = d.get("format_version")
    if fv not in READ_VERSIONS or isinstance(fv, bool):
        raise PackError(
            later.tr("{file}.format_version: {version!r} is not a version this program reads "
                     "({versions}); a newer REAL Desktop may read it").format(
                file=MANIFEST_NAME, version=fv, versions=", ".join(map(str, READ_VERSIONS)))
        )
    w = "pack"
    p = _obj(d.get("pack"), w)
    pid = _str(p, "id", w, required=True) or ""
    if not ID_RE.match(pid):
        raise PackError(later.tr("pack.id: {id!r} must be lowercase letters, digits, '.', '_' or '-'").format(id=pid))
    version = _str(p, "version", w, required=True) or ""
    if not VERSION_RE.match(version):
        raise PackError(later.tr("pack.version: {version!r} must be numbers with dots, like 1 or 2.0.3").format(
            version=version))
    items_raw = d.get("items")
    if not isinstance(items_raw, list) or len(items_raw) > MAX_ITEMS:
        raise PackError(later.tr("items: must be a list"))
    items = tuple(_item(v, f"items[{i}]") for i, v in enumerate(items_raw))
    index = _member(d["index"], "index") if d.get("index") is not None else None
    agendas = _agendas(d, fv)
    manifest = Manifest(
        id=pid,
        version=version,
        title=(_str(p, "title", w, required=True) or "").strip(),
        publisher=_str(p, "publisher", w, limit=500) or "",
        language=_lang(p, "language", w),
        licence=_str(p, "licence", w, limit=10_000) or "",
        created=_str(p, "created", w, limit=40) or "",
        items=items,
        index=index,
        agendas=agendas,
    )
    _check_unique(manifest)
    return manifest


def _agendas(d: dict[str, Any], fv: int) -> tuple[MemberRef, ...]:
    if "agendas" not in d:
        return ()
    raw = d["agendas"]
    if fv < 2:
        raise PackError(later.tr("agendas: needs format_version 2, not {version}").format(version=fv))
    if not isinstance(raw, list) or len(raw) > MAX_AGENDAS:
        raise PackError(later.tr("agendas: must be a list of at most {count}").format(count=MAX_AGENDAS))
    out = []
    for i, v in enumerate(raw):
        ref = _member(v, f"agendas[{i}]")
        if not ref.name.startswith(AGENDAS_DIR) or not ref.name.endswith(AGENDA_SUFFIX) or "/" in ref.name[len(AGENDAS_DIR):]:
            raise PackError(later.tr("agendas[{i}].name: must be {folder}<name>{suffix}").format(
                i=i, folder=AGENDAS_DIR, suffix=AGENDA_SUFFIX))
        if ref.size > MAX_AGENDA_BYTES:
            raise PackError(later.tr("agendas[{i}]: larger than {mb} MB").format(i=i, mb=MAX_AGENDA_BYTES >> 20))
        out.append(ref)
    return tuple(out)


def _check_unique(m: Manifest) -> None:
    ids: set[str] = set()
    for i, it in enumerate(m.items):
        if it.id in ids:
            raise PackError(later.tr("items[{i}].id: {id!r} is listed twice").format(i=i, id=it.id))
        ids.add(it.id)
    seen: dict[str, str] = {}
    for ref in m.members():
        if not ref.name.startswith(FILES_DIR) and ref is not m.index and ref not in m.agendas:
            raise PackError(later.tr("member {name!r}: files live under {folder}").format(name=ref.name, folder=FILES_DIR))
        key = fold(ref.name)
        if key in seen:
            other = seen[key]
            what = (later.tr("is listed twice") if other == ref.name
                    else later.tr("collides with {other!r}").format(other=other))
            raise PackError(later.tr("member {name!r}: {what} (names must differ beyond case)").format(
                name=ref.name, what=what))
        seen[key] = ref.name
    if m.index is not None and m.index.name != INDEX_NAME:
        raise PackError(later.tr("index.name: must be {name!r}").format(name=INDEX_NAME))


# -- writing ------------------------------------------------------------------------------
def _item_json(it: PackItem) -> dict[str, Any]:
    d: dict[str, Any] = {"id": it.id, "kind": it.kind, **it.metadata()}
    d.update(path=it.path, file=it.file.to_json() if it.file else None, format=it.format)
    d.update(sha256=it.sha256, match_names=list(it.match_names))
    d["captions"] = [
        {"file": c.member.to_json(), "language": c.language, "label": c.label} for c in it.captions
    ]
    d["chapters"] = [{"start": c.start, "title": c.title} for c in it.chapters]
    return d


def manifest_bytes(m: Manifest) -> bytes:
    """Canonical bytes: the signature covers exactly these."""
    doc: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION if m.agendas else 1,
        "pack": {
            "id": m.id,
            "version": m.version,
            "title": m.title,
            "publisher": m.publisher,
            "language": m.language,
            "licence": m.licence,
            "created": m.created,
        },
        "index": m.index.to_json() if m.index else None,
        "items": [_item_json(it) for it in m.items],
    }
    if m.agendas:
        doc["agendas"] = [a.to_json() for a in m.agendas]
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
