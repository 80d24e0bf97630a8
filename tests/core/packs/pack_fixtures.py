"""Real source files for packs, and a crafter of hostile packs (real ZIPs, written with
zipfile, member by member)."""

from __future__ import annotations

import hashlib
import json
import stat
import sys
import warnings
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from core_fixtures import make_video, write_pdf  # noqa: E402

VTT = "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nwelcome to the zanzibar circle\n"


def make_sources(root: Path, *, video: bool = True) -> Path:
    """A folder: a Markdown guide, a two-page PDF, and (optionally) a talk with captions."""
    src = root / "course"
    (src / "talks").mkdir(parents=True, exist_ok=True)
    (src / "guide.md").write_text(
        "# Field guide\n\nIntro about quokkas.\n\n## Budgets\n\nThe budget of the marimba fund.\n",
        encoding="utf-8",
    )
    write_pdf(src / "report.pdf", ["Page one mentions pangolins.", "Page two mentions axolotls."])
    if video:
        make_video(src / "talks" / "circle.mp4", 1)
        (src / "talks" / "circle.en.vtt").write_text(VTT, encoding="utf-8")
    return src


def members(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as zf:
        return {zi.filename: zf.read(zi) for zi in zf.infolist()}


def manifest_of(pack: Path) -> dict[str, Any]:
    return json.loads(members(pack)["manifest.json"])


def ref(name: str, data: bytes) -> dict[str, Any]:
    return {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def craft(
    out: Path,
    entries: list[tuple[str | zipfile.ZipInfo, bytes]],
    *,
    manifest: dict[str, Any] | bytes | None = None,
) -> Path:
    """Write a ZIP with exactly these members (manifest.json first when given)."""
    with zipfile.ZipFile(out, "w") as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are the point
        if manifest is not None:
            data = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode()
            zf.writestr("manifest.json", data)
        for name, data in entries:
            zf.writestr(name, data)
    return out


def rewrite(
    good: Path,
    out: Path,
    *,
    edit: Any = None,
    drop: tuple[str, ...] = (),
    extra: list[tuple[str | zipfile.ZipInfo, bytes]] = (),  # type: ignore[assignment]
    replace: dict[str, bytes] | None = None,
) -> Path:
    """A copy of a good pack with the manifest edited (edit(dict) -> None), members
    dropped, replaced or added. The signature member is dropped unless kept by `replace`."""
    mem = members(good)
    man = json.loads(mem.pop("manifest.json"))
    if edit is not None:
        edit(man)
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = []
    for name, data in mem.items():
        if name in drop or (name == "signature.json" and not (replace and name in replace)):
            continue
        entries.append((name, (replace or {}).get(name, data)))
    return craft(out, entries + list(extra), manifest=man)


def special(name: str, mode: int) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name)
    zi.create_system = 3
    zi.external_attr = mode << 16
    return zi


SYMLINK = stat.S_IFLNK | 0o777
FIFO = stat.S_IFIFO | 0o644
