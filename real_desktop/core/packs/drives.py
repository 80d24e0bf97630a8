"""The packs on mounted drives, for "Add content from a drive…": what each one is (new,
an update of an installed pack, already installed, older), what it needs on disk, and
whether it is signed by a publisher this computer trusts. Only manifests are read here
(cheap); installing verifies everything."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from real_desktop.core.i18n import message_of
from real_desktop.core.packs.archive import SUFFIX, read_manifest
from real_desktop.core.packs.install import PackManager
from real_desktop.core.packs.manifest import Manifest, PackError


@dataclass(frozen=True)
class PackOffer:
    path: Path
    manifest: Manifest | None  # None: not a usable pack (see `error`)
    status: str  # "new", "update", "installed", "older" or "invalid"
    installed_version: str | None = None
    size: int = 0  # bytes of the pack's files
    space_needed: int = 0  # bytes an install copies into the library
    space_free: int = 0  # in the library's folder
    signer: str | None = None  # fingerprint of a valid signature
    trusted: bool = False
    error: str = ""

    @property
    def fits(self) -> bool:
        return self.space_needed <= self.space_free


def removable_roots() -> list[Path]:
    """Where this system mounts removable drives (those present now)."""
    if sys.platform == "win32":
        return [Path(f"{c}:\\") for c in "DEFGHIJKLMNOPQRSTUVWXYZ" if os.path.exists(f"{c}:\\")]
    if sys.platform == "darwin":
        bases = [Path("/Volumes")]
    else:
        user = os.environ.get("USER") or os.environ.get("LOGNAME") or ""
        bases = [Path("/media") / user, Path("/run/media") / user, Path("/media"), Path("/mnt")]
    out: list[Path] = []
    for base in bases:
        try:
            out += [p for p in sorted(base.iterdir()) if p.is_dir() and p not in out and p != Path("/media") / user]
        except OSError:
            continue
    return out


def _candidates(root: Path) -> list[Path]:
    """Packs at the top of a drive and one folder down (never a deep walk of a big disk)."""
    found: list[Path] = []
    try:
        top = sorted(root.iterdir())
    except OSError:
        return found
    for p in top:
        if p.name.startswith("."):
            continue
        if p.suffix == SUFFIX and p.is_file():
            found.append(p)
        elif p.is_dir():
            try:
                found += sorted(q for q in p.iterdir() if q.suffix == SUFFIX and q.is_file() and not q.name.startswith("."))
            except OSError:
                continue
    return found


def find_packs(manager: PackManager, roots: Iterable[Path] | None = None) -> list[PackOffer]:
    """Every pack on the given folders (default: the mounted removable drives)."""
    from real_desktop.core.packs.signing import TrustStore

    trusted = {p.fingerprint for p in TrustStore(manager.library.home).publishers()}
    free = shutil.disk_usage(manager.library.home).free
    offers = []
    for root in removable_roots() if roots is None else roots:
        for path in _candidates(Path(root)):
            offers.append(describe(manager, path, trusted, free))
    return offers


def describe(manager: PackManager, path: Path, trusted: set[str], free: int) -> PackOffer:
    try:
        m, raw, sig = read_manifest(path)
        signer = None
        if sig is not None:
            from real_desktop.core.packs.signing import check_signature

            signer = check_signature(raw, sig)
    except PackError as exc:
        return PackOffer(path, None, "invalid", space_free=free, error=message_of(exc))
    status, rec = manager.status_of(m)
    size = m.total_size() - (m.index.size if m.index else 0)
    return PackOffer(
        path, m, status, rec.version if rec else None, size, size, free, signer, signer in trusted
    )
