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
        raise PackError(f"{where}: a path must be a non-empty string")
    shown = ascii(name)
    if len(name) > MAX_NAME_CHARS:
        raise PackError(f"{where}: path {shown[:80]}… is too long")
    if "\\" in name:
        raise PackError(f"{where}: path {shown} contains a backslash")
    if name.startswith("/"):
        raise PackError(f"{where}: path {shown} is absolute")
    if DRIVE_RE.match(name):
        raise PackError(f"{where}: path {shown} starts with a drive letter")
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in name):
        raise PackError(f"{where}: path {shown} contains control characters")
    parts = name.split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise PackError(f"{where}: path {shown} escapes its folder or has empty parts")
    if unicodedata.normalize("NFC", name) != name:
        raise PackError(f"{where}: path {shown} is not in Unicode NFC form")
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
        raise PackError(f"{where}: must be an object")
    return v


def _str(d: dict[str, Any], key: str, where: str, *, required: bool = False,
         limit: int = 10_000) -> str | None:  # fmt: skip
    v = d.get(key)
    if v is None:
        if required:
            raise PackError(f"{where}.{key}: is required")
        return None
    if not isinstance(v, str):
        raise PackError(f"{where}.{key}: must be a string")
    if required and not v.strip():
        raise PackError(f"{where}.{key}: must not be empty")
    if len(v) > limit:
        raise PackError(f"{where}.{key}: is longer than {limit} characters")
    return v


def _strs(d: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    v = d.get(key, [])
    if not isinstance(v, list) or not all(isinstance(x, str) and len(x) < 1000 for x in v):
        raise PackError(f"{where}.{key}: must be a list of strings")
    if len(v) > 1000:
        raise PackError(f"{where}.{key}: has too many entries")
    return tuple(v)


def _lang(d: dict[str, Any], key: str, where: str) -> str | None:
    v = _str(d, key, where, limit=40)
    if v is not None and not LANG_RE.match(v):
        raise PackError(f"{where}.{key}: {v!r} is not a language tag like 'en' or 'es-MX'")
    return v


def _member(v: Any, where: str) -> MemberRef:
    d = _obj(v, where)
    name = check_name(d.get("name"), f"{where}.name")
    size = d.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise PackError(f"{where}.size: must be a whole number of bytes")
    digest = d.get("sha256")
    if not isinstance(digest, str) or not SHA256_RE.match(digest):
        raise PackError(f"{where}.sha256: must be 64 lowercase hex digits")
    return MemberRef(name, size, digest)


def _chapters(v: Any, where: str) -> tuple[Chapter, ...]:
    if not isinstance(v, list) or len(v) > 10_000:
        raise PackError(f"{where}: must be a list")
    out = []
    for i, c in enumerate(v):
        d = _obj(c, f"{where}[{i}]")
        start = d.get("start")
        if not isinstance(start, int | float) or isinstance(start, bool) or not 0 <= start < 1e9:
            raise PackError(f"{where}[{i}].start: must be seconds (a number ≥ 0)")
        out.append(Chapter(float(start), _str(d, "title", f"{where}[{i}]", required=True) or ""))
    return tuple(out)


def _item(v: Any, where: str) -> PackItem:
    d = _obj(v, where)
    rid = _str(d, "id", where, required=True) or ""
    if not ID_RE.match(rid):
        raise PackError(f"{where}.id: {rid!r} must be lowercase letters, digits, '.', '_' or '-'")
    kind = _str(d, "kind", where, required=True)
    if kind not in KINDS:
        raise PackError(f"{where}.kind: must be document, video or audio")
    path = d.get("path")
    if path is not None:
        check_name(path, f"{where}.path")
    file = _member(d["file"], f"{where}.file") if d.get("file") is not None else None
    if (path is None) != (file is None):
        raise PackError(f"{where}: 'path' and 'file' go together (both or neither)")
    if file is not None and file.name != FILES_DIR + str(path):
        raise PackError(f"{where}.file.name: must be {FILES_DIR}{path} (the item's path)")
    sha = _str(d, "sha256", where, limit=64)
    if sha is not None and not SHA256_RE.match(sha):
        raise PackError(f"{where}.sha256: must be 64 lowercase hex digits")
    caps_raw = d.get("captions", [])
    if not isinstance(caps_raw, list) or len(caps_raw) > 100:
        raise PackError(f"{where}.captions: must be a list")
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
        raise PackError(f"{where}.captions: a document has no caption tracks")
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
        raise PackError(f"{MANIFEST_NAME}: larger than {MAX_MANIFEST_BYTES >> 20} MB")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackError(f"{MANIFEST_NAME}: not valid UTF-8 JSON ({exc})") from None
    d = _obj(raw, MANIFEST_NAME)
    if d.get("format") != FORMAT:
        raise PackError(f"{MANIFEST_NAME}.format: must be {FORMAT!r}")
    fv = d.get("format_version")
    if fv not in READ_VERSIONS or isinstance(fv, bool):
        raise PackError(
            f"{MANIFEST_NAME}.format_version: {fv!r} is not a version this program reads "
            f"({', '.join(map(str, READ_VERSIONS))}); a newer REAL Desktop may read it"
        )
    w = "pack"
    p = _obj(d.get("pack"), w)
    pid = _str(p, "id", w, required=True) or ""
    if not ID_RE.match(pid):
        raise PackError(f"pack.id: {pid!r} must be lowercase letters, digits, '.', '_' or '-'")
    version = _str(p, "version", w, required=True) or ""
    if not VERSION_RE.match(version):
        raise PackError(f"pack.version: {version!r} must be numbers with dots, like 1 or 2.0.3")
    items_raw = d.get("items")
    if not isinstance(items_raw, list) or len(items_raw) > MAX_ITEMS:
        raise PackError("items: must be a list")
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
        raise PackError(f"agendas: needs format_version 2, not {fv}")
    if not isinstance(raw, list) or len(raw) > MAX_AGENDAS:
        raise PackError(f"agendas: must be a list of at most {MAX_AGENDAS}")
    out = []
    for i, v in enumerate(raw):
        ref = _member(v, f"agendas[{i}]")
        if not ref.name.startswith(AGENDAS_DIR) or not ref.name.endswith(AGENDA_SUFFIX) or "/" in ref.name[len(AGENDAS_DIR):]:
            raise PackError(f"agendas[{i}].name: must be {AGENDAS_DIR}<name>{AGENDA_SUFFIX}")
        if ref.size > MAX_AGENDA_BYTES:
            raise PackError(f"agendas[{i}]: larger than {MAX_AGENDA_BYTES >> 20} MB")
        out.append(ref)
    return tuple(out)


def _check_unique(m: Manifest) -> None:
    ids: set[str] = set()
    for i, it in enumerate(m.items):
        if it.id in ids:
            raise PackError(f"items[{i}].id: {it.id!r} is listed twice")
        ids.add(it.id)
    seen: dict[str, str] = {}
    for ref in m.members():
        if not ref.name.startswith(FILES_DIR) and ref is not m.index and ref not in m.agendas:
            raise PackError(f"member {ref.name!r}: files live under {FILES_DIR}")
        key = fold(ref.name)
        if key in seen:
            other = seen[key]
            what = "is listed twice" if other == ref.name else f"collides with {other!r}"
            raise PackError(f"member {ref.name!r}: {what} (names must differ beyond case)")
        seen[key] = ref.name
    if m.index is not None and m.index.name != INDEX_NAME:
        raise PackError(f"index.name: must be {INDEX_NAME!r}")


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
