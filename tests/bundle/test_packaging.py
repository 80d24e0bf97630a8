"""packaging/: the .desktop file, the icons and the AppStream metadata, checked with the
freedesktop tools themselves (appstreamcli, desktop-file-validate), and the version that
everything takes from pyproject.toml."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "packaging"
DESKTOP = PKG / "real-desktop.desktop"
METAINFO = next(PKG.glob("*.metainfo.xml"))
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/setup.sh installs it: ./dev setup)")
    return path


def test_metainfo_validates() -> None:
    out = subprocess.run([tool("appstreamcli"), "validate", "--pedantic", "--no-net", str(METAINFO)],
                         capture_output=True, text=True)  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr
    # Pedantic notes are allowed (the mixed-case id); warnings and errors are not.
    assert not re.search(r"^[EW]: ", out.stdout, re.M), out.stdout


def test_desktop_file_validates() -> None:
    out = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "error" not in out.stdout.lower()


def test_metainfo_agrees_with_desktop_file_and_pyproject() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("provides/binary").text == desktop_entry()["TryExec"] == "real-desktop"
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == pyproject_version()


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", head[16:24])


def test_icons_in_every_standard_size() -> None:
    name = desktop_entry()["Icon"]
    for size in SIZES:
        icon = PKG / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{name}.png"
        assert png_size(icon) == (size, size)
    svg = PKG / "icons" / "hicolor" / "scalable" / "apps" / f"{name}.svg"
    assert svg.read_bytes() == (ROOT / "assets" / "icons" / "real-desktop.svg").read_bytes()


def test_version_is_single_sourced() -> None:
    import real_desktop

    assert real_desktop.version() == real_desktop.__version__ == pyproject_version()
    # No second copy of the number in the package.
    assert pyproject_version() not in (ROOT / "real_desktop" / "__init__.py").read_text()
