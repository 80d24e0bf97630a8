"""The `.realpack` file: a ZIP written deterministically, and read only after it is
verified.

Verification trusts nothing in the archive: member names, types (ZIP external
attributes), sizes, compression ratios and checksums are all checked against the
manifest, and the manifest against its signature, before anything from the pack is read
as a document. Every refusal is a PackError naming the member or field.
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from real_desktop.core.i18n import later
from real_desktop.core.packs.manifest import (
    INDEX_NAME,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    MemberRef,
    PackCancelled,
    PackError,
    check_name,
    fold,
    manifest_bytes,
    parse_manifest,
)

SUFFIX = ".realpack"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # every member's timestamp: same input, same bytes
MAX_MEMBERS = 200_000
MAX_TOTAL_BYTES = 256 << 30  # declared decompressed size of a whole pack
MAX_INDEX_BYTES = 1 << 30
MAX_SIGNATURE_BYTES = 4096
MAX_RATIO = 100  # decompressed / compressed, for the few compressed members
CHUNK = 1 << 20


@dataclass(frozen=True)
class PackProgress:
    """What a progress bar needs. `stage`: "verify", "copy", "index" or "done"."""

    stage: str
    done_bytes: int
    total_bytes: int
    done_items: int = 0
    total_items: int = 0
    current: str = ""  # the member or item being worked on


ProgressFn = Callable[[PackProgress], None]


@dataclass(frozen=True)
class VerifiedPack:
    path: Path
    manifest: Manifest
    manifest_bytes: bytes
    index_bytes: bytes  # the very bytes that were hashed (not re-read from the drive)
    signer: str | None  # fingerprint of a valid signature, None when unsigned
    trusted: bool  # the signer is in this computer's trust store
    agenda_bytes: dict[str, bytes] = field(default_factory=dict)  # member name -> hashed bytes


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise PackCancelled(later.tr("cancelled; nothing was changed"))


# -- writing ------------------------------------------------------------------------------
def _zinfo(name: str, compress: int) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    zi.compress_type = compress
    zi.create_system = 3  # Unix, so the mode below is what readers see
    zi.external_attr = (stat.S_IFREG | 0o644) << 16
    return zi


def write_pack(
    out: Path,
    manifest: Manifest,
    files: dict[str, Path],
    index: bytes,
    signature: bytes | None = None,
    *,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    small: dict[str, bytes] | None = None,
) -> Path:
    """Write the archive (`small`: members given as bytes, the agenda files) (to a temporary name, then renamed): the manifest, its signature,
    the index, then the files in name order, all stored uncompressed. (Readers accept
    deflated members too, within MAX_RATIO.) `progress` gets stage "write" in bytes;
    `cancel` stops it (PackCancelled) and leaves no file behind."""
    out = Path(out)
    total = sum(os.path.getsize(p) for p in files.values())
    done = 0
    tmp = out.with_name(f".{out.name}.part")
    mbytes = manifest_bytes(manifest)
    try:
        with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
            # Everything stored: a flipped bit anywhere changes bytes the CRC and SHA-256
            # see (a deflate stream's padding bits would not), and media must be seekable.
            zf.writestr(_zinfo(MANIFEST_NAME, zipfile.ZIP_STORED), mbytes)
            if signature is not None:
                zf.writestr(_zinfo(SIGNATURE_NAME, zipfile.ZIP_STORED), signature)
            zf.writestr(_zinfo(INDEX_NAME, zipfile.ZIP_STORED), index)
            for name in sorted(small or {}):
                zf.writestr(_zinfo(name, zipfile.ZIP_STORED), (small or {})[name])
            for name in sorted(files):
                zi = _zinfo(name, zipfile.ZIP_STORED)
                size = os.path.getsize(files[name])
                zi.file_size = size
                with open(files[name], "rb") as src, zf.open(zi, "w", force_zip64=size > 1 << 31) as dst:
                    while chunk := src.read(CHUNK):
                        _check_cancel(cancel)
                        dst.write(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(PackProgress("write", done, total, current=name))
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


# -- reading ------------------------------------------------------------------------------
def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise PackError(later.tr("{path}: no such file").format(path=path)) from None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise PackError(later.tr("{path}: not a content pack (a ZIP archive) — {error}").format(path=path, error=exc)) from None


def _check_infos(path: Path, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > MAX_MEMBERS:
        raise PackError(later.tr("{path}: more than {n} members").format(path=path, n=MAX_MEMBERS))
    by_name: dict[str, zipfile.ZipInfo] = {}
    folded: dict[str, str] = {}
    for zi in infos:
        name = zi.filename
        if zi.is_dir() or name.endswith("/"):
            raise PackError(later.tr("member {name}: folders are not allowed in a pack").format(name=ascii(name)))
        check_name(name, f"member {ascii(name)}")
        mode = zi.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if zi.create_system == 3 and kind == stat.S_IFLNK:
            raise PackError(later.tr("member {name!r}: is a symbolic link").format(name=name))
        if zi.create_system == 3 and kind not in (0, stat.S_IFREG):
            raise PackError(later.tr("member {name!r}: is a special file (mode {mode})").format(name=name, mode=oct(mode)))
        if zi.flag_bits & 0x1:
            raise PackError(later.tr("member {name!r}: is encrypted").format(name=name))
        if zi.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackError(later.tr("member {name!r}: unsupported compression").format(name=name))
        if name in by_name:
            raise PackError(later.tr("member {name!r}: appears twice in the archive").format(name=name))
        key = fold(name)
        if key in folded:
            raise PackError(later.tr("member {name!r}: collides with {other!r} (names differ only in case)").format(
                name=name, other=folded[key]))  # fmt: skip
        folded[key] = name
        if zi.compress_type == zipfile.ZIP_DEFLATED and zi.file_size > MAX_RATIO * max(zi.compress_size, 1):
            raise PackError(later.tr("member {name!r}: compression ratio beyond {ratio}:1 (a zip bomb?)").format(
                name=name, ratio=MAX_RATIO))  # fmt: skip
        if zi.compress_type == zipfile.ZIP_STORED and zi.file_size != zi.compress_size:
            raise PackError(later.tr("member {name!r}: stored size and size differ").format(name=name))
        by_name[name] = zi
    return by_name


def read_member(
    zf: zipfile.ZipFile,
    zi: zipfile.ZipInfo,
    limit: int,
    sink: IO[bytes] | None = None,
    step: Callable[[int], None] | None = None,
    cancel: threading.Event | None = None,
) -> tuple[bytes, str]:
    """Decompress at most `limit` bytes (refusing more: the declared size may lie), to
    `sink` or into memory. Returns (bytes kept in memory, sha256)."""
    h = hashlib.sha256()
    kept = bytearray()
    n = 0
    try:
        with zf.open(zi) as f:
            while chunk := f.read(CHUNK):
                n += len(chunk)
                if n > limit:
                    raise PackError(later.tr("member {name!r}: larger than it says (a zip bomb?)").format(name=zi.filename))
                h.update(chunk)
                if sink is not None:
                    sink.write(chunk)
                else:
                    kept += chunk
                if step is not None:
                    step(len(chunk))
                _check_cancel(cancel)
    except PackError:
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        raise PackError(later.tr("member {name!r}: damaged ({error})").format(name=zi.filename, error=exc)) from None
    return bytes(kept), h.hexdigest()


def read_manifest(path: Path) -> tuple[Manifest, bytes, bytes | None]:
    """The manifest (validated), its bytes and the signature member, WITHOUT checking the
    files: cheap enough to list the packs on a drive. Install always calls verify()."""
    with _open_zip(path) as zf:
        infos = _check_infos(path, zf.infolist())
        zi = infos.get(MANIFEST_NAME)
        if zi is None:
            raise PackError(later.tr("{path}: no {manifest} (not a content pack)").format(path=path, manifest=MANIFEST_NAME))
        data, _ = read_member(zf, zi, 16 << 20)
        sig = None
        if SIGNATURE_NAME in infos:
            sig, _ = read_member(zf, infos[SIGNATURE_NAME], MAX_SIGNATURE_BYTES)
        return parse_manifest(data), data, sig


def _expected(manifest: Manifest, infos: dict[str, zipfile.ZipInfo]) -> list[tuple[MemberRef, zipfile.ZipInfo]]:
    listed = {m.name: m for m in manifest.members()}
    for name in infos:
        if name not in listed and name not in (MANIFEST_NAME, SIGNATURE_NAME):
            raise PackError(later.tr("member {name!r}: is in the archive but not listed in {manifest}").format(
                name=name, manifest=MANIFEST_NAME))  # fmt: skip
    out = []
    total = 0
    for name, ref in listed.items():
        zi = infos.get(name)
        if zi is None:
            raise PackError(later.tr("member {name!r}: is listed in {manifest} but missing").format(
                name=name, manifest=MANIFEST_NAME))  # fmt: skip
        if zi.file_size != ref.size:
            raise PackError(later.tr("member {name!r}: size {size} but the manifest says {declared}").format(
                name=name, size=zi.file_size, declared=ref.size))  # fmt: skip
        total += ref.size
        out.append((ref, zi))
    if total > MAX_TOTAL_BYTES:
        raise PackError(later.tr("{manifest}: the pack declares {total} bytes, beyond the limit").format(
            manifest=MANIFEST_NAME, total=total))  # fmt: skip
    if manifest.index is not None and manifest.index.size > MAX_INDEX_BYTES:
        raise PackError(later.tr("member {name!r}: larger than {mb} MB").format(name=INDEX_NAME, mb=MAX_INDEX_BYTES >> 20))
    return out


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)


def verify(
    path: Path,
    *,
    trusted: Iterable[str] = (),
    require_signed: bool = False,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    hash_files: bool = True,
) -> VerifiedPack:
    """Check everything (see the module docstring). `trusted`: fingerprints of the
    publishers this computer trusts. A signature that is present but wrong is always
    refused; a missing or untrusted one only with `require_signed`. `hash_files=False`
    (install) checks all but the files' checksums, which the install then checks while
    copying them (one pass over the bytes instead of two; a mismatch installs nothing)."""
    path = Path(path)
    manifest, mbytes, sig = read_manifest(path)
    signer = None
    if sig is not None:
        from real_desktop.core.packs.signing import check_signature

        signer = check_signature(mbytes, sig)
    is_trusted = signer is not None and signer in set(trusted)
    if require_signed and signer is None:
        raise PackError(later.tr("{name}: the pack is not signed, and signed packs are required").format(name=path.name))
    if require_signed and not is_trusted:
        raise PackError(later.tr("{name}: signed by an untrusted publisher ({signer})").format(name=path.name, signer=signer))
    with _open_zip(path) as zf:
        infos = _check_infos(path, zf.infolist())
        archive_size = path.stat().st_size
        if sum(zi.compress_size for zi in infos.values()) > archive_size:
            raise PackError(later.tr("{name}: members overlap in the archive (a zip bomb?)").format(name=path.name))
        members = _expected(manifest, infos)
        small = {INDEX_NAME} | {a.name for a in manifest.agendas}
        if not hash_files:
            members = [(ref, zi) for ref, zi in members if ref.name in small]
        total = sum(ref.size for ref, _ in members)
        done = 0
        index_bytes = b""
        agenda_bytes: dict[str, bytes] = {}
        checked = 0
        current = ""

        def step(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(PackProgress("verify", done, total, checked, len(members), current))

        for ref, zi in members:
            current = ref.name
            keep = ref.name in small
            sink = None if keep else _Discard()
            data, digest = read_member(zf, zi, ref.size, sink, step, cancel)  # type: ignore[arg-type]
            if digest != ref.sha256:
                raise PackError(later.tr("member {name!r}: checksum mismatch (the file was changed or damaged)").format(
                    name=ref.name))  # fmt: skip
            if ref.name == INDEX_NAME:
                index_bytes = data
            elif keep:
                agenda_bytes[ref.name] = data
            checked += 1
    if progress is not None:
        progress(PackProgress("verify", total, total, len(members), len(members)))
    return VerifiedPack(path, manifest, mbytes, index_bytes, signer, is_trusted, agenda_bytes)
